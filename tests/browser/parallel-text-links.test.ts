/** Deep links, the location hash, notes and the transliteration ↔ source-word highlight. */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@parallel-text/elements/define.js';
import type { ParallelTextElement } from '@parallel-text/elements';
import { sampleAlignment, sampleSource, sampleTarget } from './support/sample.js';
import { litWarnings, must, root, rowsOf, until, visibleText } from './support/viewer.js';

const viewer = (): Promise<ParallelTextElement> =>
  fixture<ParallelTextElement>(html`<parallel-text .source=${sampleSource} .target=${sampleTarget} .alignment=${sampleAlignment}></parallel-text>`);

const popoverOf = (element: ParallelTextElement): HTMLElement => must(root(element).getElementById('explain'));

describe('<parallel-text> links', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('reveal()', () => {
    it('highlights the row of a target paragraph', async () => {
      const element = await viewer();
      expect(element.reveal('p2')).to.equal(true);
      await element.updateComplete;
      expect(rowsOf(element).map((row) => row.classList.contains('is-highlighted'))).to.deep.equal([false, false, true, false, false]);
      expect(must(root(element).getElementById('p2')).classList.contains('is-highlighted')).to.equal(true);
    });

    it('highlights one insertion, a source paragraph and a note', async () => {
      const element = await viewer();
      expect(element.reveal('#p2-i1')).to.equal(true);
      await element.updateComplete;
      expect(must(root(element).getElementById('p2-i1')).classList.contains('is-highlighted')).to.equal(true);
      expect(element.reveal('s1')).to.equal(true);
      await element.updateComplete;
      expect(must(root(element).getElementById('s1')).classList.contains('is-highlighted')).to.equal(true);
      expect(rowsOf(element)[1]?.classList.contains('is-highlighted')).to.equal(true);
      expect(element.reveal('note-1')).to.equal(true);
      await element.updateComplete;
      expect(must(root(element).getElementById('note-1')).classList.contains('is-highlighted')).to.equal(true);
    });

    it('says false for what the documents do not have', async () => {
      const element = await viewer();
      expect(['p99', 'p1-i5', 's40', 'note-9', 'nonsense', '#/route'].map((fragment) => element.reveal(fragment))).to.deep.equal([
        false,
        false,
        false,
        false,
        false,
        false,
      ]);
    });

    it('scrolls a far row into view', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <div style="height: 3000px">spacer</div>
        <parallel-text .source=${sampleSource} .target=${sampleTarget} .alignment=${sampleAlignment}></parallel-text>
      </div>`);
      const element = must(wrapper.querySelector('parallel-text'));
      await element.updateComplete;
      window.scrollTo(0, 0);
      element.reveal('p4');
      const row = must(rowsOf(element)[4]);
      await until(() => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    });
  });

  describe('location hash', () => {
    it('honours the hash on load and on hashchange', async () => {
      history.replaceState(null, '', '#p3');
      const element = await viewer();
      await until(() => rowsOf(element)[3]?.classList.contains('is-highlighted') === true);
      location.hash = '#s0';
      await until(() => root(element).getElementById('s0')?.classList.contains('is-highlighted') === true);
    });

    it('ignores a hash that is not one of its fragments (an app route)', async () => {
      history.replaceState(null, '', '#/telegram/settings');
      const element = await viewer();
      await element.updateComplete;
      expect(root(element).querySelectorAll('.is-highlighted')).to.have.length(0);
    });
  });

  describe('notes', () => {
    it('opens a note from its reference in a popover, and goes to the list from there', async () => {
      const element = await viewer();
      const reference = must(root(element).querySelector<HTMLAnchorElement>('[part="note-ref"]'));
      expect(reference.getAttribute('href')).to.equal('#note-1');
      expect(reference.getAttribute('aria-label')).to.equal('Note 1');
      reference.click();
      await until(() => popoverOf(element).matches(':popover-open'));
      expect(location.hash, 'the page URL is left alone').to.equal('');
      expect(visibleText(popoverOf(element))).to.contain('A note on the meeting.');
      must(popoverOf(element).querySelector<HTMLElement>('[data-reveal="note-1"]')).click();
      await until(() => root(element).activeElement === root(element).getElementById('note-1'));
      expect(popoverOf(element).matches(':popover-open')).to.equal(false);
    });

    it('leads back from the note to the paragraph that cites it, by keyboard too', async () => {
      const element = await viewer();
      const back = must(root(element).querySelector<HTMLElement>('#note-1 .note-back'));
      back.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => root(element).activeElement === rowsOf(element)[0]);
      expect(rowsOf(element)[0]?.classList.contains('is-highlighted')).to.equal(true);
    });
  });

  describe('transliterations', () => {
    it('lights up the Russian word a transliteration renders on hover and focus', async () => {
      const element = await viewer();
      const word = must(root(element).querySelector('.word'));
      expect(word.textContent).to.equal('договорённость');
      expect(word.closest('[lang]')?.getAttribute('lang')).to.equal('ru');
      const insertion = must(root(element).getElementById('p1-i0'));
      insertion.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      expect(word.hasAttribute('data-linked')).to.equal(true);
      insertion.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true, relatedTarget: document.body }));
      expect(word.hasAttribute('data-linked')).to.equal(false);
      insertion.focus();
      expect(word.hasAttribute('data-linked')).to.equal(true);
    });

    it('names the source word in the popover and shows it in the original', async () => {
      const element = await viewer();
      must(root(element).getElementById('p1-i0')).click();
      await until(() => popoverOf(element).matches(':popover-open'));
      const word = must(popoverOf(element).querySelector('.popover-word'));
      expect([word.textContent, word.getAttribute('lang')]).to.deep.equal(['договорённость', 'ru']);
      must(popoverOf(element).querySelector<HTMLElement>('[data-reveal="s1"]')).click();
      // Compare elements as booleans: chai's message for two unequal elements can take forever to build.
      await until(() => root(element).activeElement === rowsOf(element)[1]);
      expect(popoverOf(element).matches(':popover-open')).to.equal(false);
      expect(must(root(element).querySelector('.word')).hasAttribute('data-linked'), 'the word stays lit in the original').to.equal(true);
    });

    it('explains the other kinds without naming a source word', async () => {
      const element = await viewer();
      must(root(element).getElementById('p2-i1')).click();
      await until(() => popoverOf(element).matches(':popover-open'));
      expect(visibleText(popoverOf(element))).to.contain('Supplied word');
      expect(visibleText(popoverOf(element))).to.not.contain('Renders');
    });
  });

  it('issued no Lit dev-mode warnings', () => {
    expect(litWarnings()).to.deep.equal([]);
  });
});
