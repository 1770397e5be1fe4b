/**
 * Strict pair scoring: a predicted pair counts only when both its source and its target index
 * sets equal those of a gold pair. Unpaired paragraphs (1:0, 0:1) are pairs like any other.
 */
import type { GoldPair } from './bitext.js';

export interface PairScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function key(pair: GoldPair): string {
  return `${pair.source.join(',')}:${pair.target.join(',')}`;
}

export function strictPairScores(predicted: readonly GoldPair[], gold: readonly GoldPair[]): PairScores {
  const goldKeys = new Set(gold.map(key));
  let correct = 0;
  for (const pair of predicted) if (goldKeys.has(key(pair))) correct += 1;
  const precision = predicted.length === 0 ? (gold.length === 0 ? 1 : 0) : correct / predicted.length;
  const recall = gold.length === 0 ? 1 : correct / gold.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
