// Each input form, detected from the text: what becomes metadata, body, notes and references.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse, serialize, type InsertionSpan, type TextDocument } from '@parallel-text/core';
import { repoRoot } from '../support/paths.js';

function fixture(name: string): string {
  return readFileSync(`${repoRoot}tests/fixtures/forms/${name}`, 'utf8');
}

function insertionKinds(document: TextDocument): [number, string, string][] {
  return document.paragraphs.flatMap((paragraph) =>
    paragraph.spans.filter((span): span is InsertionSpan => span.type === 'insertion').map((span) => [paragraph.index, span.content, span.kind] as [number, string, string]),
  );
}

function refs(document: TextDocument): [number, string][] {
  return document.paragraphs.flatMap((paragraph) =>
    paragraph.spans.flatMap((span) => (span.type === 'noteref' ? [[paragraph.index, span.label] as [number, string]] : [])),
  );
}

test('plain: blank-line paragraphs, insertions, a page-break split, numbers left alone', () => {
  const source = fixture('plain.txt');
  const document = parse(source);
  assert.equal(document.form, 'plain');
  assert.equal(document.paragraphs.length, 5);
  assert.match(document.paragraphs[0]?.text ?? '', /\nwith a line break inside/);
  assert.deepEqual(insertionKinds(document), [
    [1, 'again', 'supplied'],
    [1, 'zayavlenie', 'transliteration'],
  ]);
  assert.deepEqual(document.paragraphs.map((paragraph) => paragraph.continues), [false, false, true, false, false]);
  assert.deepEqual(refs(document), []);
  assert.equal(document.meta.provenance.kind, 'unknown');
  assert.equal(serialize(document), source);
});

test('front matter: fields become metadata, provenance is stated, the body follows', () => {
  const source = fixture('front-matter.md');
  const document = parse(source);
  assert.equal(document.form, 'front-matter');
  assert.equal(document.meta.title, 'An invented memorandum (for tests)');
  assert.equal(document.meta.date, '1963-05-14');
  assert.equal(document.meta.translator, 'Test Translator');
  assert.equal(document.meta.originalLanguage, 'Russian');
  assert.equal(document.meta.sourceNote, 'Written for the parallel-text test suite');
  assert.deepEqual(document.meta.provenance, { kind: 'reconstruction', label: 'Invented for tests, not a historical document' });
  assert.equal(document.meta.fields['original-language'], 'Russian');
  assert.equal(document.lang, 'en');
  assert.deepEqual(insertionKinds(document), [
    [0, 'Foreign Minister Arthur', 'gloss'],
    [0, 'soveshchanie', 'transliteration'],
    [1, 'about it', 'supplied'],
  ]);
  assert.equal(document.segments[0]?.role, 'front-matter');
  assert.deepEqual(document.diagnostics, []);
  assert.equal(serialize(document), source);
});

test('markdown footnotes: [^1] references and definitions, a multi-line note, links untouched', () => {
  const source = fixture('markdown-footnotes.md');
  const document = parse(source);
  assert.equal(document.form, 'markdown-footnotes');
  assert.equal(document.paragraphs.length, 2);
  assert.deepEqual(document.notes.map((note) => [note.label, note.text]), [
    ['1', 'The first footnote.'],
    ['src', 'The second footnote,\n    continued on an indented line.'],
  ]);
  assert.deepEqual(refs(document), [
    [0, '1'],
    [1, 'src'],
  ]);
  assert.deepEqual(insertionKinds(document), [[0, "dogovorennost'", 'transliteration']]);
  assert.deepEqual(document.diagnostics, []);
  assert.equal(serialize(document), source);
});

test('plain with numbered notes after the body: notes only because the body refers to them', () => {
  const document = parse(fixture('plain-numbered-notes.txt'));
  assert.equal(document.paragraphs.length, 2);
  assert.deepEqual(document.notes.map((note) => note.label), ['1', '2']);
  assert.deepEqual(refs(document), [
    [0, '1'],
    [1, '2'],
  ]);
});

test('a body that ends with its own numbered points keeps them as body paragraphs', () => {
  const document = parse(fixture('plain-numbered-list.txt'));
  assert.equal(document.paragraphs.length, 3);
  assert.deepEqual(document.notes, []);
});

