/** Correcting an alignment in place (editable) and the teaching reveal mode (conceal). */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@parallel-text/elements/define.js';
import type { ParallelTextElement } from '@parallel-text/elements';
import { sampleAlignment, sampleSource, sampleTarget } from './support/sample.js';
import { litWarnings, must, nextEvent, root, rowsOf, targetParagraph, until, visibleText } from './support/viewer.js';

const viewer = (attributes: { editable?: boolean; conceal?: string } = {}): Promise<ParallelTextElement> =>
  fixture<ParallelTextElement>(html`<parallel-text
    ?editable=${attributes.editable ?? false}
    conceal=${attributes.conceal ?? 'none'}
    .source=${sampleSource}
    .target=${sampleTarget}
    .alignment=${sampleAlignment}
  ></parallel-text>`);

const control = (element: ParallelTextElement, row: number, selector: string): HTMLElement =>
  must(rowsOf(element)[row]?.querySelector<HTMLElement>(selector), `${selector} in row ${row}`);

const pairsAsText = (element: ParallelTextElement): string[] => element.pairs.map((pair) => `${pair.source.join('+')}:${pair.target.join('+')}`);

describe('<parallel-text> corrections', () => {
  it('shows no correction controls unless editable', async () => {
    const element = await viewer();
    expect(root(element).querySelectorAll('[part="edit-controls"]')).to.have.length(0);
  });

  it('merges a pair with the next and reports the new pairs', async () => {
    const element = await viewer({ editable: true });
    const changed = nextEvent(element, 'parallel-text-alignment-change');
    control(element, 2, '[data-edit="merge"]').click();
    const event = await changed;
    expect(event.pairs.map((pair) => `${pair.source.join('+')}:${pair.target.join('+')}`)).to.deep.equal(['0:0', '1:1', '2:2+3', '3:4']);
    expect(event.pairs[2]?.pinned).to.equal(true);
    await element.updateComplete;
    expect(rowsOf(element)).to.have.length(4);
    expect([...must(rowsOf(element)[2]).querySelectorAll('.target .paragraph')].map((p) => p.id)).to.deep.equal(['p2', 'p3']);
    expect(visibleText(must(rowsOf(element)[2]))).to.contain('Corrected');
    expect(pairsAsText(element)).to.deep.equal(['0:0', '1:1', '2:2+3', '3:4']);
  });

  it('splits a pair again and shifts a paragraph across a boundary', async () => {
    const element = await viewer({ editable: true });
    control(element, 2, '[data-edit="merge"]').click();
    await element.updateComplete;
    control(element, 2, '[data-edit="split"]').click();
    await element.updateComplete;
    expect(pairsAsText(element)).to.deep.equal(['0:0', '1:1', '2:2', ':3', '3:4']);
    // Give the gap's English paragraph to the pair before it: shift the target boundary after pair 2 by +1.
    control(element, 2, '[data-edit="shift"][data-side="target"][data-delta="1"]').click();
    await element.updateComplete;
    expect(pairsAsText(element)).to.deep.equal(['0:0', '1:1', '2:2+3', '3:4']);
  });

  it('says why an impossible edit did nothing, and fires nothing', async () => {
    const element = await viewer({ editable: true });
    let fired = 0;
    element.addEventListener('parallel-text-alignment-change', () => (fired += 1));
    control(element, 3, '[data-edit="shift"][data-side="source"][data-delta="-1"]').click();
    await element.updateComplete;
    expect(fired).to.equal(0);
    expect(must(root(element).querySelector('[role="status"][aria-live]')).textContent).to.contain('Not changed');
    expect(pairsAsText(element)).to.deep.equal(['0:0', '1:1', '2:2', ':3', '3:4']);
  });

  it('keeps the correction controls reachable by keyboard, with focus kept in the edited row', async () => {
    const element = await viewer({ editable: true });
    control(element, 0, '[data-edit="merge"]').focus();
    const changed = nextEvent(element, 'parallel-text-alignment-change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await until(() => root(element).activeElement === rowsOf(element)[0]);
  });

  it('takes its own pairs back from an embedder without starting over', async () => {
    const element = await viewer({ editable: true });
    let readies = 0;
    element.addEventListener('parallel-text-ready', () => (readies += 1));
    element.addEventListener('parallel-text-alignment-change', (event) => {
      element.alignment = event.pairs; // what an app that saves corrections does
    });
    must(rowsOf(element)[1]?.querySelector<HTMLElement>('.source .paragraph')).click();
    control(element, 2, '[data-edit="merge"]').click();
    await until(() => root(element).activeElement === rowsOf(element)[2]);
    await element.updateComplete;
    expect(readies).to.equal(0);
    expect(rowsOf(element)[1]?.part.contains('selected')).to.equal(true);
    expect(pairsAsText(element)).to.deep.equal(['0:0', '1:1', '2:2+3', '3:4']);
  });

  it('drops the doubt once a person has corrected the pair', async () => {
    const element = await viewer({ editable: true });
    expect(rowsOf(element)[3]?.part.contains('doubtful')).to.equal(true);
    control(element, 2, '[data-edit="merge"]').click();
    await element.updateComplete;
    expect(rowsOf(element).some((row) => row.part.contains('doubtful'))).to.equal(false);
  });

  it('passes axe while editable', async () => {
    const element = await viewer({ editable: true });
    await expect(element).to.be.accessible();
  });
});

describe('<parallel-text> teaching reveal (conceal)', () => {
  it('hides each translation until its pair is revealed', async () => {
    const element = await viewer({ conceal: 'translation' });
    expect(root(element).getElementById('p1')).to.equal(null);
    expect(root(element).textContent).to.not.contain('confirms the understanding');
    control(element, 1, '[data-reveal-pair]').click();
    await element.updateComplete;
    expect(targetParagraph(element, 1).textContent).to.equal(sampleTarget.paragraphs[1]?.text);
    expect(root(element).getElementById('p2')).to.equal(null);
  });

  it('hides only the insertions, keeping the rest of the translation readable', async () => {
    const element = await viewer({ conceal: 'insertions' });
    const paragraph = targetParagraph(element, 2);
    expect(paragraph.textContent).to.equal('They are  Rusk and Thompson; I took this letter .');
    expect(paragraph.querySelectorAll('.insertion.concealed')).to.have.length(2);
    must(paragraph.querySelector<HTMLElement>('.insertion.concealed')).click();
    await element.updateComplete;
    expect(targetParagraph(element, 2).textContent).to.equal(sampleTarget.paragraphs[2]?.text);
  });

  it('reveals all and hides all again', async () => {
    const element = await viewer({ conceal: 'translation' });
    const toggle = must(root(element).querySelector<HTMLButtonElement>('[part="reveal-all"]'));
    expect(toggle.textContent).to.equal('Show all translations');
    toggle.click();
    await element.updateComplete;
    expect(root(element).querySelectorAll('.cell.target.concealed')).to.have.length(0);
    expect(toggle.textContent).to.equal('Hide all translations again');
    toggle.click();
    await element.updateComplete;
    expect(root(element).querySelectorAll('.cell.target.concealed')).to.have.length(5);
  });

  it('issued no Lit dev-mode warnings', () => {
    expect(litWarnings()).to.deep.equal([]);
  });
});
