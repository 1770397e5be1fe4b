/** Annotations, theming (custom properties, parts, dark), print, and a language on every text. */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@parallel-text/elements/define.js';
import type { ParallelTextElement } from '@parallel-text/elements';
import type { AnnotationMark } from '@parallel-text/core';
import { sampleAlignment, sampleSource, sampleTarget } from './support/sample.js';
import { litWarnings, must, root, rowsOf, targetParagraph, until, visibleText } from './support/viewer.js';

const annotations: readonly AnnotationMark[] = [
  { id: 'why-understanding', side: 'target', paragraph: 1, start: 27, end: 40, title: 'Why “understanding”?', body: 'The translator chose a neutral word.\nCompare the Russian.', category: 'term' },
  { id: 'russian-term', side: 'source', paragraph: 1, start: 23, end: 37, title: 'The Russian term', body: 'A question for the student.' },
];

const viewer = (extra: { annotations?: readonly AnnotationMark[]; style?: string } = {}): Promise<ParallelTextElement> =>
  fixture<ParallelTextElement>(html`<parallel-text
    style=${extra.style ?? ''}
    .source=${sampleSource}
    .target=${sampleTarget}
    .alignment=${sampleAlignment}
    .annotations=${extra.annotations ?? []}
  ></parallel-text>`);

describe('<parallel-text> annotations', () => {
  it('marks the annotated words on either side, without changing the text', async () => {
    const element = await viewer({ annotations });
    const target = targetParagraph(element, 1);
    expect(target.textContent).to.equal(sampleTarget.paragraphs[1]?.text);
    expect(must(target.querySelector('mark.annotated')).textContent).to.equal('understanding');
    const source = must(root(element).getElementById('s1'));
    expect(texts(source.querySelectorAll('.annotated'))).to.deep.equal(['договорённость']);
    expect([...root(element).querySelectorAll('[part="annotation"]')].map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Annotation: The Russian term',
      'Annotation: Why “understanding”?',
    ]);
  });

  it('opens an annotation as a popover with its title, quote and body as plain text', async () => {
    const element = await viewer({ annotations });
    must(root(element).querySelector<HTMLElement>('#p1 [part="annotation"]')).click();
    const popover = must(root(element).getElementById('explain'));
    await until(() => popover.matches(':popover-open'));
    expect(must(popover.querySelector('.popover-title')).textContent).to.equal('Why “understanding”?');
    expect(must(popover.querySelector('.popover-quote')).textContent).to.equal('understanding');
    expect(must(popover.querySelector('.popover-annotation')).textContent).to.equal('The translator chose a neutral word.\nCompare the Russian.');
    await expect(element).to.be.accessible();
  });
});

function texts(nodes: Iterable<Element>): string[] {
  return [...nodes].map((node) => node.textContent);
}

describe('<parallel-text> theming', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    document.body.style.background = '';
    document.body.style.color = '';
    await emulateMedia({ media: 'screen' });
  });

  it('reads its colours from --parallel-text-* custom properties', async () => {
    const element = await viewer({ style: '--parallel-text-transliteration-color: rgb(1, 2, 3); --parallel-text-gap: 50px' });
    expect(getComputedStyle(must(root(element).getElementById('p1-i0'))).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(must(rowsOf(element)[0])).columnGap).to.equal('50px');
  });

  it('lets a page style its parts', async () => {
    const style = document.createElement('style');
    style.textContent = 'parallel-text::part(insertion-gloss) { color: rgb(200, 0, 0); } parallel-text::part(row doubtful) { outline: 3px solid rgb(0, 0, 200); }';
    document.head.append(style);
    try {
      const element = await viewer();
      expect(getComputedStyle(must(root(element).getElementById('p2-i0'))).color).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(must(rowsOf(element)[3])).outlineColor).to.equal('rgb(0, 0, 200)');
    } finally {
      style.remove();
    }
  });

  it('follows a page that turns dark, and stays accessible there', async () => {
    const light = getComputedStyle(must(root(await viewer()).getElementById('p1-i0'))).color;
    document.documentElement.style.colorScheme = 'dark';
    document.body.style.background = 'Canvas';
    document.body.style.color = 'CanvasText';
    const element = await viewer();
    const dark = getComputedStyle(must(root(element).getElementById('p1-i0'))).color;
    expect(dark).to.not.equal(light);
    await expect(element).to.be.accessible();
  });

  it('prints both columns side by side without its controls, notes at the end', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 380px">
      <parallel-text editable layout="stacked" .source=${sampleSource} .target=${sampleTarget} .alignment=${sampleAlignment}></parallel-text>
    </div>`);
    const element = must(wrapper.querySelector('parallel-text'));
    await element.updateComplete;
    await emulateMedia({ media: 'print' });
    const row = must(rowsOf(element)[1]);
    const source = must(row.querySelector('.source')).getBoundingClientRect();
    const target = must(row.querySelector('.target')).getBoundingClientRect();
    expect(Math.abs(source.top - target.top)).to.be.lessThan(1);
    expect(target.left).to.be.greaterThan(source.right);
    expect(getComputedStyle(must(row.querySelector('[part="edit-controls"]'))).display).to.equal('none');
    const notes = must(root(element).querySelector('[part="notes"]')).getBoundingClientRect();
    expect(notes.top).to.be.greaterThan(must(rowsOf(element).at(-1)).getBoundingClientRect().bottom - 1);
  });
});

describe('<parallel-text> counterpart highlight', () => {
  it('tints both sides of a pair while it has focus, and no other pair', async () => {
    const element = await viewer();
    const background = (row: number, side: string) => getComputedStyle(must(rowsOf(element)[row]?.querySelector(side))).backgroundColor;
    const plain = background(2, '.target');
    must(rowsOf(element)[2]).focus();
    expect(background(2, '.source')).to.not.equal(plain);
    expect(background(2, '.target')).to.not.equal(plain);
    expect(background(1, '.target')).to.equal(plain);
  });
});

describe('<parallel-text> languages', () => {
  it('puts every text under the right lang: documents in theirs, its own words in English', async () => {
    const element = await viewer({ annotations });
    const walker = document.createTreeWalker(root(element), NodeFilter.SHOW_TEXT);
    const missing: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (!text || node.parentElement?.closest('style')) continue;
      const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
      if (!lang) missing.push(text);
    }
    expect(missing).to.deep.equal([]);
    expect(must(root(element).getElementById('s1')).closest('[lang]')?.getAttribute('lang')).to.equal('ru');
    expect(must(root(element).getElementById('p1')).closest('[lang]')?.getAttribute('lang')).to.equal('en');
    expect(visibleText(must(root(element).querySelector('.gap-note')))).to.equal('No Russian paragraph corresponds here');
    expect(getComputedStyle(must(root(element).getElementById('s1'))).hyphens).to.equal('auto');
  });

  it('issued no Lit dev-mode warnings', () => {
    expect(litWarnings()).to.deep.equal([]);
  });
});
