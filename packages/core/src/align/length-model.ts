/**
 * The length model's two numbers, estimated from the pair of texts rather than fixed: how many
 * target characters one source character becomes, and how much that varies. A first guess comes
 * from the totals; a refit uses the confident 1:1 pairs of a first alignment, so an omitted section
 * cannot bias it. Pure arithmetic.
 */
import { LENGTH_FLOOR, type LengthModel } from './scorer.js';

/** Ratios outside this range are not translations of each other; the estimate is clamped to it. */
const MIN_RATIO = 0.05;
const MAX_RATIO = 20;
const MIN_VARIANCE = 1;
const MAX_VARIANCE = 60;
/** Median of a χ² variable with one degree of freedom: turns a median squared deviation into a variance. */
const CHI2_MEDIAN = 0.455;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Content characters of English per character of Russian in translations (UDHR 0.86; prose is similar). */
export const RUSSIAN_ENGLISH_RATIO = 0.87;
/** How many paragraph pairs' worth of evidence the language-pair prior counts for. */
const PRIOR_WEIGHT = 10;

/**
 * The first guess at the ratio, before any alignment: the geometric mean of the ratio of total
 * lengths (which an omitted section biases) and the ratio of median paragraph lengths (which a
 * few omissions hardly move), shrunk towards `prior` when there are few paragraphs to go on.
 */
export function initialLengthModel(sourceLengths: readonly number[], targetLengths: readonly number[], prior: number, variance: number): LengthModel {
  const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
  const sourceTotal = total(sourceLengths);
  const targetTotal = total(targetLengths);
  if (sourceTotal <= 0 || targetTotal <= 0) return { ratio: clamp(prior, MIN_RATIO, MAX_RATIO), variance };
  const sourceMedian = median([...sourceLengths]);
  const targetMedian = median([...targetLengths]);
  const fromTotals = Math.log(targetTotal / sourceTotal);
  const fromMedians = sourceMedian > 0 && targetMedian > 0 ? Math.log(targetMedian / sourceMedian) : fromTotals;
  const evidence = Math.min(sourceLengths.length, targetLengths.length);
  const share = evidence / (evidence + PRIOR_WEIGHT);
  const ratio = Math.exp(share * (fromTotals + fromMedians) / 2 + (1 - share) * Math.log(prior));
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
