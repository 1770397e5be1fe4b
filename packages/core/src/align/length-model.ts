/**
 * The length model's two numbers, estimated from the pair of texts rather than fixed: how many
 * target characters one source character becomes, and how much that varies. A first guess comes
 * from the totals; a refit uses the confident 1:1 pairs of a first alignment, so an omitted section
 * cannot bias it. Pure arithmetic.
 */
import type { LengthModel } from './scorer.js';

/** Ratios outside this range are not translations of each other; the estimate is clamped to it. */
const MIN_RATIO = 0.05;
const MAX_RATIO = 20;
const MIN_VARIANCE = 1;
const MAX_VARIANCE = 60;
/** Median of a χ² variable with one degree of freedom: turns a median squared deviation into a variance. */
const CHI2_MEDIAN = 0.455;
/** Must match the scorer's floor so the refit measures what the scorer divides by. */
const LENGTH_FLOOR = 12;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

export function initialLengthModel(sourceTotal: number, targetTotal: number, variance: number): LengthModel {
  const ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1;
  return { ratio: clamp(ratio, MIN_RATIO, MAX_RATIO), variance };
}

function median(values: number[]): number {
  values.sort((x, y) => x - y);
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? (values[middle] ?? 0) : ((values[middle - 1] ?? 0) + (values[middle] ?? 0)) / 2;
}

/**
 * Refits ratio and variance on the given 1:1 pairs (source length, target length). Returns the
 * previous model when there are too few pairs to say anything.
 */
export function refitLengthModel(pairs: readonly (readonly [number, number])[], previous: LengthModel): LengthModel {
  const usable = pairs.filter(([s, t]) => s > 0 && t > 0);
  if (usable.length < 8) return previous;
  // The median of log-ratios resists the occasional misaligned pair far better than a total.
  const ratio = clamp(Math.exp(median(usable.map(([s, t]) => Math.log(t / s)))), MIN_RATIO, MAX_RATIO);
  const spreads = usable.map(([s, t]) => {
    const expected = ratio * s;
    return ((t - expected) * (t - expected)) / ((expected + t) / 2 + LENGTH_FLOOR);
  });
  const variance = clamp(median(spreads) / CHI2_MEDIAN, MIN_VARIANCE, MAX_VARIANCE);
  return { ratio, variance };
}
