import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@parallel-text/elements/define.js';
import {
  ParallelTextInsertionsElement,
  type ParallelTextInsertionSelectEvent,
  type ParallelTextInsertionsExportEvent,
} from '@parallel-text/elements';
import { parse, type TextDocument } from '@parallel-text/core';
import { sampleAlignment, sampleSource, sampleTarget } from './support/sample.js';

function must<T>(value: T | null | undefined, what = 'element'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}

function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}
const all = (element: Element, selector: string): HTMLElement[] => [...shadow(element).querySelectorAll<HTMLElement>(selector)];
const one = (element: Element, selector: string): HTMLElement => {
  const found = shadow(element).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

/** What a reader sees of an element: its text without the visually hidden parts. */
function shownText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return copy.textContent.trim();
}

/** The index as a reader sees it: one line per row, "paragraph kind insertion source-word". */
const tableRows = (element: ParallelTextInsertionsElement): string[] =>
  all(element, 'tbody tr').map((row) =>
    [...row.querySelectorAll('td')]
      .filter((cell) => !cell.classList.contains('context'))
      .map(shownText)
      .join(' '),
  );

function litWarnings(): string[] {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  return [...(issued ?? [])].filter((warning) => !warning.includes('Lit is in dev mode') && warning !== 'dev-mode');
}

let seed: TextDocument;
before(async () => {
  seed = parse(await (await fetch('/tests/fixtures/telegram-1962-10-30.en.txt')).text());
});

async function seedIndex(): Promise<ParallelTextInsertionsElement> {
  return fixture<ParallelTextInsertionsElement>(html`<parallel-text-insertions .document=${seed}></parallel-text-insertions>`);
}

/** A stand-in viewer that has only the documented surface: documents, pairs, reveal and the two events. */
class FakeViewer extends HTMLElement {
  targetDocument: TextDocument | undefined;
  sourceDocument: TextDocument | undefined;
  revealed: string[] = [];
  reveal(fragment: string): boolean {
    this.revealed.push(fragment);
    return true;
  }
}
customElements.define('fake-viewer', FakeViewer);

