import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@parallel-text/elements/define.js';
import { ParallelTextDiffElement, type ParallelTextDiffCompareEvent } from '@parallel-text/elements';
import { parse } from '@parallel-text/core';

function shadow(element: ParallelTextDiffElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

const all = (element: ParallelTextDiffElement, selector: string): HTMLElement[] => [...shadow(element).querySelectorAll<HTMLElement>(selector)];
const one = (element: ParallelTextDiffElement, selector: string): HTMLElement => {
  const found = shadow(element).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

/** What a reader sees of an element: its text without the hidden labels and the ¶ marks. */
function shownText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden, .pilcrow')) hidden.remove();
  return copy.textContent;
}

/** What a screen reader is told about each change: the hidden label and the text. */
const announced = (elements: readonly HTMLElement[]): string[] => elements.map((element) => element.textContent.replace('¶', ''));

function litWarnings(): string[] {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  return [...(issued ?? [])].filter((warning) => !warning.includes('Lit is in dev mode') && warning !== 'dev-mode');
}

async function seedText(): Promise<string> {
  const response = await fetch('/tests/fixtures/telegram-1962-10-30.en.txt');
  return response.text();
}

describe('<parallel-text-diff>', () => {
  describe('defined', () => {
    it('registers the tag with its class', () => {
      expect(customElements.get('parallel-text-diff')).to.equal(ParallelTextDiffElement);
    });
  });

  describe('default render (inline)', () => {
    it('marks inserted and deleted words with <ins> and <del>, announced in words', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff
        .a=${'Today Robert Kennedy invited me. We will meeting periodically.'}
        .b=${'Today R. Kennedy invited me. We will be meeting periodically.'}
      ></parallel-text-diff>`);
      expect(announced(all(el, '[part~="delete"]'))).to.deep.equal(['deleted: Robert']);
      expect(announced(all(el, '[part~="insert"]'))).to.deep.equal(['inserted: R.', 'inserted:  be']);
      expect(all(el, '.visually-hidden').length).to.be.greaterThan(2);
      expect(one(el, '[part~="text"]').getAttribute('lang')).to.equal('en');
      expect(one(el, '[part~="summary"]').textContent).to.match(/^2 changes: 2 words inserted, 1 word deleted; \d+% of the text unchanged\.$/);
    });

    it('says there is nothing to compare before it has texts', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff></parallel-text-diff>`);
      expect(one(el, '[part~="summary"]').textContent).to.equal('Nothing to compare yet.');
    });

    it('shows a paragraph split as a visible, named paragraph break', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff
        .a=${'He hoped that everything would be settled.'}
        .b=${'He hoped that\n\neverything would be settled.'}
      ></parallel-text-diff>`);
      const inserted = all(el, '[part~="insert"]');
      expect(inserted.map((element) => element.querySelector('.visually-hidden')?.textContent)).to.deep.equal(['inserted paragraph break: ']);
      expect(inserted[0]?.querySelector('.pilcrow')?.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows hostile markup as the characters it is', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff
        .a=${'Прошу указаний <img src=x onerror="window.__pwned=1">.'}
        .b=${'Прошу указаний <script>window.__pwned=1</script>.'}
      ></parallel-text-diff>`);
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      el.view = 'split';
      await el.updateComplete;
      const [sideA, sideB] = all(el, '[part~="side"] .text');
      expect(shownText(sideA ?? el)).to.equal('Прошу указаний <img src=x onerror="window.__pwned=1">.');
      expect(shownText(sideB ?? el)).to.equal('Прошу указаний <script>window.__pwned=1</script>.');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('properties and attributes', () => {
    it('view="split" puts A with its deletions beside B with its insertions, each with its language', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff view="split" a-label="Henriksen" b-label="Student"
        .a=${'Прошу указаний.'} .b=${'Прошу срочных указаний.'} a-lang="ru" b-lang="ru"
      ></parallel-text-diff>`);
      const [sideA, sideB] = all(el, '[part~="side"]');
      expect(sideA?.querySelector('.side-name')?.textContent).to.equal('Henriksen');
      expect(sideA?.querySelector('ins')).to.equal(null);
      expect(sideB?.querySelector('ins')?.textContent).to.equal('inserted:  срочных');
      expect(sideB?.querySelector('.text')?.getAttribute('lang')).to.equal('ru');
      expect(one(el, '[part~="legend"]').textContent).to.include('only in Henriksen');
    });

    it('the view switch in the toolbar changes the view and reflects it', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff .a=${'one two'} .b=${'one three'}></parallel-text-diff>`);
      one(el, 'input[value="split"]').click();
      await el.updateComplete;
      expect(el.view).to.equal('split');
      expect(el.getAttribute('view')).to.equal('split');
      expect(all(el, '[part~="side"]').length).to.equal(2);
    });

    it('mode="insertions" shows the seed with versus without its five insertions', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff mode="insertions" changed-only .a=${parse(await seedText())}></parallel-text-diff>`);
      expect(announced(all(el, '[part~="insert"]'))).to.deep.equal([
        'translator’s insertion:  [dogovorion-nost]',
        'translator’s insertion:  [Secretary of State Dean]',
        'translator’s insertion:  [advisor on Soviet affairs Llewellyn]',
        'translator’s insertion:  [back]',
        'translator’s insertion:  [in the future]',
      ]);
      expect(all(el, '[part~="row"]').length).to.equal(3);
      expect(one(el, '[part~="summary"]').textContent).to.match(/^5 insertions by the translator/);
    });

    it('with a source, compares both translations per source paragraph and shows the source in its language', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff
        .source=${'Все люди рождаются свободными и равными в своем достоинстве и правах.\n\nКаждый человек имеет право на жизнь, на свободу и на личную неприкосновенность.'}
        .a=${'All human beings are born free and equal in dignity and rights.\n\nEveryone has the right to life, liberty and security of person.'}
        .b=${'All human beings are born free and equal in dignity and rights.\n\nEveryone has the right to life, freedom and security of person.'}
      ></parallel-text-diff>`);
      const headings = all(el, '[part~="row-heading"]').map((heading) => heading.textContent.trim());
      expect(headings).to.deep.equal(['Source ¶ 0 · A ¶ 0 · B ¶ 0 — unchanged', 'Source ¶ 1 · A ¶ 1 · B ¶ 1']);
      expect(all(el, '[part~="source"] [lang]').map((source) => source.getAttribute('lang'))).to.deep.equal(['ru', 'ru']);
      expect(announced(all(el, '[part~="delete"]'))).to.deep.equal(['deleted: liberty']);
    });

    it('names where each text comes from, and never lets a reconstruction pass for the original', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff
        a-label="Henriksen"
        .source=${parse('---\nprovenance: reconstruction\n---\nПрошу указаний.', { lang: 'ru' })}
        .a=${parse(await seedText())}
        .b=${'I request instructions.'}
      ></parallel-text-diff>`);
      const provenance = one(el, '[part~="provenance"]').textContent;
      expect(provenance).to.include('Source: reconstruction — not the original');
      expect(provenance).to.include('Henriksen: Translation as published by the archive');
      expect(all(el, '.source-tag').length).to.be.greaterThan(0);
      expect(all(el, '.source-tag').every((tag) => tag.textContent === 'Reconstruction, not the original: ')).to.equal(true);
    });

    it('changed-only hides rows without differences', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff .a=${'Same.\n\nOld words here.'} .b=${'Same.\n\nNew words here.'}></parallel-text-diff>`);
      expect(all(el, '[part~="row"]').length).to.equal(2);
      el.changedOnly = true;
      await el.updateComplete;
      expect(all(el, '[part~="row"]').length).to.equal(1);
    });
  });

  describe('events', () => {
    it('fires parallel-text-diff-compare with core’s comparison', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff></parallel-text-diff>`);
      const event = oneEvent(el, 'parallel-text-diff-compare') as unknown as Promise<ParallelTextDiffCompareEvent>;
      el.a = 'take this letter [back], since';
      el.b = 'take this letter back, since';
      const { comparison } = await event;
      expect(comparison.stats.changes).to.equal(1);
      expect(el.comparison).to.equal(comparison);
    });
  });

  describe('keyboard', () => {
    it('Next change and Previous change move focus through the changes, wrapping around', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff .a=${'one two three four'} .b=${'one TWO three FOUR'}></parallel-text-diff>`);
      const next = one(el, '[part~="next-change"]');
      next.focus();
      await sendKeys({ press: 'Enter' });
      expect(shadow(el).activeElement?.textContent).to.equal('deleted: two');
      next.focus();
      await sendKeys({ press: 'Enter' });
      expect(shadow(el).activeElement?.textContent).to.equal('inserted: TWO');
      one(el, '[part~="previous-change"]').focus();
      await sendKeys({ press: 'Space' });
      expect(shadow(el).activeElement?.textContent).to.equal('deleted: two');
      await sendKeys({ press: 'p' });
      expect(shadow(el).activeElement?.textContent).to.equal('inserted: FOUR');
      await sendKeys({ press: 'n' });
      expect(shadow(el).activeElement?.textContent).to.equal('deleted: two');
    });

    it('the view switch works with arrow keys', async () => {
      const el = await fixture<ParallelTextDiffElement>(html`<parallel-text-diff .a=${'one'} .b=${'two'}></parallel-text-diff>`);
      one(el, 'input[value="inline"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.view).to.equal('split');
    });
  });

  describe('accessibility', () => {
    it('passes axe inline, side by side and in insertions mode', async () => {
      const seed = parse(await seedText());
      for (const template of [
        html`<parallel-text-diff .a=${'Прошу указаний.'} .b=${'Прошу срочных указаний.'} a-lang="ru" b-lang="ru"></parallel-text-diff>`,
        html`<parallel-text-diff view="split" .a=${'one two'} .b=${'one three\n\nfour'}></parallel-text-diff>`,
        html`<parallel-text-diff mode="insertions" .a=${seed}></parallel-text-diff>`,
      ]) {
        const el = await fixture<ParallelTextDiffElement>(template);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('Lit dev mode', () => {
    it('issued no warnings while these tests ran', () => {
      expect(litWarnings()).to.deep.equal([]);
    });
  });
});
