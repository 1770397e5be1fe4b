/**
 * Random valid alignments for property tests: a fast-check arbitrary that yields monotone,
 * covering pairs together with the paragraph counts they cover. Test support only.
 */
import fc from 'fast-check';
import type { AlignmentPair } from '@parallel-text/core';

export interface RandomAlignment {
  readonly pairs: readonly AlignmentPair[];
  readonly sourceCount: number;
  readonly targetCount: number;
}

/** Pair shapes as [source count, target count]; includes shapes the aligner never makes, as people may. */
const SHAPES: readonly (readonly [number, number])[] = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1], [3, 2], [4, 1],
];

/** Builds covering pairs from a list of shapes, numbering each side from 0. */
export function pairsFromShapes(shapes: readonly (readonly [number, number])[], pinnedEvery = 0): RandomAlignment {
  const pairs: AlignmentPair[] = [];
  let source = 0;
  let target = 0;
  shapes.forEach(([a, b], k) => {
    const pair: AlignmentPair = {
      source: Array.from({ length: a }, (_, n) => source + n),
      target: Array.from({ length: b }, (_, n) => target + n),
      score: 0.5,
      ...(pinnedEvery > 0 && k % pinnedEvery === 0 ? { pinned: true } : {}),
    };
    pairs.push(pair);
    source += a;
    target += b;
  });
  return { pairs, sourceCount: source, targetCount: target };
}

export const randomAlignment: fc.Arbitrary<RandomAlignment> = fc
  .array(fc.constantFrom(...SHAPES), { minLength: 0, maxLength: 30 })
  .map((shapes) => pairsFromShapes(shapes));
