/**
 * The seed document: the Dobrynin telegram of 30 Oct 1962 as published in English, beside the
 * demo's Russian RECONSTRUCTION (labelled so; the archival Russian is not available), in each
 * insertion mode and layout.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@parallel-text/elements/define.js';
import type { ParallelTextElement } from '@parallel-text/elements';
import { litWarnings, must, root, rowsOf, targetParagraph, visibleText } from './support/viewer.js';

let english = '';
let russian = '';

async function telegram(attributes: { insertions?: string; layout?: string } = {}): Promise<ParallelTextElement> {
  return fixture<ParallelTextElement>(html`<parallel-text
    insertions=${attributes.insertions ?? 'marked'}
    layout=${attributes.layout ?? 'columns'}
    .source=${russian}
    .target=${english}
  ></parallel-text>`);
}

describe('<parallel-text> on the Dobrynin telegram', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
    english = await (await fetch('/tests/fixtures/telegram-1962-10-30.en.txt')).text();
    russian = await (await fetch('/demo/src/documents/telegram/ru.txt')).text();
  });

  it('labels the Russian column a reconstruction, everywhere it is shown', async () => {
    const element = await telegram();
    const header = visibleText(must(root(element).querySelector('[part="header-source"]')));
    expect(header).to.contain('Reconstruction — not the archival text');
    expect(visibleText(must(root(element).querySelector('[part="header-target"]')))).to.contain('Translation as published by the archive');
  });

  it('aligns the page-break split as one row of two English paragraphs', async () => {
    const element = await telegram();
    expect(rowsOf(element)).to.have.length(11);
    const split = must(root(element).getElementById('p6')).closest('.row');
    expect([...must(split).querySelectorAll('.target .paragraph')].map((paragraph) => paragraph.id)).to.deep.equal(['p6', 'p7']);
  });

  it('marks each insertion with its kind, and counts them in the legend', async () => {
    const element = await telegram();
    const marks = [...root(element).querySelectorAll('[part~="insertion"]')].map((mark) => `${mark.textContent} ${mark.getAttribute('part') ?? ''}`);
    expect(marks).to.deep.equal([
      '[dogovorion-nost] insertion insertion-transliteration',
      '[Secretary of State Dean] insertion insertion-gloss',
      '[advisor on Soviet affairs Llewellyn] insertion insertion-gloss',
      '[back] insertion insertion-supplied',
      '[in the future] insertion insertion-supplied',
    ]);
    expect([...root(element).querySelectorAll('.legend-item')].map(visibleText)).to.deep.equal([
      'Transliteration 1',
      'Supplied word 2',
      'Gloss 2',
      'Editorial note 0',
    ]);
  });

  it('links [dogovorion-nost] to договорённость in the Russian column', async () => {
    const element = await telegram();
    const insertion = must(root(element).getElementById('p1-i0'));
    const key = must(insertion.dataset.word);
    const word = must(root(element).querySelector(`.word[data-word="${key}"]`));
    expect(word.textContent).to.equal('договорённость');
    expect(word.closest('.source')).to.not.equal(null);
  });

  it('shows the text exactly as printed in plain mode', async () => {
    const element = await telegram({ insertions: 'plain' });
    const document = must(element.targetDocument);
    for (const paragraph of document.paragraphs) {
      expect(targetParagraph(element, paragraph.index).textContent).to.equal(paragraph.text);
    }
    expect(root(element).querySelectorAll('[part~="insertion"]')).to.have.length(0);
  });

  it('keeps every character in marked mode too', async () => {
    const element = await telegram();
    for (const paragraph of must(element.targetDocument).paragraphs) {
      expect(targetParagraph(element, paragraph.index).textContent).to.equal(paragraph.text);
    }
  });

  it('reads without its insertions in hidden mode, and nothing else is lost', async () => {
    const element = await telegram({ insertions: 'hidden' });
    expect(targetParagraph(element, 1).textContent).to.contain('confirms the understanding with N.S. Khrushchev');
    expect(targetParagraph(element, 4).textContent).to.contain('they are Rusk and Thompson. If you do not believe me');
    expect(targetParagraph(element, 5).textContent).to.contain('to take this letter, since a categorical refusal');
    expect(targetParagraph(element, 5).textContent).to.match(/in the interests of doing business\.$/);
    const document = must(element.targetDocument);
    for (const paragraph of document.paragraphs) {
      const withoutInsertions = paragraph.text.replace(/\s*\[[^\]]*\]/g, '').replace(/^\s+/, '');
      const shown = targetParagraph(element, paragraph.index).textContent;
      expect(shown.replace(/\s+/g, ' '), `p${paragraph.index}`).to.equal(withoutInsertions.replace(/\s+/g, ' '));
    }
  });

  it('links both notes and lists them under the text', async () => {
    const element = await telegram();
    expect([...root(element).querySelectorAll('[part="note-ref"]')].map((ref) => ref.getAttribute('href'))).to.deep.equal(['#note-1', '#note-2']);
    expect(visibleText(must(root(element).getElementById('note-2')))).to.contain('approximately 5,000 U.S. troops');
  });

  it('stacks at a phone width', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const element = await telegram();
      const row = must(rowsOf(element)[0]);
      const source = must(row.querySelector('.source')).getBoundingClientRect();
      const target = must(row.querySelector('.target')).getBoundingClientRect();
      expect(target.top).to.be.greaterThanOrEqual(source.bottom);
      expect(target.width).to.be.greaterThan(300);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  for (const [insertions, layout] of [
    ['marked', 'columns'],
    ['plain', 'columns'],
    ['hidden', 'stacked'],
  ] as const) {
    it(`passes axe (${insertions}, ${layout})`, async () => {
      const element = await telegram({ insertions, layout });
      await expect(element).to.be.accessible();
    });
  }

  it('issued no Lit dev-mode warnings', () => {
    expect(litWarnings()).to.deep.equal([]);
  });
});
