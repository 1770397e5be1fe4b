import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@parallel-text/elements/define.js';
import { ParallelTextElement, ParallelTextSelectEvent, ParallelTextReadyEvent } from '@parallel-text/elements';
import { sampleAlignment, sampleOneToTwo, sampleSource, sampleTarget } from './support/sample.js';
import { litWarnings, must, nextEvent, root, rowsOf, targetParagraph, texts, until, visibleText } from './support/viewer.js';

async function viewer(attributes = ''): Promise<ParallelTextElement> {
  const element = await fixture<ParallelTextElement>(html`<parallel-text
    .source=${sampleSource}
    .target=${sampleTarget}
    .alignment=${sampleAlignment}
  ></parallel-text>`);
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value] = pair.split('=');
    element.setAttribute(name ?? '', value ?? '');
  }
  await element.updateComplete;
  return element;
}

describe('<parallel-text>', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  describe('defined', () => {
    it('registers the tag with its class', () => {
      expect(customElements.get('parallel-text')).to.equal(ParallelTextElement);
      expect(document.createElement('parallel-text')).to.be.instanceOf(ParallelTextElement);
    });
  });

  describe('default render', () => {
    it('draws one row per pair with both sides in their language', async () => {
      const element = await viewer();
      const rows = rowsOf(element);
      expect(rows).to.have.length(5);
      const sources = [...root(element).querySelectorAll('.cell.source')];
      const targets = [...root(element).querySelectorAll('.cell.target')];
      expect(sources.map((cell) => cell.getAttribute('lang'))).to.deep.equal(['ru', 'ru', 'ru', 'ru', 'ru']);
      expect(targets.map((cell) => cell.getAttribute('lang'))).to.deep.equal(['en', 'en', 'en', 'en', 'en']);
      expect(visibleText(must(sources[1]))).to.equal('Президент подтверждает договорённость с Н.С.Хрущевым.');
    });

    it('lines the two sides of a pair up at the same height, side by side', async () => {
      const element = await viewer();
      const row = must(rowsOf(element)[2]);
      const source = row.querySelector('.source')?.getBoundingClientRect();
      const target = row.querySelector('.target')?.getBoundingClientRect();
      expect(source && target && Math.abs(source.top - target.top)).to.be.lessThan(1);
      expect(source && target && target.left - source.right).to.be.greaterThan(10);
    });

    it('shows an empty side as an explicit gap, never drops the paragraph', async () => {
      const element = await viewer();
      const gapRow = must(rowsOf(element)[3]);
      expect(gapRow.querySelector('[part~="gap"]')?.textContent).to.contain('No Russian paragraph corresponds here');
      expect(visibleText(must(gapRow.querySelector('.target')))).to.equal('An English paragraph with no Russian counterpart.');
    });

    it('shows a 1:2 pair as one row', async () => {
      const element = await viewer();
      element.alignment = sampleOneToTwo;
      await element.updateComplete;
      const rows = rowsOf(element);
      expect(rows).to.have.length(4);
      expect([...(rows[2]?.querySelectorAll('.target .paragraph') ?? [])].map((p) => p.id)).to.deep.equal(['p2', 'p3']);
    });

    it('labels each column with its language and provenance', async () => {
      const element = await viewer();
      const header = must(root(element).querySelector('[part="header"]'));
      expect(visibleText(header)).to.contain('Russian');
      expect(visibleText(header)).to.contain('Invented for tests — not an original');
      expect(visibleText(header)).to.contain('English');
    });

    it('counts the insertion kinds in the legend', async () => {
      const element = await viewer();
      const items = [...root(element).querySelectorAll('.legend-item')].map(visibleText);
      expect(items).to.deep.equal(['Transliteration 1', 'Supplied word 1', 'Gloss 1', 'Editorial note 1']);
    });

    it('marks a doubtful pair, with its reason readable', async () => {
      const element = await viewer();
      const rows = rowsOf(element);
      expect(rows.map((row) => row.part.contains('doubtful'))).to.deep.equal([false, false, false, true, false]);
      expect(rows[3]?.querySelector('.doubt-flag')?.textContent).to.contain('nothing in the original matches');
    });

    it('lists the notes under the text', async () => {
      const element = await viewer();
      const note = root(element).getElementById('note-1');
      expect(note?.textContent).to.contain('A note on the meeting.');
      expect(note?.closest('[part="notes"]')).to.not.equal(null);
    });
  });

  describe('properties and attributes', () => {
    it('keeps every character of the translation in marked and plain modes', async () => {
      for (const mode of ['marked', 'plain'] as const) {
        const element = await viewer(`insertions=${mode}`);
        sampleTarget.paragraphs.forEach((paragraph, j) => {
          expect(targetParagraph(element, j).textContent, `${mode} p${j}`).to.equal(paragraph.text);
        });
      }
    });

    it('marks insertions by kind only in marked mode', async () => {
      const marked = await viewer();
      expect(texts(root(marked).querySelectorAll('[part~="insertion"]'))).to.deep.equal([
        '[dogovorion-nost]',
        '[Secretary of State Dean]',
        '[back]',
        '[sic]',
      ]);
      expect(root(marked).getElementById('p1-i0')?.getAttribute('part')).to.equal('insertion insertion-transliteration');
      expect(root(marked).getElementById('p2-i0')?.getAttribute('aria-label')).to.equal('[Secretary of State Dean], gloss');
      const plain = await viewer('insertions=plain');
      expect(root(plain).querySelectorAll('[part~="insertion"]')).to.have.length(0);
    });

    it('drops only the insertions, with tidy spacing, in hidden mode', async () => {
      const element = await viewer('insertions=hidden');
      expect(targetParagraph(element, 1).textContent).to.equal('The President confirms the understanding with N.S. Khrushchev.');
      expect(targetParagraph(element, 2).textContent).to.equal('They are Rusk and Thompson; I took this letter.');
      expect(targetParagraph(element, 4).textContent).to.equal('I request instructions.');
      expect(targetParagraph(element, 0).textContent).to.equal('Today Robert Kennedy invited me to meet with him.1');
      expect(visibleText(must(root(element).querySelector('[part="legend"]')))).to.equal('4 translator’s insertions hidden');
    });

    it('reflects layout and insertions, and stacks the columns in stacked layout', async () => {
      const element = await viewer();
      element.layout = 'stacked';
      element.insertions = 'plain';
      await element.updateComplete;
      expect(element.getAttribute('layout')).to.equal('stacked');
      expect(element.getAttribute('insertions')).to.equal('plain');
      const row = must(rowsOf(element)[0]);
      const source = row.querySelector('.source')?.getBoundingClientRect();
      const target = row.querySelector('.target')?.getBoundingClientRect();
      expect(source && target && target.top - source.bottom).to.be.greaterThan(0);
    });

    it('stacks by itself in a narrow container (container query, not viewport)', async () => {
      // fixtureSync: fixture() waits an animation frame for a plain wrapper, and a page the runner keeps in the background gets none.
      const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 360px">
        <parallel-text .source=${sampleSource} .target=${sampleTarget} .alignment=${sampleAlignment}></parallel-text>
      </div>`);
      const element = must(wrapper.querySelector('parallel-text'));
      await element.updateComplete;
      expect(window.innerWidth).to.be.greaterThan(1000);
      const row = must(rowsOf(element)[1]);
      const source = row.querySelector('.source')?.getBoundingClientRect();
      const target = row.querySelector('.target')?.getBoundingClientRect();
      expect(must(target).top).to.be.greaterThanOrEqual(must(source).bottom);
    });

    it('exposes the documents and pairs it shows', async () => {
      const element = await viewer();
      expect(element.sourceDocument).to.equal(sampleSource);
      expect(element.targetDocument?.paragraphs.map((p) => p.text)).to.deep.equal(sampleTarget.paragraphs.map((p) => p.text));
      expect(element.pairs).to.deep.equal(sampleAlignment.pairs);
    });

    it('refuses an alignment that does not fit the texts and says why', async () => {
      const element = await fixture<ParallelTextElement>(html`<parallel-text
        .source=${sampleSource}
        .target=${sampleTarget}
        .alignment=${[{ source: [0], target: [0], score: 1 }]}
      ></parallel-text>`);
      const notices = root(element).querySelector('[part="notices"]');
      expect(notices, 'a notice on the broken alignment').to.not.equal(null);
      expect(visibleText(must(notices))).to.match(/Alignment/);
    });
  });

  describe('events', () => {
    it('fires parallel-text-ready with the documents and pairs', async () => {
      const element = document.createElement('parallel-text');
      const ready = nextEvent(element, 'parallel-text-ready');
      element.source = sampleSource;
      element.target = sampleTarget;
      element.alignment = sampleAlignment;
      document.body.append(element);
      const event = await ready;
      expect(event).to.be.instanceOf(ParallelTextReadyEvent);
      expect(event.pairs).to.have.length(5);
      expect(event.targetDocument.paragraphs).to.have.length(5);
      expect(event.bubbles && event.composed).to.equal(true);
      element.remove();
    });

    it('fires parallel-text-select with the pair when a row is clicked', async () => {
      const element = await viewer();
      const selected = nextEvent(element, 'parallel-text-select');
      must(rowsOf(element)[2]?.querySelector<HTMLElement>('.source .paragraph')).click();
      const event = await selected;
      expect(event).to.be.instanceOf(ParallelTextSelectEvent);
      expect([event.pairIndex, event.sourceParagraphs, event.targetParagraphs]).to.deep.equal([2, [2], [2]]);
      await element.updateComplete;
      expect(rowsOf(element)[2]?.part.contains('selected')).to.equal(true);
      expect(rowsOf(element)[2]?.getAttribute('aria-current')).to.equal('true');
    });
  });

  describe('keyboard', () => {
    it('moves between pairs with the arrow keys and chooses one with Enter', async () => {
      const element = await viewer();
      must(rowsOf(element)[0]).focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => root(element).activeElement === rowsOf(element)[1]);
      await sendKeys({ press: 'ArrowDown' });
      await until(() => root(element).activeElement === rowsOf(element)[2]);
      await sendKeys({ press: 'ArrowUp' });
      await until(() => root(element).activeElement === rowsOf(element)[1]);
      await sendKeys({ press: 'End' });
      await until(() => root(element).activeElement === rowsOf(element)[4]);
      expect(rowsOf(element).map((row) => row.tabIndex)).to.deep.equal([-1, -1, -1, -1, 0]);
      const selected = nextEvent(element, 'parallel-text-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).pairIndex).to.equal(4);
    });

    it('opens an insertion explanation with Enter and closes it with Escape, focus returning', async () => {
      const element = await viewer();
      const insertion = must(root(element).getElementById('p1-i0'));
      insertion.focus();
      await sendKeys({ press: 'Enter' });
      const popover = must(root(element).getElementById('explain'));
      await until(() => popover.matches(':popover-open'));
      expect(visibleText(popover)).to.contain('Transliteration');
      expect(visibleText(popover)).to.contain('Renders договорённость in Russian paragraph 2');
      await sendKeys({ press: 'Escape' });
      await until(() => !popover.matches(':popover-open'));
      await until(() => root(element).activeElement === insertion);
    });
  });

  describe('accessibility', () => {
    for (const attributes of ['', 'insertions=plain', 'insertions=hidden', 'layout=stacked', 'conceal=translation', 'conceal=insertions', 'editable']) {
      it(`passes axe ${attributes || 'by default'}`, async () => {
        const element = await viewer(attributes);
        await expect(element).to.be.accessible();
      });
    }

    it('passes axe with an explanation open', async () => {
      const element = await viewer();
      must(root(element).getElementById('p2-i0')).click();
      await until(() => must(root(element).getElementById('explain')).matches(':popover-open'));
      await expect(element).to.be.accessible();
    });
  });

  describe('Lit dev mode', () => {
    it('issued no warnings while these tests ran', () => {
      expect(litWarnings()).to.deep.equal([]);
    });
  });
});
