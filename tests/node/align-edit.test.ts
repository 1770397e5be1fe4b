import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergePairs, shiftBoundary, splitPair, validateAlignment, type AlignmentPair, type EditResult } from '@parallel-text/core';
import { pairsFromShapes, randomAlignment } from '../bench/support/random-alignment.js';

/** The pairs as `s0,s1:t0` strings, the way a reader would describe them. */
function describe(pairs: readonly AlignmentPair[]): string[] {
  return pairs.map((pair) => `${pair.source.join(',')}:${pair.target.join(',')}`);
}

// base: 0:0 | 1:1,2 | 2,3:3 | 4: | :4 | 5:5  (6 source and 6 target paragraphs)
const base = pairsFromShapes([[1, 1], [1, 2], [2, 1], [1, 0], [0, 1], [1, 1]]).pairs;

function assertApplied(result: EditResult, expected: string[], pinnedAt: readonly number[]): void {
  assert.equal(result.applied, true, result.reason);
  assert.deepEqual(describe(result.pairs), expected);
  for (const k of pinnedAt) {
    assert.equal(result.pairs[k]?.pinned, true, `pair ${k} pinned`);
    assert.equal(result.pairs[k].score, 1, `pair ${k} has a person's confidence`);
  }
  assert.deepEqual(validateAlignment(result.pairs, 6, 6), []);
}

test('mergePairs joins pair k with pair k+1 into one pinned pair', () => {
  const cases: { k: number; expected: string[] }[] = [
    { k: 0, expected: ['0,1:0,1,2', '2,3:3', '4:', ':4', '5:5'] },
    { k: 3, expected: ['0:0', '1:1,2', '2,3:3', '4:4', '5:5'] },
    { k: 4, expected: ['0:0', '1:1,2', '2,3:3', '4:', '5:4,5'] },
  ];
  for (const { k, expected } of cases) assertApplied(mergePairs(base, k), expected, [k]);
});

test('splitPair cuts one pair into two pinned pairs', () => {
  const cases: { k: number; cut: [number, number]; expected: string[] }[] = [
    { k: 1, cut: [1, 1], expected: ['0:0', '1:1', ':2', '2,3:3', '4:', ':4', '5:5'] },
    { k: 2, cut: [1, 1], expected: ['0:0', '1:1,2', '2:3', '3:', '4:', ':4', '5:5'] },
    { k: 2, cut: [1, 0], expected: ['0:0', '1:1,2', '2:', '3:3', '4:', ':4', '5:5'] },
    { k: 0, cut: [0, 1], expected: [':0', '0:', '1:1,2', '2,3:3', '4:', ':4', '5:5'] },
  ];
  for (const { k, cut, expected } of cases) assertApplied(splitPair(base, k, cut[0], cut[1]), expected, [k, k + 1]);
});

test('shiftBoundary moves one paragraph across the boundary after pair k', () => {
  const cases: { k: number; side: 'source' | 'target'; delta: 1 | -1; expected: string[] }[] = [
    { k: 0, side: 'target', delta: 1, expected: ['0:0,1', '1:2', '2,3:3', '4:', ':4', '5:5'] },
    { k: 1, side: 'source', delta: 1, expected: ['0:0', '1,2:1,2', '3:3', '4:', ':4', '5:5'] },
    { k: 1, side: 'target', delta: -1, expected: ['0:0', '1:1', '2,3:2,3', '4:', ':4', '5:5'] },
    // Moving the only paragraph of a 1:0 pair into its neighbour makes the empty pair disappear.
    { k: 2, side: 'source', delta: 1, expected: ['0:0', '1:1,2', '2,3,4:3', ':4', '5:5'] },
    { k: 3, side: 'target', delta: 1, expected: ['0:0', '1:1,2', '2,3:3', '4:4', '5:5'] },
  ];
  for (const { k, side, delta, expected } of cases) {
    const result = shiftBoundary(base, k, side, delta);
    assertApplied(result, expected, []);
    assert.ok(result.pairs.some((pair) => pair.pinned === true), 'an edited pair is pinned');
  }
});

