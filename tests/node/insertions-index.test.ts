import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  compareWithoutInsertions,
  insertionIndex,
  insertionIndexToCsv,
  insertionIndexToJson,
  insertionOps,
  insertionStats,
  parse,
  type InsertionIndexJson,
} from '@parallel-text/core';
import { seedTelegram } from '../support/paths.js';

const seed = parse(readFileSync(seedTelegram, 'utf8'));

describe('insertionStats', () => {
  const stats = insertionStats(seed);

  test('counts the seed’s insertions by kind, overall', () => {
    assert.equal(stats.total, 5);
    assert.deepEqual(stats.byKind, { transliteration: 1, supplied: 2, gloss: 2, editorial: 0 });
  });

  test('lists every paragraph, with its counts and words', () => {
    assert.equal(stats.paragraphs.length, seed.paragraphs.length);
    assert.deepEqual(
      stats.paragraphs.filter((paragraph) => paragraph.total > 0).map((paragraph) => [paragraph.paragraph, paragraph.total]),
      [[1, 1], [4, 2], [5, 2]],
    );
    assert.equal(stats.paragraphs[4]?.byKind.gloss, 2);
    assert.equal(stats.words, stats.paragraphs.reduce((sum, paragraph) => sum + paragraph.words, 0));
    assert.ok(Math.abs(stats.perThousandWords - (1000 * 5) / stats.words) < 1e-9);
  });

  test('a text with no words or no paragraphs', () => {
    assert.deepEqual(insertionStats(parse('')), { total: 0, byKind: { transliteration: 0, supplied: 0, gloss: 0, editorial: 0 }, words: 0, perThousandWords: 0, paragraphs: [] });
  });
});

describe('insertionIndex', () => {
  const rows = insertionIndex(seed);

  test('one row per insertion, named as the viewer names it', () => {
    assert.deepEqual(rows.map((row) => `${row.id} ${row.kind} ${row.content}`), [
      'p1-i0 transliteration dogovorion-nost',
      'p4-i0 gloss Secretary of State Dean',
      'p4-i1 gloss advisor on Soviet affairs Llewellyn',
      'p5-i0 supplied back',
      'p5-i1 supplied in the future',
    ]);
  });

  test('offsets and context come from the paragraph as printed, cut at word boundaries', () => {
    for (const row of rows) {
      const text = seed.paragraphs[row.paragraph]?.text ?? '';
      assert.equal(text.slice(row.start, row.end), row.text);
      assert.ok(text.slice(0, row.start).endsWith(row.before));
      assert.ok(text.slice(row.end).startsWith(row.after));
      assert.ok(row.before.length <= 40 && row.after.length <= 40);
    }
    const back = rows.find((row) => row.content === 'back');
    assert.ok(back);
    assert.equal(back.before, ' from Moscow--to take this letter ');
    assert.equal(back.after, ', since a categorical refusal to do so ');
  });

  test('context width is an option, and context never splits a surrogate pair', () => {
    const emoji = parse('🐈🐈🐈 [back] 🐈🐈🐈');
    const [row] = insertionIndex(emoji, { context: 3 });
    assert.ok(row);
    assert.equal(row.before, '🐈 ');
    assert.equal(row.after, ' 🐈');
  });
});

describe('insertion index exports', () => {
  test('CSV: a header and one quoted-as-needed record per insertion, CRLF line ends', () => {
    const csv = insertionIndexToCsv(insertionIndex(seed));
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'id,paragraph,ordinal,kind,text,content,before,after,source_word,source_paragraph,confidence,overridden');
    assert.equal(lines.length, 1 + 5 + 1);
    assert.equal(lines[6], '');
    assert.match(lines[4] ?? '', /^p5-i0,5,0,supplied,\[back\],back," from Moscow--to take this letter ",", since a categorical refusal to do so ",,,/);
  });

  test('CSV: quotes, commas and newlines are quoted; formula-like cells are guarded unless asked not to', () => {
    const hostile = parse('He said [=HYPERLINK("http://x","y")] and "more", then\n[@SUM(A1)] too.');
    const rows = insertionIndex(hostile);
    const guarded = insertionIndexToCsv(rows);
    assert.ok(guarded.includes(`"'=HYPERLINK(""http://x"",""y"")"`));
    assert.ok(guarded.includes(`'@SUM(A1)`));
    const exact = insertionIndexToCsv(rows, { guardFormulas: false });
    assert.ok(exact.includes(`"=HYPERLINK(""http://x"",""y"")"`));
    assert.ok(!exact.includes(`'@SUM`));
  });

  test('JSON: the rows with the document they describe, every character kept', () => {
    const rows = insertionIndex(seed).filter((row) => row.kind === 'gloss');
    const json = JSON.parse(insertionIndexToJson(seed, rows)) as InsertionIndexJson;
    assert.equal(json.format, 'parallel-text-insertions');
    assert.equal(json.version, 1);
    assert.equal(json.document.lang, 'en');
    assert.equal(json.document.provenance.kind, seed.meta.provenance.kind);
    assert.equal(json.document.insertions, 5);
    assert.deepEqual(json.stats, { total: 2, byKind: { transliteration: 0, supplied: 0, gloss: 2, editorial: 0 } });
    assert.deepEqual(json.insertions, rows);
  });
});

describe('a translation with versus without its insertions', () => {
  const cases: readonly { name: string; text: string; without: string }[] = [
    { name: 'a supplied word before a comma takes the space before it', text: 'take this letter [back], since', without: 'take this letter, since' },
    { name: 'a gloss before a name takes one of the two spaces', text: 'they are [Secretary of State Dean] Rusk and', without: 'they are Rusk and' },
    { name: 'at the start of a paragraph the space after goes', text: '[Secretary of State Dean] Rusk said so.', without: 'Rusk said so.' },
    { name: 'at the end of a sentence', text: 'doing business [in the future].', without: 'doing business.' },
    { name: 'two insertions side by side', text: 'the [very] [best] plan', without: 'the plan' },
    { name: 'an inline override marker goes with its insertion', text: 'take this letter [back]{.supplied}, since', without: 'take this letter, since' },
    { name: 'after an opening parenthesis', text: 'a note ([sic] here)', without: 'a note (here)' },
    { name: 'no insertions', text: 'Прошу указаний.', without: 'Прошу указаний.' },
  ];
  for (const { name, text, without } of cases) {
    test(name, () => {
      const [paragraph] = parse(text).paragraphs;
      assert.ok(paragraph);
      const ops = insertionOps(paragraph);
      assert.equal(ops.filter((op) => op.op === 'equal').map((op) => op.text).join(''), without);
      assert.equal(ops.map((op) => op.text).join(''), text);
      assert.ok(ops.every((op) => op.op !== 'delete'));
    });
  }

  test('the whole seed: as printed on one side, without its five insertions on the other', () => {
    const result = compareWithoutInsertions(seed);
    assert.equal(result.alignment, 'insertions');
    assert.equal(result.paragraphs.length, seed.paragraphs.length);
    assert.equal(result.stats.insertions, 5);
    assert.equal(result.stats.deletions, 0);
    result.paragraphs.forEach((row, index) => {
      assert.equal(row.ops.map((op) => op.text).join(''), seed.paragraphs[index]?.text);
    });
  });
});
