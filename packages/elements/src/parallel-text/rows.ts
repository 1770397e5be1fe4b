/**
 * Turns alignment pairs into the rows the viewer draws: one row per pair (so 1:2 and 2:1 pairs
 * are one row and 0:1, 1:0 pairs are rows with a gap), with lookups from a paragraph to its row.
 * Pure bookkeeping over indices: it never reads or changes a text.
 */
import type { AlignmentPair, DoubtfulPair } from '@parallel-text/core';

export interface Row {
  /** Index into the pairs, which is also the row's position. */
  readonly index: number;
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score: number;
  readonly pinned: boolean;
  /** Why the aligner doubts this pair; empty when it does not. */
  readonly doubts: readonly string[];
}

export interface RowTable {
  readonly rows: readonly Row[];
  /** Row index of each target paragraph (-1 when no pair holds it). */
  readonly rowOfTarget: readonly number[];
  /** Row index of each source paragraph (-1 when no pair holds it). */
  readonly rowOfSource: readonly number[];
}

const pairKey = (source: readonly number[], target: readonly number[]): string => `${source.join(',')}|${target.join(',')}`;

const sameIndices = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

/** Whether two alignments pair the same paragraphs with the same pins (scores aside). */
export function samePairs(a: readonly AlignmentPair[], b: readonly AlignmentPair[]): boolean {
  const same = (pair: AlignmentPair, other: AlignmentPair | undefined): boolean =>
    other !== undefined && sameIndices(pair.source, other.source) && sameIndices(pair.target, other.target) && (pair.pinned === true) === (other.pinned === true);
  return a === b || (a.length === b.length && a.every((pair, i) => same(pair, b[i])));
}

/**
 * Builds the rows. `doubtful` entries are matched by their paragraphs rather than by pair index,
 * so a doubt stays on its pair after edits elsewhere and disappears once a person re-pins the pair.
 */
export function buildRows(
  pairs: readonly AlignmentPair[],
  doubtful: readonly DoubtfulPair[],
  sourceCount: number,
  targetCount: number,
): RowTable {
  const doubts = new Map<string, readonly string[]>();
  for (const entry of doubtful) doubts.set(pairKey(entry.source, entry.target), entry.reasons);
  const rowOfSource = new Array<number>(sourceCount).fill(-1);
  const rowOfTarget = new Array<number>(targetCount).fill(-1);
  const rows = pairs.map((pair, index): Row => {
    for (const i of pair.source) if (i >= 0 && i < sourceCount) rowOfSource[i] = index;
    for (const j of pair.target) if (j >= 0 && j < targetCount) rowOfTarget[j] = index;
    const pinned = pair.pinned === true;
    return {
      index,
      source: pair.source,
      target: pair.target,
      score: pair.score,
      pinned,
      doubts: pinned ? [] : (doubts.get(pairKey(pair.source, pair.target)) ?? []),
    };
  });
  return { rows, rowOfSource, rowOfTarget };
}
