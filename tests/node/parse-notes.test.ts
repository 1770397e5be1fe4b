// Notes and references beyond the seed's style: superscripts, bracketed numbers, duplicates,
// notes nobody refers to, and the cap that keeps a pathological diagnostic list readable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, serialize } from '@parallel-text/core';

function refLabels(text: string): string[] {
  return parse(text).paragraphs.flatMap((paragraph) => paragraph.spans.flatMap((span) => (span.type === 'noteref' ? [span.label] : [])));
}

const REF_ROWS: readonly (readonly [string, string, readonly string[]])[] = [
  ['glued after a full stop', 'He said so.1\n\n1. A note.', ['1']],
  ['glued after a comma, before a space', 'In Geneva,2 they met.\n\n2. A note.', ['2']],
  ['glued to a word', 'The talks3 ended.\n\n3. A note.', ['3']],
  ['a superscript', 'He said so.¹ Then ²³ nothing.\n\n1. One.\n\n23. Twenty-three.', ['1']],
  ['a superscript after a word', 'Geneva² and Vienna²³.\n\n2. Two.\n\n23. Twenty-three.', ['2', '23']],
  ['a bracketed number', 'He said so [1].\n\n1. A note.', ['1']],
  ['no such note: a year stays text', 'In 1962 he said so.\n\n1. A note.', []],
  ['digits after digits stay text', 'About 5,000 troops, 1.5 miles, 30.X.62.\n\n5. Five.\n\n62. Sixty-two.', []],
  ['a lone initial is not a word', 'See U.2 now.\n\n2. Two.', []],
];

for (const [name, text, labels] of REF_ROWS) {
  test(`note references: ${name}`, () => {
    assert.deepEqual(refLabels(text), labels);
    assert.equal(serialize(parse(text)), text);
  });
}

test('a second note with the same label is a warning; references go to the first', () => {
  const document = parse('Said.1\n\n- 1. First.\n- 1. Second.');
  assert.deepEqual(document.notes.map((note) => note.id), ['note-1', 'note-1-2']);
  assert.deepEqual(document.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line]), [['duplicate-note-label', 4]]);
});

test('a note nobody refers to is reported as information', () => {
  const document = parse('Said.1\n\n1. One.\n2. Two.');
  assert.deepEqual(document.notes.map((note) => note.label), ['1', '2']);
  assert.deepEqual(document.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code, diagnostic.line]), [['info', 'unreferenced-note', 4]]);
});

test('thousands of one problem are listed up to 200, then counted in one line', () => {
  const text = 'x ]'.repeat(1_000);
  const document = parse(text);
  const stray = document.diagnostics.filter((diagnostic) => diagnostic.code === 'stray-bracket');
  assert.equal(stray.length, 200);
  const more = document.diagnostics.at(-1);
  assert.ok(more);
  assert.equal(more.code, 'more-diagnostics');
  assert.match(more.message, /800 more "stray-bracket" diagnostics .*1000 in all/);
  assert.equal(serialize(document), text);
});
