// Properties that must hold for every string: the round trip, no exception, spans and segments
// covering exactly, and no text lost outside the roles. 10,000 runs each, as CI requires.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { inspectReport, parse, serialize, type TextDocument } from '@parallel-text/core';

const RUNS = 10_000;

/** Fragments that exercise every rule: brackets, notes, headings, front matter, line endings. */
const FRAGMENTS = [
  '[', ']', '[^1]', '[^1]: note', '[1]', '{.gloss}', '(', ')', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\t', '\u00a0', '\ufeff',
  ' ', 'word', 'Word', 'yesterday.1', 'Thailand.2 ', '1962', '5,000', '30.X.62', '- 1. A note.', '1. Point', 'Citation:',
  'Summary:', 'Contents:', 'Translation - English', 'https://example.org/x', '[Source: somewhere]', '---', 'title: x',
  'Дом', 'dogovorion-nost', '[back]', '[sic]', '[Secretary of State Dean] Rusk', '¹', '\ufffd', '\u0000', '😀', '\u0301',
];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')),
);

function checkDocument(source: string, document: TextDocument): void {
  assert.equal(serialize(document), source);
  assert.equal(document.source, source);
  assert.ok(!document.diagnostics.some((diagnostic) => diagnostic.code === 'internal-error'), JSON.stringify(document.diagnostics));
  let cursor = 0;
  for (const segment of document.segments) {
    assert.equal(segment.start, cursor);
    assert.ok(segment.end > segment.start);
    cursor = segment.end;
    // Nothing but whitespace may fall between the recognised roles.
    if (segment.role === 'separator') assert.match(source.slice(segment.start, segment.end), /^[\s\u00a0\ufeff\u200b]*$/u);
  }
  assert.equal(cursor, source.length);
  document.paragraphs.forEach((paragraph, index) => {
    assert.equal(paragraph.index, index);
    assert.equal(paragraph.text, source.slice(paragraph.start, paragraph.end));
    let at = paragraph.start;
    for (const span of paragraph.spans) {
      assert.equal(span.start, at);
      assert.ok(span.end > span.start);
      assert.equal(span.text, source.slice(span.start, span.end));
      at = span.end;
    }
    assert.equal(at, paragraph.end);
  });
  for (const diagnostic of document.diagnostics) assert.ok(diagnostic.line >= 1 && diagnostic.column >= 1);
}

test(`serialize(parse(x)) === x, no exception, exact cover — ${RUNS} runs`, () => {
  fc.assert(
    fc.property(anyText, (source) => {
      checkDocument(source, parse(source));
    }),
    { numRuns: RUNS },
  );
});

test(`every forced form keeps the same promises — ${RUNS} runs`, () => {
  const forms = ['plain', 'front-matter', 'archive-page', 'markdown-footnotes'] as const;
  fc.assert(
    fc.property(anyText, fc.constantFrom(...forms), (source, form) => {
      const document = parse(source, { form });
      checkDocument(source, document);
      assert.equal(document.form, form);
      JSON.stringify(inspectReport(document));
    }),
    { numRuns: RUNS },
  );
});
