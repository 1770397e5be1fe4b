import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align, parse, validateAlignment, type Alignment, type Pin } from '@parallel-text/core';
import { loadUdhr } from '../bench/support/udhr.js';

function codes(result: Alignment): string[] {
  return result.diagnostics.map((diagnostic) => diagnostic.code);
}

function valid(result: Alignment, n: number, m: number): void {
  assert.deepEqual(validateAlignment(result.pairs, n, m), []);
  assert.ok(!codes(result).includes('align-internal-error'), JSON.stringify(result.diagnostics));
}

const udhr = loadUdhr();

test('empty documents: no pairs and an informative note', () => {
  const result = align([], []);
  assert.deepEqual(result.pairs, []);
  assert.deepEqual(codes(result), ['align-empty']);
});

test('one side empty: every paragraph of the other is unpaired, with a warning', () => {
  for (const [source, target] of [[udhr.source.slice(0, 5), []], [[], udhr.target.slice(0, 5)]] as const) {
    const result = align(source, target);
    valid(result, source.length, target.length);
    assert.equal(result.pairs.length, 5);
    assert.ok(codes(result).includes('align-one-side-empty'));
    assert.equal(result.doubtful.length, 5, 'each unpaired paragraph is listed for checking');
  }
});

test('a thousand-to-one size mismatch: a sensible alignment and a warning', () => {
  const source = Array.from({ length: 1000 }, (_, k) => udhr.source[k % udhr.source.length] ?? '');
  const target = [udhr.target[10] ?? ''];
  const result = align(source, target);
  valid(result, 1000, 1);
  assert.ok(codes(result).includes('align-size-mismatch'));
  assert.ok(result.doubtful.length >= 990);
});

test('identical texts pair each paragraph with itself', () => {
  const result = align(udhr.target, udhr.target);
  valid(result, udhr.target.length, udhr.target.length);
  assert.ok(result.pairs.every((pair, k) => pair.source.join() === String(k) && pair.target.join() === String(k)));
  assert.ok(codes(result).includes('align-identical'));
  assert.ok(codes(result).includes('align-same-script'));
});

test('two texts in the same language still align, with a note', () => {
  const result = align(udhr.source.slice(0, 20), udhr.source.slice(0, 20).map((text) => text.toUpperCase()));
  valid(result, 20, 20);
  assert.ok(codes(result).includes('align-same-script'));
});

test('a 1 MB paragraph neither throws nor loses any other paragraph', () => {
  const huge = 'Каждый человек имеет право на жизнь. '.repeat(28_000);
  assert.ok(huge.length > 1_000_000);
  const source = [...udhr.source.slice(9, 14), huge, ...udhr.source.slice(14, 19)];
  const target = [...udhr.target.slice(10, 15), 'Everyone has the right to life.', ...udhr.target.slice(15, 20)];
  const result = align(source, target);
  valid(result, 11, 11);
  const pair = result.pairs.find((candidate) => candidate.source.includes(5));
  assert.ok(pair);
  assert.ok(result.doubtful.some((doubt) => doubt.source.includes(5)), 'the mismatched pair is flagged');
  assert.ok(codes(result).includes('align-long-paragraph'));
});

test('hostile values in place of paragraphs, pins and tuning are data, not crashes', () => {
  const weird = [null, 42, { text: 'x' }, '<script>alert(1)</script>', '\u0000\uffff', '[[[', ']]]'] as unknown as string[];
  const result = align(weird, ['a', 'b'], {
    pins: [{ source: [99], target: [0] }, { source: [0, 2], target: [1] }, null, { source: 'x' }] as unknown as Pin[],
    tuning: { gapOpen: Number.NaN, bandWidth: -5, moveCost: 'cheap' } as never,
    onProgress: () => {
      throw new Error('broken progress bar');
    },
  });
  valid(result, weird.length, 2);
  assert.ok(codes(result).includes('align-pin-ignored'));
  assert.ok(!JSON.stringify(result).includes('<script>'), 'no text is copied into the alignment');
});

test('crossing or overlapping pins are refused with a reason; the rest are kept', () => {
  const pins: Pin[] = [
    { source: [10], target: [11] },
    { source: [12], target: [5] }, // crosses the first
    { source: [10], target: [12] }, // overlaps the first
  ];
  const result = align(udhr.source, udhr.target, { pins });
  valid(result, udhr.source.length, udhr.target.length);
  assert.equal(result.diagnostics.filter((d) => d.code === 'align-pin-ignored').length, 2);
  assert.ok(result.pairs.some((pair) => pair.source.join() === '10' && pair.target.join() === '11' && pair.pinned === true));
});

test('parsed documents align like their paragraph strings, and insertions stay out of the length', () => {
  const source = parse(udhr.source.slice(9, 19).join('\n\n'));
  const target = parse(udhr.target.slice(10, 20).map((text, k) => (k === 3 ? `${text} [the translator adds a long explanatory gloss here, longer than the sentence itself]` : text)).join('\n\n'));
  const result = align(source, target);
  valid(result, source.paragraphs.length, target.paragraphs.length);
  assert.ok(result.pairs.every((pair) => pair.source.length === 1 && pair.target.length === 1));
});