test('impossible edits return the very same pairs and a reason', () => {
  const refused: EditResult[] = [
    mergePairs(base, 5),
    mergePairs(base, -1),
    mergePairs(base, 0.5),
    splitPair(base, 0, 1, 1),
    splitPair(base, 0, 0, 0),
    splitPair(base, 1, 2, 0),
    splitPair(base, 9, 0, 1),
    shiftBoundary(base, 2, 'target', 1), // pair 3 has no target paragraph
    shiftBoundary(base, 3, 'source', 1), // pair 4 has no source paragraph
    shiftBoundary(base, 5, 'source', -1), // no boundary after the last pair
  ];
  for (const result of refused) {
    assert.equal(result.applied, false);
    assert.equal(result.pairs, base);
    assert.match(result.reason ?? '', /\w/);
  }
  const empty: AlignmentPair[] = [];
  assert.equal(mergePairs(empty, 0).pairs, empty);
});

test('any edit on any valid alignment leaves it monotone and covering', () => {
  fc.assert(
    fc.property(randomAlignment, fc.nat(40), fc.nat(4), fc.nat(4), fc.boolean(), fc.boolean(), (alignment, k, a, b, onSource, forward) => {
      const edits = [
        mergePairs(alignment.pairs, k),
        splitPair(alignment.pairs, k, a, b),
        shiftBoundary(alignment.pairs, k, onSource ? 'source' : 'target', forward ? 1 : -1),
      ];
      for (const result of edits) {
        assert.deepEqual(validateAlignment(result.pairs, alignment.sourceCount, alignment.targetCount), []);
        if (!result.applied) assert.equal(result.pairs, alignment.pairs);
      }
    }),
    { seed: 4, numRuns: 300 },
  );
});

test('edits never change the input array or its pairs', () => {
  const frozen = Object.freeze(base.map((pair) => Object.freeze({ ...pair, source: Object.freeze([...pair.source]), target: Object.freeze([...pair.target]) })));
  assert.doesNotThrow(() => {
    mergePairs(frozen, 1);
    splitPair(frozen, 1, 1, 1);
    shiftBoundary(frozen, 1, 'source', 1);
  });
});

test('validateAlignment names each problem of a broken alignment', () => {
  const cases: { pairs: unknown; counts: [number, number]; codes: string[] }[] = [
    { pairs: base, counts: [6, 6], codes: [] },
    { pairs: [], counts: [0, 0], codes: [] },
    { pairs: 'nonsense', counts: [1, 1], codes: ['alignment-not-a-list'] },
    { pairs: [{ source: [0], target: [0], score: 1 }], counts: [2, 1], codes: ['alignment-uncovered'] },
    { pairs: [{ source: [1], target: [0], score: 1 }, { source: [0], target: [1], score: 1 }], counts: [2, 2], codes: ['alignment-uncovered', 'alignment-not-monotone'] },
    { pairs: [{ source: [0, 0], target: [0], score: 1 }], counts: [1, 1], codes: ['alignment-not-monotone'] },
    { pairs: [{ source: [0], target: [5], score: 1 }], counts: [1, 1], codes: ['alignment-index-out-of-range', 'alignment-uncovered'] },
    { pairs: [{ source: [], target: [], score: 1 }], counts: [0, 0], codes: ['alignment-empty-pair'] },
    { pairs: [{ source: [0], target: [0], score: 7 }], counts: [1, 1], codes: ['alignment-bad-score'] },
    { pairs: [{ source: ['0'], target: [0], score: 1 }, null], counts: [1, 1], codes: ['alignment-malformed-pair', 'alignment-malformed-pair', 'alignment-uncovered', 'alignment-uncovered'] },
  ];
  for (const { pairs, counts, codes } of cases) {
    const found = validateAlignment(pairs, counts[0], counts[1]);
    assert.deepEqual(found.map((d) => d.code).sort(), [...codes].sort(), JSON.stringify(pairs));
  }
});

test('validateAlignment keeps a wholly wrong alignment readable', () => {
  const reversed = Array.from({ length: 500 }, (_, n) => ({ source: [499 - n], target: [499 - n], score: 0.5 }));
  const found = validateAlignment(reversed, 500, 500);
  assert.ok(found.length <= 50, `${found.length} diagnostics`);
  assert.ok(found.some((d) => d.message.includes('more problem')));
});
