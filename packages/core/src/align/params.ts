/**
 * The aligner's knobs: defaults, and the sanitizing of caller overrides so that no value a
 * caller passes (NaN, a negative width, a string from JSON) can break the search. Only numbers live here.
 */
import type { AlignTuning } from '../model.js';

export type AlignParams = AlignTuning;

/** Pair shapes the aligner proposes, as [source paragraphs, target paragraphs]. 1:0 and 0:1 are gap moves. */
export const MOVES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [2, 2],
  [1, 3],
  [3, 1],
];

export const DEFAULT_PARAMS: AlignParams = {
  // A 2:2 block collects its cross pairs' chance matches (and escapes their missing keys), so it
  // costs more than two merges: at 4.5 it won over two plain 1:1 pairs in Ruth and the TS messages.
  moveCost: [0, 2.5, 2.5, 7, 5, 5],
  gapOpen: 5,
  gapExtend: 1.5,
  lengthVariance: 3,
  sharedBonus: 1,
  missingCost: 0.35,
  dictionaryWeight: 0.5,
  uncoveredCost: 1,
  unsharedPairCost: 0.5,
  punctuationCost: 0.4,
  sentenceCost: 0.4,
  speechCost: 1,
  dialogueCost: 0.6,
  bandWidth: 8,
  exhaustiveCells: 1_500_000,
  maxCells: 12_000_000,
  doubtfulBelow: 0.5,
};

/** Each knob's allowed range; values outside are clamped, non-numbers replaced by the default. */
const LIMITS: Readonly<Record<Exclude<keyof AlignParams, 'moveCost'>, readonly [number, number]>> = {
  gapOpen: [0, 100],
  gapExtend: [0, 100],
  lengthVariance: [0.1, 1000],
  sharedBonus: [0, 100],
  missingCost: [0, 100],
  dictionaryWeight: [0, 10],
  uncoveredCost: [0, 100],
  unsharedPairCost: [0, 100],
  punctuationCost: [0, 100],
  sentenceCost: [0, 100],
  speechCost: [0, 100],
  dialogueCost: [0, 100],
  bandWidth: [1, 100_000],
  exhaustiveCells: [0, 50_000_000],
  maxCells: [10_000, 200_000_000],
  doubtfulBelow: [0, 1],
};

function numberIn(value: unknown, [low, high]: readonly [number, number], fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : fallback;
}

export function resolveParams(tuning: unknown): AlignParams {
  if (typeof tuning !== 'object' || tuning === null) return DEFAULT_PARAMS;
  const given = tuning as Partial<Record<keyof AlignParams, unknown>>;
  const resolved: Record<string, unknown> = {};
  for (const [name, limits] of Object.entries(LIMITS) as [keyof typeof LIMITS, readonly [number, number]][]) {
    resolved[name] = numberIn(given[name], limits, DEFAULT_PARAMS[name]);
  }
  const moves = Array.isArray(given.moveCost) ? (given.moveCost as unknown[]) : [];
  resolved.moveCost = DEFAULT_PARAMS.moveCost.map((fallback, k) => numberIn(moves[k], [0, 100], fallback));
  return resolved as unknown as AlignParams;
}