describe('<parallel-text-insertions>', () => {
  describe('defined', () => {
    it('registers the tag with its class', () => {
      expect(customElements.get('parallel-text-insertions')).to.equal(ParallelTextInsertionsElement);
    });
  });

  describe('default render', () => {
    it('lists the seed’s five insertions in reading order with counts by kind', async () => {
      const el = await seedIndex();
      expect(tableRows(el)).to.deep.equal([
        '1 transliteration [dogovorion-nost] —',
        '4 gloss [Secretary of State Dean] —',
        '4 gloss [advisor on Soviet affairs Llewellyn] —',
        '5 supplied [back] —',
        '5 supplied [in the future] —',
      ]);
      expect(one(el, '[part~="summary"]').textContent).to.equal('5 insertions: 1 transliteration, 2 supplied, 2 gloss, 0 editorial.');
      expect(one(el, 'td.context').textContent).to.equal(' said, confirms the understanding [dogovorion-nost] with N.S. Khrushchev on the elimination');
      expect(all(el, '.insertion').every((button) => button.getAttribute('lang') === 'en')).to.equal(true);
    });

    it('draws one density bar per paragraph, named with its counts, its height by count', async () => {
      const el = await seedIndex();
      const bars = all(el, '[part~="density-bar"]');
      expect(bars.length).to.equal(seed.paragraphs.length);
      expect(bars[4]?.getAttribute('aria-label')).to.equal('Paragraph 4: 2 insertions (2 gloss)');
      expect(bars[0]?.getAttribute('aria-label')).to.equal('Paragraph 0: no insertions');
      expect(bars[4]?.querySelector('.bar-count')?.textContent).to.equal('2');
      const height = (index: number) => (bars[index]?.querySelector<HTMLElement>('.fill')?.getBoundingClientRect().height ?? 0);
      expect(height(4)).to.be.greaterThan(height(1));
      expect(height(0)).to.equal(0);
    });

    it('names where the text comes from', async () => {
      const el = await seedIndex();
      expect(one(el, '[part~="provenance"]').textContent).to.equal('Text: Translation as published by the archive');
      const made = await fixture<ParallelTextInsertionsElement>(html`<parallel-text-insertions .document=${parse('---\nprovenance: reconstruction\n---\nI took it [back].')}></parallel-text-insertions>`);
      expect(one(made, '[part~="provenance"]').textContent).to.equal('Text: reconstruction — not the original');
    });

    it('says when there is nothing to index', async () => {
      const none = await fixture<ParallelTextInsertionsElement>(html`<parallel-text-insertions></parallel-text-insertions>`);
      expect(one(none, '[part~="summary"]').textContent).to.equal('No text to index yet.');
      const plain = await fixture<ParallelTextInsertionsElement>(html`<parallel-text-insertions .document=${parse('Прошу указаний.')}></parallel-text-insertions>`);
      expect(one(plain, '.empty').textContent).to.equal('This text has no bracketed insertions.');
    });

    it('shows hostile text as text', async () => {
      const el = await fixture<ParallelTextInsertionsElement>(html`<parallel-text-insertions .document=${parse('He said [<img src=x onerror="window.__pwned=1">] so.')}></parallel-text-insertions>`);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(one(el, '.insertion').textContent).to.include('[<img src=x onerror="window.__pwned=1">]');
    });
  });

  describe('sorting and filtering', () => {
    it('sorts by a column and reverses on a second press, saying so', async () => {
      const el = await seedIndex();
      one(el, 'button[data-sort="kind"]').click();
      await el.updateComplete;
      expect(tableRows(el).map((row) => row.split(' ')[1])).to.deep.equal(['gloss', 'gloss', 'supplied', 'supplied', 'transliteration']);
      expect(one(el, 'button[data-sort="kind"]').closest('th')?.getAttribute('aria-sort')).to.equal('ascending');
      one(el, 'button[data-sort="kind"]').click();
      await el.updateComplete;
      expect(tableRows(el)[0]).to.equal('1 transliteration [dogovorion-nost] —');
      expect(one(el, '[part~="summary"]').textContent).to.include('Sorted by kind, descending.');
    });

    it('filters by kind and by text, and the strip follows the filter', async () => {
      const el = await seedIndex();
      one(el, 'input[value="gloss"]').click();
      await el.updateComplete;
      expect(tableRows(el).some((row) => row.includes('gloss'))).to.equal(false);
      expect(all(el, '[part~="density-bar"]')[4]?.getAttribute('aria-label')).to.equal('Paragraph 4: no insertions');
      const search = one(el, 'input[type="search"]') as HTMLInputElement;
      search.value = 'BACK';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(tableRows(el)).to.deep.equal(['5 supplied [back] —']);
      expect(one(el, '[part~="summary"]').textContent).to.include('1 shown.');
    });
  });

  describe('with a viewer', () => {
    it('reads the <parallel-text> named by for, lists its linked source words, and reveals a chosen insertion there', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <parallel-text id="viewer" .source=${sampleSource} .target=${sampleTarget} .alignment=${sampleAlignment}></parallel-text>
        <parallel-text-insertions for="viewer"></parallel-text-insertions>
      </div>`);
      const viewer = must(wrapper.querySelector('parallel-text'));
      const index = must(wrapper.querySelector('parallel-text-insertions'));
      if (!viewer.targetDocument) await oneEvent(viewer, 'parallel-text-ready');
      await index.updateComplete;
      expect(tableRows(index)).to.deep.equal([
        '1 transliteration [dogovorion-nost] договорённость',
        '2 gloss [Secretary of State Dean] —',
        '2 supplied [back] —',
        '4 editorial [sic] —',
      ]);
      expect(all(index, 'tbody td span[lang="ru"]').map((cell) => cell.textContent)).to.deep.equal(['договорённость']);
      const selected = oneEvent(index, 'parallel-text-insertion-select') as unknown as Promise<ParallelTextInsertionSelectEvent>;
      all(index, '.insertion')[2]?.click();
      const event = await selected;
      expect([event.id, event.paragraph, event.ordinal]).to.deep.equal(['p2-i1', 2, 1]);
      await viewer.updateComplete;
      expect(shadow(viewer).getElementById('p2-i1')?.classList.contains('is-highlighted')).to.equal(true);
      expect(all(index, 'tr[aria-current="true"]').length).to.equal(1);
    });

    it('follows a viewer through its ready and alignment-change events (structural contract only)', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><fake-viewer id="fake"></fake-viewer><parallel-text-insertions for="fake"></parallel-text-insertions></div>`);
      const viewer = must(wrapper.querySelector<FakeViewer>('fake-viewer'));
      const index = must(wrapper.querySelector('parallel-text-insertions'));
      expect(one(index, '[part~="summary"]').textContent).to.equal('No text to index yet.');
      viewer.targetDocument = seed;
      viewer.dispatchEvent(new Event('parallel-text-ready', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      await index.updateComplete;
      expect(tableRows(index).length).to.equal(5);
      viewer.targetDocument = parse('Only [one] here.');
      viewer.dispatchEvent(new Event('parallel-text-alignment-change', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      await index.updateComplete;
      expect(tableRows(index)).to.deep.equal(['0 supplied [one] —'].map((row) => row.replace('supplied', index.visibleRows[0]?.kind ?? '')));
      all(index, '.insertion')[0]?.click();
      expect(viewer.revealed).to.deep.equal(['p0-i0']);
    });
  });

  describe('export', () => {
    it('offers the filtered index as CSV and JSON built by core; cancelling the event stops the download', async () => {
      const el = await seedIndex();
      one(el, 'input[value="gloss"]').click();
      await el.updateComplete;
      const exported = oneEvent(el, 'parallel-text-insertions-export') as unknown as Promise<ParallelTextInsertionsExportEvent>;
      el.addEventListener('parallel-text-insertions-export', (event) => {
        event.preventDefault();
      }, { once: true });
      one(el, 'button[data-format="csv"]').click();
      const csv = await exported;
      expect(csv.format).to.equal('csv');
      expect(csv.filename).to.match(/-insertions\.csv$/);
      expect(csv.text.split('\r\n')[0]).to.equal('id,paragraph,ordinal,kind,text,content,before,after,source_word,source_paragraph,confidence,overridden');
      expect(csv.text.split('\r\n').filter((line) => line !== '').length).to.equal(1 + 3);
      const json = JSON.parse(el.exportText('json')) as { stats: { total: number }; insertions: { id: string }[] };
      expect(json.insertions.map((row) => row.id)).to.deep.equal(['p1-i0', 'p5-i0', 'p5-i1']);
    });

    it('downloads through a Blob when the event is not cancelled', async () => {
      const el = await seedIndex();
      const original = URL.createObjectURL.bind(URL);
      const blobs: Blob[] = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) blobs.push(blob);
        return original(blob);
      };
      try {
        let link: HTMLAnchorElement | undefined;
        // The download link's click is stopped here so the test run saves no file.
        const stopDownload = (event: MouseEvent) => {
          if (event.target instanceof HTMLAnchorElement) {
            event.preventDefault();
            link = event.target;
          }
        };
        document.addEventListener('click', stopDownload, { capture: true });
        one(el, 'button[data-format="json"]').click();
        document.removeEventListener('click', stopDownload, { capture: true });
        if (!link) throw new Error('no download link was clicked');
        expect(link.download).to.match(/-insertions\.json$/);
        expect(blobs.length).to.equal(1);
        const text = await blobs[0]?.text();
        expect((JSON.parse(text ?? '{}') as { format?: string }).format).to.equal('parallel-text-insertions');
      } finally {
        URL.createObjectURL = original;
      }
    });
  });

  describe('keyboard', () => {
    it('Enter on an insertion chooses it', async () => {
      const el = await seedIndex();
      all(el, '.insertion')[3]?.focus();
      const selected = oneEvent(el, 'parallel-text-insertion-select') as unknown as Promise<ParallelTextInsertionSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await selected).id).to.equal('p5-i0');
    });

    it('the strip is one tab stop; arrows, Home and End move along it; Enter shows the first insertion of a bar', async () => {
      const el = await seedIndex();
      const focusable = all(el, '[part~="density-bar"]').filter((bar) => bar.tabIndex === 0);
      expect(focusable.length).to.equal(1);
      focusable[0]?.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('data-bin')).to.equal('1');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('data-bin')).to.equal(String(seed.paragraphs.length - 1));
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      for (let step = 0; step < 4; step += 1) await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const selected = oneEvent(el, 'parallel-text-insertion-select') as unknown as Promise<ParallelTextInsertionSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await selected).id).to.equal('p4-i0');
    });
  });

  describe('accessibility', () => {
    it('passes axe, alone and beside a viewer', async () => {
      await expect(await seedIndex()).to.be.accessible();
      const wrapper = await fixture<HTMLElement>(html`<div>
        <parallel-text id="viewer-axe" .source=${sampleSource} .target=${sampleTarget} .alignment=${sampleAlignment}></parallel-text>
        <parallel-text-insertions for="viewer-axe"></parallel-text-insertions>
      </div>`);
      const viewer = must(wrapper.querySelector('parallel-text'));
      if (!viewer.targetDocument) await oneEvent(viewer, 'parallel-text-ready');
      await expect(wrapper.querySelector('parallel-text-insertions')).to.be.accessible();
    });
  });

  describe('Lit dev mode', () => {
    it('issued no warnings while these tests ran', () => {
      expect(litWarnings()).to.deep.equal([]);
    });
  });
});
