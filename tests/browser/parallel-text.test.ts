import { expect, fixture, html } from '@open-wc/testing';
import '@parallel-text/elements/define.js';
import { ParallelTextElement } from '@parallel-text/elements';

describe('<parallel-text>', () => {
  describe('defined', () => {
    it('registers the tag with its class', () => {
      expect(customElements.get('parallel-text')).to.equal(ParallelTextElement);
    });
  });

  describe('default render', () => {
    it('pairs paragraphs side by side, each with its language', async () => {
      const el = await fixture<ParallelTextElement>(html`<parallel-text
        .source=${'Прошу указаний.\n\nА.ДОБРЫНИН'}
        .target=${'I request instructions.\n\nA.DOBRYNIN'}
      ></parallel-text>`);
      const sources = [...(el.shadowRoot?.querySelectorAll('[part~="source"]') ?? [])];
      const targets = [...(el.shadowRoot?.querySelectorAll('[part~="target"]') ?? [])];
      expect(sources.map((node) => node.textContent)).to.deep.equal(['Прошу указаний.', 'А.ДОБРЫНИН']);
      expect(targets.map((node) => node.textContent)).to.deep.equal(['I request instructions.', 'A.DOBRYNIN']);
      expect(sources.every((node) => node.getAttribute('lang') === 'ru')).to.equal(true);
      expect(targets.every((node) => node.getAttribute('lang') === 'en')).to.equal(true);
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<ParallelTextElement>(html`<parallel-text
        .source=${'Прошу указаний.'}
        .target=${'I request instructions.'}
      ></parallel-text>`);
      await expect(el).to.be.accessible();
    });
  });
});
