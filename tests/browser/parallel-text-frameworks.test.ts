/**
 * Framework proof: the element used from a plain HTML page and from a Vue app (no bundler), each
 * loaded in an iframe as a visitor would load it; and the plain page read with scripts disabled.
 */
import { expect } from '@open-wc/testing';
import type { ParallelTextElement } from '@parallel-text/elements';
import { must, until } from './support/viewer.js';

async function openPage(path: string, sandbox?: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return must(frame.contentDocument, 'the page document');
}

const viewerIn = (page: Document, id: string): ParallelTextElement => must(page.getElementById(id) as ParallelTextElement | null, `#${id}`);
const rowsIn = (viewer: ParallelTextElement): HTMLElement[] => [...(viewer.shadowRoot?.querySelectorAll<HTMLElement>('.row') ?? [])];

describe('<parallel-text> in other people\'s pages', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('works from plain HTML: light DOM and fetched texts, events seen by page scripts', async () => {
    const page = await openPage('/tests/browser/pages/plain.html');
    const light = viewerIn(page, 'light');
    const fetched = viewerIn(page, 'fetched');
    await until(() => rowsIn(light).length === 2 && rowsIn(fetched).length === 11, 15_000);
    expect(rowsIn(light)[1]?.textContent.replace(/\s+/g, ' ').trim()).to.equal('30.X.62 А.ДОБРЫНИН 30.X.62 A.DOBRYNIN');
    must(rowsIn(fetched)[3]?.querySelector<HTMLElement>('.target .paragraph')).click();
    const log = must(page.getElementById('log'));
    await until(() => log.textContent.includes('fetched: selected pair 3'));
    expect(log.textContent).to.contain('light: ready, 2 pairs');
    expect(log.textContent).to.contain('fetched: ready, 11 pairs');
  });

  it('leaves the texts readable when scripts cannot run', async () => {
    const page = await openPage('/tests/browser/pages/plain.html', 'allow-same-origin');
    expect(customElements.get.call(page.defaultView?.customElements, 'parallel-text')).to.equal(undefined);
    const text = page.body.innerText;
    expect(text).to.contain('Прошу указаний.');
    expect(text).to.contain('I request instructions.');
  });

  it('works from a Vue app: bound properties, reflected attributes, events, Vue-rendered children', async () => {
    const page = await openPage('/tests/browser/pages/vue.html');
    const bound = viewerIn(page, 'bound');
    const children = viewerIn(page, 'children');
    await until(() => rowsIn(bound).length === 2 && rowsIn(children).length === 1, 15_000);
    const status = must(page.getElementById('status'));
    expect(status.textContent).to.match(/^ready: \d pairs$/);
    expect(bound.shadowRoot?.querySelectorAll('.insertion.kind-transliteration')).to.have.length(1);

    const select = must(page.getElementById('mode') as HTMLSelectElement | null);
    select.value = 'hidden';
    select.dispatchEvent(new Event('change'));
    await until(() => bound.getAttribute('insertions') === 'hidden');
    await bound.updateComplete;
    expect(bound.shadowRoot?.getElementById('p0')?.textContent).to.equal('The President confirms the understanding.');

    must(rowsIn(bound)[1]?.querySelector<HTMLElement>('.source .paragraph')).click();
    await until(() => status.textContent === 'selected pair 1');
  });
});
