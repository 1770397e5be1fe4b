import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuote, resolveAnnotations, type AnchorDocument, type QuoteSelector } from '@parallel-text/core';

// Each row: paragraph text, selector, and the exact substrings (with their start offsets) that must be found.
const quoteCases: [string, string, QuoteSelector, [number, string][]][] = [
  ['a single word', 'the understanding [dogovorion-nost] with', { quote: 'understanding' }, [[4, 'understanding']]],
  ['a bracket with regex characters', 'take this letter [back], since', { quote: '[back]' }, [[17, '[back]']]],
  ['every occurrence', 'letter, letter, letter', { quote: 'letter' }, [[0, 'letter'], [8, 'letter'], [16, 'letter']]],
  ['a prefix telling repeats apart', 'the letter; this letter', { quote: 'letter', prefix: 'this ' }, [[17, 'letter']]],
  ['a suffix telling repeats apart', 'letter back; letter forward', { quote: 'letter', suffix: ' forward' }, [[13, 'letter']]],
  ['a line break matched by a space', 'and that he\nhoped that', { quote: 'he hoped' }, [[9, 'he\nhoped']]],
  ['many spaces matched by one', 'Р.Кеннеди   сказал', { quote: 'Р.Кеннеди сказал' }, [[0, 'Р.Кеннеди   сказал']]],
  ['Cyrillic with ё', 'подтверждает договорённость с', { quote: 'договорённость' }, [[13, 'договорённость']]],
  ['case matters', 'Understanding', { quote: 'understanding' }, []],
  ['overlapping repeats', 'aaa', { quote: 'aa' }, [[0, 'aa'], [1, 'aa']]],
  ['a prefix that is not there', 'the letter', { quote: 'letter', prefix: 'a ' }, []],
  ['only whitespace', 'text', { quote: '   ' }, []],
  ['a slash and a dollar', 'a/b $5', { quote: 'a/b $5' }, [[0, 'a/b $5']]],
];

for (const [name, text, selector, expected] of quoteCases) {
  test(`findQuote: ${name}`, () => {
    const found = findQuote(text, selector).map((range) => [range.start, text.slice(range.start, range.end)]);
    assert.deepEqual(found, expected);
  });
}

const english: AnchorDocument = {
  paragraphs: [
    { text: 'Today he invited me.' },
    { text: 'He confirms the understanding [dogovorion-nost] on the bases (one speaks of an understanding).' },
    { text: 'to take this letter [back], since' },
  ],
  meta: { provenance: { kind: 'published' } },
};
const russian: AnchorDocument = {
  paragraphs: [{ text: 'Сегодня он пригласил меня.' }, { text: 'Он подтверждает договорённость.' }],
  meta: { provenance: { kind: 'reconstruction' } },
};
const note = (fields: Record<string, unknown>) => ({ id: 'n', side: 'target', title: 'T', body: 'B', ...fields });
const resolve = (...entries: Record<string, unknown>[]) =>
  resolveAnnotations({ format: 'parallel-text/annotations', version: 1, annotations: entries }, { source: russian, target: english });

test('a quote found once becomes a mark with offsets into its paragraph text', () => {
  const { marks, diagnostics } = resolve(note({ quote: '[dogovorion-nost]', category: 'term' }));
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(marks, [{ id: 'n', side: 'target', paragraph: 1, start: 30, end: 47, title: 'T', body: 'B', category: 'term' }]);
  const [mark] = marks;
  assert.equal(english.paragraphs[1]?.text.slice(mark?.start, mark?.end), '[dogovorion-nost]');
});

test('a source-side note is placed in the Russian text', () => {
  const { marks } = resolve(note({ side: 'source', quote: 'договорённость' }));
  assert.deepEqual(marks.map((mark) => [mark.side, mark.paragraph, mark.start]), [['source', 1, 16]]);
});