test('a second, invented archive page: header, body, notes, source note, kinds', () => {
  const source = fixture('archive-invented-cable.txt');
  const document = parse(source);
  assert.equal(document.form, 'archive-page');
  assert.match(document.meta.title ?? '', /INVENTED FOR TESTS/);
  assert.equal(document.meta.date, 'November 2, 1962');
  assert.equal(document.meta.translator, 'Test Translator, Example University');
  assert.equal(document.meta.url, 'https://example.org/parallel-text/invented-cable');
  assert.equal(document.meta.fields['associated people & organizations'], 'Sergeev, P. (fictional); Hale, Arthur (fictional)');
  assert.equal(document.paragraphs.length, 7);
  assert.match(document.paragraphs[0]?.text ?? '', /^Today I was received by/);
  assert.equal(document.paragraphs[6]?.text, '2.XI.62 P.SERGEEV');
  assert.deepEqual(insertionKinds(document), [
    [0, 'Foreign Minister Arthur', 'gloss'],
    [0, 'soveshchanie', 'transliteration'],
    [1, "kollektivnaya bezopasnost'", 'transliteration'],
    [1, "obshchest-vennost'", 'transliteration'],
    [1, 'Hale', 'gloss'],
    [1, 'po-delovomu', 'transliteration'],
    [2, 'sic', 'editorial'],
    [2, 'to them', 'supplied'],
    [2, 'the Foreign Minister', 'gloss'],
    [2, 'illegible', 'editorial'],
    [2, 'again', 'supplied'],
    [3, '2 November 1962', 'editorial'],
    [3, '?', 'editorial'],
    [4, 'his deputy, Mr.', 'gloss'],
    [4, '...', 'editorial'],
  ]);
  assert.deepEqual(refs(document), [
    [0, '1'],
    [3, '2'],
    [4, '3'],
  ]);
  assert.deepEqual(document.notes.map((note) => note.label), ['1', '2', '3']);
  assert.match(document.meta.sourceNote ?? '', /^Invented for the parallel-text test suite/);
  assert.deepEqual(document.paragraphs.filter((paragraph) => paragraph.continues).map((paragraph) => paragraph.index), [3]);
  assert.ok(document.paragraphs[2]?.text.includes('recieved his earlier note'));
  assert.deepEqual(document.diagnostics, []);
  assert.equal(serialize(document), source);
});

// Line endings, a BOM, tabs and no-break spaces must never change the structure.
// Each variant says how it changes the text, and how that shows inside an insertion's content.
const VARIANTS: readonly (readonly [string, (text: string) => string, (content: string) => string])[] = [
  ['CRLF line endings', (text) => text.replace(/\n/gu, '\r\n'), (content) => content.replace(/\n/gu, '\r\n')],
  ['CR line endings', (text) => text.replace(/\n/gu, '\r'), (content) => content.replace(/\n/gu, '\r')],
  ['a byte-order mark', (text) => `\ufeff${text}`, (content) => content],
  ['tabs and no-break spaces on the blank lines', (text) => text.replace(/\n\n/gu, '\n \t\u00a0\n'), (content) => content],
];

for (const [name, transform, inContent] of VARIANTS) {
  for (const file of ['archive-invented-cable.txt', 'front-matter.md', 'markdown-footnotes.md', 'plain.txt']) {
    test(`${file} with ${name} has the same structure`, () => {
      const original = parse(fixture(file));
      const source = transform(fixture(file));
      const variant = parse(source);
      assert.equal(variant.form, original.form);
      assert.equal(variant.paragraphs.length, original.paragraphs.length);
      assert.deepEqual(insertionKinds(variant), insertionKinds(original).map(([index, content, kind]) => [index, inContent(content), kind]));
      assert.deepEqual(refs(variant), refs(original));
      assert.deepEqual(variant.notes.map((note) => note.label), original.notes.map((note) => note.label));
      assert.deepEqual(variant.paragraphs.map((paragraph) => paragraph.continues), original.paragraphs.map((paragraph) => paragraph.continues));
      assert.equal(variant.meta.title, original.meta.title);
      assert.equal(serialize(variant), source);
    });
  }
}

test('a form can be chosen: the seed read as plain keeps its header lines as paragraphs', () => {
  const source = readFileSync(`${repoRoot}tests/fixtures/telegram-1962-10-30.en.txt`, 'utf8');
  const document = parse(source, { form: 'plain' });
  assert.equal(document.form, 'plain');
  assert.equal(document.paragraphs[1]?.text, 'Citation:');
  assert.equal(serialize(document), source);
});

test('options.lang and options.provenance win over what the text suggests', () => {
  const document = parse(fixture('front-matter.md'), { lang: 'en-GB', provenance: { kind: 'user', label: 'Pasted by me' } });
  assert.equal(document.lang, 'en-GB');
  assert.deepEqual(document.meta.provenance, { kind: 'user', label: 'Pasted by me' });
});

test('the language is guessed from the script when nothing states it', () => {
  assert.equal(parse('Прошу указаний.\n\nДобрынин').lang, 'ru');
  assert.equal(parse('I request instructions.').lang, 'en');
  assert.equal(parse('1962').lang, 'und');
});
