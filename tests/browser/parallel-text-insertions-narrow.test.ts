/** <parallel-text-insertions> in a phone-width container: everything fits, nothing scrolls sideways. */
import { expect, fixture, html } from '@open-wc/testing';
import '@parallel-text/elements/define.js';
import type { ParallelTextInsertionsElement } from '@parallel-text/elements';
import { parse, type TextDocument } from '@parallel-text/core';

let seed: TextDocument;
before(async () => {
  seed = parse(await (await fetch('/tests/fixtures/telegram-1962-10-30.en.txt')).text());
});

for (const width of [320, 360, 390]) {
  it(`fits a ${width} px container without sideways scrolling`, async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
      <parallel-text-insertions .document=${seed}></parallel-text-insertions>
    </div>`);
    const index = wrapper.querySelector<ParallelTextInsertionsElement>('parallel-text-insertions');
    if (!index) throw new Error('no index');
    await index.updateComplete;
    await new Promise(requestAnimationFrame);
    const table = index.shadowRoot?.querySelector('table');
    expect(table, 'the index renders its table').to.not.equal(null);
    expect(index.getBoundingClientRect().width).to.be.at.most(width);
    expect(table?.getBoundingClientRect().width ?? Infinity, 'table width').to.be.at.most(width + 0.5);
    expect(wrapper.scrollWidth, 'wrapper scroll width').to.be.at.most(width);
  });
}
