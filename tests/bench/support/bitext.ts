/**
 * A bitext for measuring the aligner: paragraphs of each side and the gold pairs. Gold pairs are
 * monotone and cover both sides, like an alignment; scoring compares index sets exactly.
 */
export interface GoldPair {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

export interface Bitext {
  readonly name: string;
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly gold: readonly GoldPair[];
}

/** One-to-one gold for two lists that correspond item by item. */
export function oneToOne(count: number): GoldPair[] {
  return Array.from({ length: count }, (_, k) => ({ source: [k], target: [k] }));
}
