/**
 * Long documents: 5,000 pairs render only near the viewport (virtualizer) yet deep links and
 * keyboard navigation reach every row; alignment of long texts runs in a worker with progress.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@parallel-text/elements/define.js';
import type { ParallelTextElement } from '@parallel-text/elements';
import type { Alignment } from '@parallel-text/core';
import { makeDocument } from './support/documents.js';
import { litWarnings, must, nextEvent, root, rowsOf, tolerateResizeObserverLoop, until } from './support/viewer.js';

const COUNT = 5000;
const source = makeDocument({ lang: 'ru', paragraphs: Array.from({ length: COUNT }, (_, i) => [`Абзац номер ${i + 1}: текст оригинала.`]) });
const target = makeDocument({ lang: 'en', paragraphs: Array.from({ length: COUNT }, (_, i) => [`Paragraph number ${i + 1}: the translation.`]) });
const alignment: Alignment = {
  pairs: Array.from({ length: COUNT }, (_, i) => ({ source: [i], target: [i], score: 0.9 })),
  doubtful: [],
  diagnostics: [],
};

const inView = (element: Element): boolean => {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
};

describe('<parallel-text> long documents (virtualized)', () => {
  let restore: () => void = () => undefined;
  before(async () => {
    // The virtualizer measures rows with ResizeObserver, which a hidden page never calls back. The
    // runner gives every test page its own browser context so each is visible; if that ever breaks,
    // fail loudly rather than pass with nothing laid out.
    expect(document.visibilityState, 'the test page must be visible for layout').to.equal('visible');
    await setViewport({ width: 1280, height: 800 });
    restore = tolerateResizeObserverLoop();
  });
  after(() => {
    restore();
  });

  it('renders only the rows near the viewport (time reported, never judged)', async () => {
    const started = performance.now();
    const element = await fixture<ParallelTextElement>(html`<parallel-text .source=${source} .target=${target} .alignment=${alignment}></parallel-text>`);
    await until(() => rowsOf(element).length > 0);
    const elapsed = performance.now() - started;
    const rendered = rowsOf(element).length;
    expect(rendered).to.be.greaterThan(0);
    expect(rendered).to.be.lessThan(200);
    expect(rowsOf(element).every((row) => Number(row.getAttribute('aria-setsize')) === COUNT)).to.equal(true);
    // Reported, not asserted: timing depends on the machine.
    console.info(`5,000 pairs: first rows after ${Math.round(elapsed)} ms, ${rendered} rows in the DOM`);
  });

  it('scrolls a deep link to a row that was not rendered, and highlights it', async () => {
    const element = await fixture<ParallelTextElement>(html`<parallel-text .source=${source} .target=${target} .alignment=${alignment}></parallel-text>`);
    await until(() => rowsOf(element).length > 0);
    expect(root(element).getElementById('p4500')).to.equal(null);
    expect(element.reveal('p4500')).to.equal(true);
    await until(() => {
      const paragraph = root(element).getElementById('p4500');
      return paragraph !== null && inView(paragraph) && paragraph.classList.contains('is-highlighted');
    });
  });

  it('reaches the last pair by keyboard', async () => {
    const element = await fixture<ParallelTextElement>(html`<parallel-text .source=${source} .target=${target} .alignment=${alignment}></parallel-text>`);
    await until(() => rowsOf(element).length > 0);
    must(rowsOf(element)[0]).focus();
    await sendKeys({ press: 'End' });
    await until(() => (root(element).activeElement as HTMLElement | null)?.dataset.pair === String(COUNT - 1));
    expect(inView(must(root(element).activeElement))).to.equal(true);
    await sendKeys({ press: 'PageUp' });
    await until(() => (root(element).activeElement as HTMLElement | null)?.dataset.pair === String(COUNT - 6));
  });

  it('renders every row when printing, and virtualizes again afterwards', async () => {
    const element = await fixture<ParallelTextElement>(html`<parallel-text .source=${source} .target=${target} .alignment=${alignment}></parallel-text>`);
    await until(() => rowsOf(element).length > 0);
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect(rowsOf(element)).to.have.length(COUNT);
    window.dispatchEvent(new Event('afterprint'));
    await until(() => rowsOf(element).length < 200);
  });

  it('issued no Lit dev-mode warnings', () => {
    expect(litWarnings()).to.deep.equal([]);
  });
});

describe('<parallel-text> long alignments', () => {
  it('aligns a long text in a worker, with progress, without freezing the page', async () => {
    const paragraphs = 1500;
    const ru = Array.from({ length: paragraphs }, (_, i) => `Абзац ${i + 1}. ${'Слово '.repeat(5 + (i % 17))}конец.`).join('\n\n');
    const en = Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1}. ${'Word '.repeat(5 + (i % 17))}end.`).join('\n\n');
    const element = document.createElement('parallel-text');
    const progress: number[] = [];
    element.addEventListener('parallel-text-progress', (event) => progress.push(event.done / event.total));
    const ready = nextEvent(element, 'parallel-text-ready');
    // Count how often the main thread gets a turn while the worker aligns (a message loop, which
    // unlike timers and frames is not throttled in a background page).
    let turns = 0;
    let counting = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      turns += 1;
      if (counting) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    element.source = ru;
    element.target = en;
    document.body.append(element);
    await element.updateComplete;
    expect(root(element).querySelector('progress'), 'a visible progress bar').to.not.equal(null);
    const event = await ready;
    counting = false;
    expect(event.pairs).to.have.length(paragraphs);
    expect(event.pairs.every((pair, index) => pair.source[0] === index && pair.target[0] === index)).to.equal(true);
    expect(progress.length).to.be.greaterThan(0);
    expect(turns, 'the main thread kept running while the worker aligned').to.be.greaterThan(100);
    element.remove();
  });
});