// Each row: entry fields, the code of the diagnostic it must raise (or none), and whether it is placed (paragraph).
const anchorCases: [string, Record<string, unknown>, string | undefined, number | undefined][] = [
  ['a repeated quote without a disambiguator', { quote: 'understanding' }, 'ambiguous-quote', undefined],
  ['a repeated quote with a prefix', { quote: 'understanding', prefix: 'the ' }, undefined, 1],
  ['a repeated quote with an occurrence', { quote: 'understanding', occurrence: 2 }, undefined, 1],
  ['an occurrence past the last match', { quote: 'understanding', occurrence: 3 }, 'occurrence-out-of-range', undefined],
  ['a quote that is not in the text', { quote: 'agreement' }, 'quote-not-found', undefined],
  ['a paragraph hint that holds', { quote: '[back]', paragraph: 2 }, undefined, 2],
  ['a paragraph hint that no longer holds', { quote: '[back]', paragraph: 0 }, 'anchor-moved', 2],
  ['a hint past the end of the text', { quote: '[back]', paragraph: 40 }, 'anchor-moved', 2],
  ['a provenance condition that holds', { side: 'source', quote: 'договорённость', provenance: 'reconstruction' }, undefined, 1],
];

for (const [name, fields, code, paragraph] of anchorCases) {
  test(`resolveAnnotations: ${name}`, () => {
    const { marks, diagnostics } = resolve(note(fields));
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), code ? [code] : []);
    assert.deepEqual(marks.map((mark) => mark.paragraph), paragraph === undefined ? [] : [paragraph]);
    for (const diagnostic of diagnostics) assert.equal(diagnostic.annotation, 'n');
  });
}

test('a note whose provenance condition fails is skipped, not reported as broken', () => {
  const result = resolve(note({ quote: 'understanding', prefix: 'the ', provenance: 'reconstruction' }));
  assert.deepEqual([result.marks.length, result.diagnostics.length, result.skipped], [0, 0, ['n']]);
});

test('a note for a side that has no text is reported', () => {
  const result = resolveAnnotations(
    { format: 'parallel-text/annotations', annotations: [note({ side: 'source', quote: 'x' })] },
    { target: english },
  );
  assert.deepEqual(result.diagnostics.map((diagnostic) => diagnostic.code), ['missing-side']);
});

test('placing diagnostics point at the quote in the JSON text', () => {
  const text = JSON.stringify({ format: 'parallel-text/annotations', annotations: [note({ quote: 'nowhere' })] }, null, 2);
  const [diagnostic] = resolveAnnotations(text, { target: english }).diagnostics;
  assert.ok(diagnostic);
  assert.equal(diagnostic.path, '/annotations/0/quote');
  assert.equal(text.split('\n')[diagnostic.line - 1]?.slice(diagnostic.column - 1), '"nowhere"');
});

test('notes never change the text: each mark covers exactly its quote, whatever the input', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(79), fc.integer({ min: 1, max: 20 }), (text, at, length) => {
      const quote = text.slice(at, at + length);
      const document = { paragraphs: [{ text }] };
      const result = resolveAnnotations({ annotations: [{ id: 'q', side: 'source', quote, title: 't', body: 'b', occurrence: 1 }] }, { source: document });
      assert.equal(document.paragraphs[0]?.text, text);
      const collapse = (value: string) => value.replace(/\s+/gu, ' ');
      for (const mark of result.marks) {
        assert.ok(mark.start >= 0 && mark.end <= text.length && mark.start < mark.end);
        assert.equal(collapse(text.slice(mark.start, mark.end)), collapse(quote));
      }
      // A quote cut through a surrogate pair is not a quote of any character; every other one is found.
      const cutsACharacter = /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u.test(quote);
      if (quote.trim() !== '' && !cutsACharacter) assert.equal(result.marks.length, 1, `quote ${JSON.stringify(quote)} must be found`);
    }),
    { numRuns: 2000 },
  );
});

test('reading and placing never throw on any string', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 40 }), (input, text) => {
      resolveAnnotations(input, { source: { paragraphs: [{ text }] }, target: { paragraphs: [] } });
      resolveAnnotations(`{"format":"parallel-text/annotations","annotations":[{"id":"a","side":"source","quote":${JSON.stringify(input)},"title":"t","body":"b"}]}`, {
        source: { paragraphs: [{ text: input + text }] },
      });
    }),
    { numRuns: 2000 },
  );
});

test('deeply nested JSON is read without a stack overflow', () => {
  const deep = `{"format":"parallel-text/annotations","annotations":[${'['.repeat(20000)}${']'.repeat(20000)}]}`;
  const reading = resolveAnnotations(deep, {});
  assert.deepEqual(reading.diagnostics.map((diagnostic) => diagnostic.code), ['not-an-object']);
});
