import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { align, linkTransliterations, parse, readInterchange, toInterchange, toStaticHTML, toTEI, type ParallelTextBundle } from '@parallel-text/core';
import { repoRoot, seedTelegram } from '../support/paths.js';

const english = parse(readFileSync(seedTelegram, 'utf8'));
const russian = parse(readFileSync(`${repoRoot}demo/src/documents/telegram/ru.txt`, 'utf8'));
const { pairs } = align(russian, english);
const telegram: ParallelTextBundle = { source: russian, target: linkTransliterations(english, russian, pairs), pairs };

const HOSTILE = '<script>alert(1)</script> <img src=x onerror="alert(2)"> & [<b>bold</b>] javascript:alert(3)';
const hostile: ParallelTextBundle = (() => {
  const source = parse(`${HOSTILE}\n\nВторой абзац.`, { lang: 'ru' });
  const target = parse(`${HOSTILE}\n\nSecond [paragraph].`, { lang: 'en' });
  return { source, target, pairs: align(source, target).pairs };
})();

/** Text content of an XML/HTML fragment: tags dropped, the five entities decoded. */
function textContent(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function elementsWithId(markup: string, tag: string, idPrefix: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = new RegExp(`<${tag} (?:xml:)?id="(${idPrefix}\\d+)"[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  for (const match of markup.matchAll(pattern)) found.set(match[1] ?? '', match[2] ?? '');
  return found;
}

describe('TEI P5 export', () => {
  const { xml, diagnostics } = toTEI(telegram);

  test('every paragraph of both texts is there, character for character', () => {
    const target = elementsWithId(xml, 'p', 't');
    const source = elementsWithId(xml, 'p', 's');
    assert.equal(target.size, english.paragraphs.length);
    assert.equal(source.size, russian.paragraphs.length);
    for (const paragraph of english.paragraphs) assert.equal(textContent(target.get(`t${paragraph.index}`) ?? ''), paragraph.text);
    for (const paragraph of russian.paragraphs) assert.equal(textContent(source.get(`s${paragraph.index}`) ?? ''), paragraph.text);
    assert.deepEqual(diagnostics, []);
  });

  test('insertions are typed segs with the brackets kept', () => {
    assert.match(xml, /<seg type="insertion" subtype="transliteration" xml:id="t1-i0" cert="high">\[<foreign xml:lang="ru-Latn" corresp="#s1">dogovorion-nost<\/foreign>\]<\/seg>/);
    assert.match(xml, /<seg type="insertion" subtype="supplied"[^>]*>\[<supplied reason="translator">back<\/supplied>\]<\/seg>/);
    assert.match(xml, /<seg type="insertion" subtype="gloss"[^>]*>\[<note type="gloss" place="inline">Secretary of State Dean<\/note>\]<\/seg>/);
  });

  test('note references point at the notes', () => {
    assert.match(xml, /<ref type="noteAnchor" target="#t-note-1">1<\/ref>/);
    assert.match(xml, /<note xml:id="t-note-2" n="2">A reference to Kennedy/);
  });

  test('the alignment is a linkGrp covering every pair, and the provenance travels with the text', () => {
    const links = [...xml.matchAll(/<link target="([^"]+)"/g)].map((match) => match[1]);
    assert.equal(links.length, pairs.length);
    assert.ok(links.includes('#s6 #t6 #t7'), 'the page-break split forms one 1:2 link');
    assert.match(xml, /<note type="provenance" subtype="reconstruction">Reconstruction — not the archival text/);
  });

  test('hostile markup in a text stays text', () => {
    const hostileXml = toTEI(hostile).xml;
    assert.doesNotMatch(hostileXml, /<script|<img|<b>/);
    assert.ok(hostileXml.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  test('characters XML cannot carry are replaced and reported, never silently', () => {
    const source = parse('Bell\u0007 here.', { lang: 'ru' });
    const target = parse('Bell here.', { lang: 'en' });
    const result = toTEI({ source, target, pairs: [{ source: [0], target: [0], score: 1 }] });
    assert.ok(result.xml.includes('Bell\uFFFD here.'));
    assert.equal(result.diagnostics[0]?.code, 'xml-forbidden-character');
  });
});

describe('static HTML export', () => {
  const page = toStaticHTML(telegram);

  test('is a standalone page without scripts, with both languages marked', () => {
    assert.match(page, /^<!doctype html>/);
    assert.doesNotMatch(page, /<script|<link |src=/i);
    assert.match(page, /<td lang="ru">/);
    assert.match(page, /<td lang="en">/);
  });

  test('shows every target paragraph and names each insertion kind in text', () => {
    const target = elementsWithId(page, 'p', 'p');
    assert.equal(target.size, english.paragraphs.length);
    assert.match(page, /<span class="ins ins-supplied" id="p5-i0" title="word supplied by the translator">\[back\]<span class="kind">supplied<\/span><\/span>/);
    assert.match(page, /title="transliterated source term; renders договорённость"/);
  });

  test('labels the reconstruction in the column heading', () => {
    assert.match(page, /<th scope="col">Original \(ru\) — Reconstruction — not the archival text<\/th>/);
  });

  test('hostile markup stays text', () => {
    const html = toStaticHTML(hostile);
    assert.doesNotMatch(html, /<script|<img|<b>/);
    assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;'));
  });
});

describe('interchange JSON', () => {
  test('round-trips: the texts, the pairs and what the parser found', () => {
    const json = JSON.stringify(toInterchange(telegram));
    const { bundle, diagnostics } = readInterchange(json);
    assert.deepEqual(diagnostics, []);
    assert.ok(bundle);
    assert.equal(bundle.source.source, russian.source);
    assert.equal(bundle.target.source, english.source);
    assert.deepEqual(bundle.pairs, JSON.parse(JSON.stringify(pairs)));
    const report = JSON.parse(json) as { target: { paragraphs: { insertions: { text: string; kind: string }[] }[] } };
    assert.deepEqual(report.target.paragraphs[5]?.insertions.map(({ text, kind }) => [text, kind]), [['back', 'supplied'], ['in the future', 'supplied']]);
  });

  test('an alignment that does not fit the texts is reported and dropped, never trusted', () => {
    const tampered = { ...toInterchange(telegram), pairs: [{ source: [0], target: [99], score: 1 }] };
    const { bundle, diagnostics } = readInterchange(JSON.stringify(tampered));
    assert.ok(diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
    assert.deepEqual(bundle?.pairs, []);
  });

  for (const [name, text, code] of [
    ['not JSON', '{"format": ', 'interchange-not-json'],
    ['another format', '{"format": "other"}', 'interchange-wrong-format'],
    ['a missing text', '{"format": "parallel-text", "version": 1, "source": {}, "target": {"text": "x"}}', 'interchange-missing-text'],
  ] as const) {
    test(`${name} gives a diagnostic, not an exception`, () => {
      const result = readInterchange(text);
      assert.equal(result.bundle, undefined);
      assert.equal(result.diagnostics[0]?.code, code);
    });
  }
});
