import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { align, validateAlignment, type AlignmentPair, type Pin } from '@parallel-text/core';
import { loadUdhr } from '../bench/support/udhr.js';

/** Paragraph-like strings: words in either script, digits, brackets, punctuation, and now and then nothing at all. */
const paragraph = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom('Кеннеди', 'Kennedy', 'право', 'right', '1962', '30.X.62', '[back]', '—', '?', '!', 'и', 'the', 'Раском', 'Rusk', '[', ']', '«', '»'), { maxLength: 40 }).map((words) => words.join(' ')) },
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constant('') },
);
const side = fc.array(paragraph, { maxLength: 40 });

function covers(pairs: readonly AlignmentPair[], n: number, m: number): void {
  assert.deepEqual(validateAlignment(pairs, n, m), []);
  for (const pair of pairs) assert.ok(pair.score >= 0 && pair.score <= 1, `score ${pair.score}`);
}

test('any two lists of paragraphs give a monotone alignment that covers both exactly once', () => {
  fc.assert(
    fc.property(side, side, (source, target) => {
      const result = align(source, target);
      covers(result.pairs, source.length, target.length);
      for (const doubt of result.doubtful) assert.ok(doubt.pair >= 0 && doubt.pair < result.pairs.length);
      assert.ok(!result.diagnostics.some((d) => d.code === 'align-internal-error'), JSON.stringify(result.diagnostics));
    }),
    { seed: 7, numRuns: 150 },
  );
});

test('the same input always gives the same alignment', () => {
  fc.assert(
    fc.property(side, side, (source, target) => {
      assert.deepEqual(align(source, target), align(source, target));
    }),
    { seed: 8, numRuns: 40 },
  );
});

test('pins never move, whatever else the texts say', () => {
  const udhr = loadUdhr();
  fc.assert(
    fc.property(fc.uniqueArray(fc.nat(50), { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 }), (starts, shifts) => {
      // Pins that disagree with the gold on purpose: a person may know better than the lengths.
      const sorted = [...starts].sort((a, b) => a - b);
      const pins: Pin[] = [];
      let lastTarget = -1;
      sorted.forEach((start, k) => {
        const target = Math.min(udhr.target.length - 1, Math.max(lastTarget + 1, start + (shifts[k] ?? 0)));
        if (target > lastTarget && target < udhr.target.length) {
          pins.push({ source: [start], target: [target] });
          lastTarget = target;
        }
      });
      const result = align(udhr.source, udhr.target, { pins });
      covers(result.pairs, udhr.source.length, udhr.target.length);
      for (const pin of pins) {
        const found = result.pairs.find((pair) => pair.source.join() === pin.source.join() && pair.target.join() === pin.target.join());
        assert.ok(found, `pin ${pin.source.join()}:${pin.target.join()} kept`);
        assert.equal(found.pinned, true);
        assert.equal(found.score, 1);
      }
      assert.ok(!result.doubtful.some((doubt) => result.pairs[doubt.pair]?.pinned === true), 'pinned pairs are never doubtful');
    }),
    { seed: 9, numRuns: 40 },
  );
});

test('one-sided pins keep a paragraph unpaired', () => {
  const udhr = loadUdhr();
  const result = align(udhr.source, udhr.target, { pins: [{ source: [20], target: [] }, { source: [], target: [30] }] });
  covers(result.pairs, udhr.source.length, udhr.target.length);
  assert.ok(result.pairs.some((pair) => pair.source.join() === '20' && pair.target.length === 0 && pair.pinned === true));
  assert.ok(result.pairs.some((pair) => pair.target.join() === '30' && pair.source.length === 0 && pair.pinned === true));
});

test('progress is reported in order and ends at the total', () => {
  const udhr = loadUdhr();
  const reports: [number, number][] = [];
  align(udhr.source, udhr.target, { onProgress: (done, total) => reports.push([done, total]) });
  assert.ok(reports.length > 0);
  for (let k = 1; k < reports.length; k += 1) assert.ok((reports[k]?.[0] ?? 0) >= (reports[k - 1]?.[0] ?? 0));
  const last = reports[reports.length - 1];
  assert.ok(last && last[0] === last[1]);
});
