// The seed: the Wilson Center page of Dobrynin's telegram of 30 October 1962, parsed as a user
// would meet it. Every expectation here is something a reader of the report would notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse, serialize, type InsertionSpan, type Paragraph } from '@parallel-text/core';
import { seedTelegram } from '../support/paths.js';

const source = readFileSync(seedTelegram, 'utf8');
const document = parse(source);

function paragraphAt(index: number): Paragraph {
  const paragraph = document.paragraphs[index];
  assert.ok(paragraph, `no paragraph ${index}`);
  return paragraph;
}

function insertions(paragraph: Paragraph): InsertionSpan[] {
  return paragraph.spans.filter((span): span is InsertionSpan => span.type === 'insertion');
}

const EXPECTED_INSERTIONS: readonly (readonly [number, string, string])[] = [
  [1, 'dogovorion-nost', 'transliteration'],
  [4, 'Secretary of State Dean', 'gloss'],
  [4, 'advisor on Soviet affairs Llewellyn', 'gloss'],
  [5, 'back', 'supplied'],
  [5, 'in the future', 'supplied'],
];

test('the seed is read as an archive page and rebuilt exactly', () => {
  assert.equal(document.form, 'archive-page');
  assert.equal(document.lang, 'en');
  assert.equal(serialize(document), source);
});

test('the seed reports exactly the five insertions of the telegram, nothing else', () => {
  const found = document.paragraphs.flatMap((paragraph) => insertions(paragraph).map((span) => [paragraph.index, span.content, span.kind] as const));
  assert.deepEqual(found, EXPECTED_INSERTIONS);
});

for (const [index, content, kind] of EXPECTED_INSERTIONS) {
  test(`seed ¶${index}: [${content}] is ${kind}, with a reason and a confidence`, () => {
    const span = insertions(paragraphAt(index)).find((candidate) => candidate.content === content);
    assert.ok(span, `[${content}] not found in ¶${index}`);
    assert.equal(span.kind, kind);
    assert.ok(span.confidence >= 0.8 && span.confidence <= 1, `confidence ${span.confidence}`);
    assert.ok(span.reason.length > 10);
    assert.equal(span.overridden, false);
    assert.equal(source.slice(span.start, span.end), `[${content}]`);
    assert.equal(source.slice(span.inner.start, span.inner.end), content);
  });
}

test('the body is the telegram: 12 paragraphs from "Today…" to the signature line', () => {
  const texts = document.paragraphs.map((paragraph) => paragraph.text);
  assert.equal(texts.length, 12);
  assert.match(texts[0] ?? '', /^Today Robert Kennedy invited me/);
  assert.equal(texts[10], 'I request instructions.');
  assert.equal(texts[11], '30.X.62 A.DOBRYNIN');
  for (const heading of ['Citation:', 'Summary:', 'Original Language:', 'Contents:', 'Translation - English', 'Russian']) {
    assert.ok(!texts.includes(heading), `${heading} must not be a body paragraph`);
  }
  assert.ok(texts.every((text) => !text.startsWith('- 1.') && !text.startsWith('[Source:')));
  assert.deepEqual(document.paragraphs.map((paragraph) => paragraph.index), [...Array(12).keys()]);
});

test('both notes are found and each is referred to from the body', () => {
  assert.deepEqual(document.notes.map((note) => note.label), ['1', '2']);
  assert.match(document.notes[0]?.text ?? '', /^For an English translation of the letter/);
  assert.match(document.notes[1]?.text ?? '', /^A reference to Kennedy's agreement/);
  const refs = document.paragraphs.flatMap((paragraph) =>
    paragraph.spans.flatMap((span) => (span.type === 'noteref' ? [[paragraph.index, span.label, span.text] as const] : [])),
  );
  assert.deepEqual(refs, [
    [0, '1', '1'],
    [3, '2', '2'],
  ]);
  assert.ok(document.paragraphs[0]?.text.endsWith('yesterday.1'));
  assert.ok(document.paragraphs[3]?.text.includes('Thailand.2 That'));
});

test('numbers that are not note references stay text: 1962, 5,000, 30.X.62', () => {
  const refs = document.paragraphs.flatMap((paragraph) => paragraph.spans.filter((span) => span.type === 'noteref'));
  assert.equal(refs.length, 2);
  const signature = document.paragraphs[11];
  assert.deepEqual(signature?.spans.map((span) => span.type), ['text']);
});

test('the [Source: …] statement is editorial metadata, not a body insertion', () => {
  assert.match(document.meta.sourceNote ?? '', /^Archive of Foreign Policy, Russian Federation \(AVP RF\)/);
  const segment = document.segments.find((candidate) => candidate.role === 'source-note');
  assert.ok(segment);
  assert.match(source.slice(segment.start, segment.end), /^\[Source: /);
  assert.ok(document.paragraphs.every((paragraph) => !insertions(paragraph).some((span) => span.content.startsWith('Source'))));
});

test('the page-break split "…he hoped that" / "everything would…" is flagged, and only it', () => {
  const continued = document.paragraphs.filter((paragraph) => paragraph.continues).map((paragraph) => paragraph.index);
  assert.deepEqual(continued, [6]);
  assert.ok(document.paragraphs[6]?.text.endsWith('and that he hoped that'));
  assert.ok(document.paragraphs[7]?.text.startsWith('everything would eventually be settled.'));
});

test('the edition\u2019s typos stay exactly as printed', () => {
  const body = document.paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.ok(body.includes('the lessing of international tension'));
  assert.ok(body.includes('we will meeting with each other'));
});

test('round brackets are the author\u2019s and never insertions', () => {
  const paragraph = paragraphAt(1);
  assert.ok(paragraph.text.includes('(Robert Kennedy confirmed that one speaks of an understanding)'));
  assert.equal(insertions(paragraph).length, 1);
  const all = document.paragraphs.flatMap(insertions);
  assert.ok(all.every((span) => span.text.startsWith('[') && span.text.endsWith(']')));
});

test('the archive header becomes metadata: title, date, citation, translator, language, url, provenance', () => {
  const { meta } = document;
  assert.equal(meta.title, 'Telegram from Soviet Ambassador to the US Dobrynin to the USSR Foreign Ministry');
  assert.equal(meta.date, 'October 30, 1962');
  assert.match(meta.citation ?? '', /Wilson Center Digital Archive/);
  assert.equal(meta.translator, 'John Henriksen, Harvard University');
  assert.equal(meta.originalLanguage, 'Russian');
  assert.equal(meta.url, 'https://wilson-center-digital-archive.dvincitest.com/document/112633');
  assert.match(meta.summary ?? '', /^Dobrynin discusses a meeting with Robert Kennedy/);
  assert.equal(meta.provenance.kind, 'published');
  assert.equal(meta.provenance.label, 'Translation as published by the archive');
  assert.equal(meta.fields.contents, 'Translation - English');
});

test('the seed raises no diagnostics', () => {
  assert.deepEqual(document.diagnostics, []);
});

test('spans cover every paragraph exactly and segments cover the source exactly', () => {
  for (const paragraph of document.paragraphs) {
    assert.equal(paragraph.spans.map((span) => span.text).join(''), paragraph.text);
    assert.equal(paragraph.id, `p${paragraph.index}`);
  }
  assert.equal(document.segments.map((segment) => source.slice(segment.start, segment.end)).join(''), source);
});
