// Broken brackets: each problem gets a diagnostic at the right line and column, the text stays
// whole, and only well-formed brackets become insertions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, serialize } from '@parallel-text/core';

interface Row {
  readonly name: string;
  readonly text: string;
  /** code, line, column of each diagnostic, in order. */
  readonly diagnostics: readonly (readonly [string, number, number])[];
  /** What stands between the brackets of each insertion found. */
  readonly insertions: readonly string[];
}

const ROWS: readonly Row[] = [
  { name: 'well-formed', text: 'He took it [back].', diagnostics: [], insertions: ['back'] },
  { name: 'unclosed [', text: 'He took it [back.\n\nNext paragraph.', diagnostics: [['unclosed-bracket', 1, 12]], insertions: [] },
  { name: 'stray ]', text: 'He took it back].', diagnostics: [['stray-bracket', 1, 16]], insertions: [] },
  { name: 'empty []', text: 'Empty [] here.', diagnostics: [['empty-bracket', 1, 7]], insertions: [] },
  { name: 'blank [ ]', text: 'Blank [ \t] here.', diagnostics: [['empty-bracket', 1, 7]], insertions: [] },
  { name: 'nested', text: 'A [nested [inner] bracket] here.', diagnostics: [['nested-bracket', 1, 11]], insertions: ['nested [inner] bracket'] },
  {
    name: 'spanning paragraphs',
    text: 'First [opens here\n\nand closes] here.',
    diagnostics: [['bracket-spans-paragraphs', 1, 7]],
    insertions: [],
  },
  {
    name: 'spanning three paragraphs',
    text: 'One [opens\n\ntwo has none\n\nthree closes] it.',
    diagnostics: [['bracket-spans-paragraphs', 1, 5]],
    insertions: [],
  },
  {
    name: 'unclosed, then a later paragraph with its own good pair',
    text: 'One [opens\n\nTwo [fine] here.',
    diagnostics: [['unclosed-bracket', 1, 5]],
    insertions: ['fine'],
  },
  {
    name: 'inner pair survives an unclosed outer [',
    text: 'A [b [c] d here.',
    diagnostics: [['unclosed-bracket', 1, 3]],
    insertions: ['c'],
  },
  { name: 'CRLF counts one line', text: 'One.\r\n\r\nTwo ] here.', diagnostics: [['stray-bracket', 3, 5]], insertions: [] },
  { name: 'CR counts one line', text: 'One.\r\rTwo ] here.', diagnostics: [['stray-bracket', 3, 5]], insertions: [] },
  { name: 'round brackets are the author\u2019s', text: 'He (the author) said so (twice.', diagnostics: [], insertions: [] },
  { name: 'a Markdown link is not an insertion', text: 'See [the site](https://example.org).', diagnostics: [], insertions: [] },
  {
    name: 'an undefined footnote reference',
    text: 'Said so.[^9]',
    diagnostics: [['undefined-footnote', 1, 9]],
    insertions: [],
  },
];

for (const row of ROWS) {
  test(`brackets: ${row.name}`, () => {
    const document = parse(row.text);
    assert.deepEqual(
      document.diagnostics.filter((diagnostic) => diagnostic.code !== 'unreferenced-note').map((diagnostic) => [diagnostic.code, diagnostic.line, diagnostic.column]),
      row.diagnostics,
    );
    const insertions = document.paragraphs.flatMap((paragraph) => paragraph.spans.flatMap((span) => (span.type === 'insertion' ? [span.content] : [])));
    assert.deepEqual(insertions, row.insertions);
    assert.equal(serialize(document), row.text);
    for (const paragraph of document.paragraphs) assert.equal(paragraph.spans.map((span) => span.text).join(''), paragraph.text);
    for (const diagnostic of document.diagnostics) assert.ok(diagnostic.message.length > 20);
  });
}

test('every diagnostic points at the character it is about', () => {
  const text = 'Line one.\n\nA [broken one\n\nand ] a stray, and [] empty.';
  const document = parse(text);
  for (const diagnostic of document.diagnostics) {
    const offset = diagnostic.offset ?? -1;
    assert.ok(['[', ']'].includes(text.charAt(offset)), `${diagnostic.code} at ${offset}`);
  }
});

test('input problems are reported, never thrown: empty text, U+FFFD, control characters, huge paragraphs', () => {
  assert.deepEqual(parse('').diagnostics.map((diagnostic) => diagnostic.code), ['empty']);
  assert.deepEqual(parse(' \n\t\n').paragraphs, []);
  assert.ok(parse('Bad \ufffd byte.').diagnostics.some((diagnostic) => diagnostic.code === 'replacement-character'));
  assert.ok(parse('Bell \u0007 here.').diagnostics.some((diagnostic) => diagnostic.code === 'control-character'));
  const huge = `${'word [back] '.repeat(5_000)}end.`;
  const document = parse(huge);
  assert.equal(document.paragraphs.length, 1);
  assert.equal(document.paragraphs[0]?.spans.filter((span) => span.type === 'insertion').length, 5_000);
  assert.ok(document.diagnostics.some((diagnostic) => diagnostic.code === 'long-paragraph'));
  assert.equal(serialize(document), huge);
});

test('hostile markup is text: nothing is interpreted, nothing is lost', () => {
  const text = '<script>alert(1)</script> [<img src=x onerror=alert(1)>]\n\n&lt;b&gt; [back]';
  const document = parse(text);
  assert.equal(serialize(document), text);
  assert.equal(document.paragraphs[0]?.text, '<script>alert(1)</script> [<img src=x onerror=alert(1)>]');
});

test('unclosed front matter is read as text, with a warning', () => {
  const text = '---\ntitle: never closed\n\nBody.';
  const document = parse(text);
  assert.equal(document.form, 'plain');
  assert.ok(document.diagnostics.some((diagnostic) => diagnostic.code === 'unclosed-front-matter'));
  assert.equal(document.paragraphs[0]?.text, '---\ntitle: never closed');
  assert.equal(serialize(document), text);
});
