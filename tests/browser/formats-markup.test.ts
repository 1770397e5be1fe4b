import { expect } from '@open-wc/testing';
import { align, parse, toStaticHTML, toTEI } from '@parallel-text/core';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const russian = parse('Это договорённость с Н.С.Хрущевым.\n\nИ <b>ещё</b> «цитата» & знаки.', { lang: 'ru' });
const english = parse(
  'This is the understanding [dogovorion-nost] with N.S. Khrushchev.1\n\nAnd <b>more</b> [back] "quotes" & signs <img src=x onerror=alert(1)>.\n\n- 1. A note.',
  { lang: 'en' },
);
const bundle = { source: russian, target: english, pairs: align(russian, english).pairs };

describe('TEI export, read by the browser\'s XML parser', () => {
  const xml = new DOMParser().parseFromString(toTEI(bundle).xml, 'application/xml');

  it('is well-formed TEI', () => {
    expect(xml.getElementsByTagName('parsererror').length).to.equal(0);
    expect(xml.documentElement.namespaceURI).to.equal(TEI_NS);
    expect(xml.documentElement.localName).to.equal('TEI');
  });

  it('keeps every paragraph character for character as element text', () => {
    const paragraphs = [...xml.getElementsByTagNameNS(TEI_NS, 'p')].filter((p) => /^[st]\d+$/.test(p.getAttribute('xml:id') ?? ''));
    const texts = paragraphs.map((p) => p.textContent);
    expect(texts).to.deep.equal([...russian.paragraphs, ...english.paragraphs].map((paragraph) => paragraph.text));
  });

  it('carries hostile markup as text, not as elements', () => {
    expect(xml.getElementsByTagName('img').length).to.equal(0);
    expect(xml.getElementsByTagName('b').length).to.equal(0);
  });

  it('links every pair', () => {
    expect(xml.getElementsByTagNameNS(TEI_NS, 'link').length).to.equal(bundle.pairs.length);
  });
});

describe('static HTML export, read by the browser\'s HTML parser', () => {
  const page = new DOMParser().parseFromString(toStaticHTML(bundle), 'text/html');

  it('has no script, image or injected element', () => {
    expect(page.querySelectorAll('script, img, b, iframe').length).to.equal(0);
  });

  it('shows the hostile text as characters', () => {
    expect(page.querySelector('#p1')?.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('marks each column with its language', () => {
    expect([...page.querySelectorAll('td')].map((cell) => cell.lang)).to.include.members(['ru', 'en']);
  });
});
