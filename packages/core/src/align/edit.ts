/**
 * Pure edit operations behind the viewer's correction UI: merge two pairs, split one, move one
 * paragraph across a boundary. Each returns new pairs that stay monotone and covering, with the
 * edited pairs pinned; an impossible edit returns the input untouched with a reason. Never mutates
 * its input and never throws.
 */
import type { AlignmentPair } from '../model.js';

export interface EditResult {
  /** The edited pairs, or the input itself when the edit was refused. */
  readonly pairs: readonly AlignmentPair[];
  /** False when the edit was impossible; `reason` then says why. */
  readonly applied: boolean;
  readonly reason?: string;
}

/** A person decided this pair, so its confidence is full and the aligner must keep it. */
function personPair(source: readonly number[], target: readonly number[]): AlignmentPair {
  return { source, target, score: 1, pinned: true };
}

const SIDES: readonly string[] = ['source', 'target'];
const DELTAS: readonly number[] = [1, -1];

function refuse(pairs: readonly AlignmentPair[], reason: string): EditResult {
  return { pairs, applied: false, reason };
}

function isPairIndex(pairs: readonly AlignmentPair[], k: number): boolean {
  return Number.isInteger(k) && k >= 0 && k < pairs.length;
}

/** Replaces `pairs[k]` and `pairs[k + 1]` by `replacement` (dropping pairs left with no paragraph). */
function replaceTwo(pairs: readonly AlignmentPair[], k: number, replacement: readonly AlignmentPair[]): AlignmentPair[] {
  const kept = replacement.filter((pair) => pair.source.length + pair.target.length > 0);
  return [...pairs.slice(0, k), ...kept, ...pairs.slice(k + 2)];
}

/** Merges pair `k` with pair `k + 1` into one pinned pair. */
export function mergePairs(pairs: readonly AlignmentPair[], k: number): EditResult {
  const first = isPairIndex(pairs, k) ? pairs[k] : undefined;
  const second = pairs[k + 1];
  if (first === undefined || second === undefined) {
    return refuse(pairs, `cannot merge pair ${k} with the next: there are ${pairs.length} pairs (0-based), and the last has no next`);
  }
  const merged = personPair([...first.source, ...second.source], [...first.target, ...second.target]);
  return { pairs: replaceTwo(pairs, k, [merged]), applied: true };
}

/**
 * Splits pair `k` in two: the first keeps `source[0, sourceCut)` and `target[0, targetCut)`, the
 * second the rest. Both halves must keep at least one paragraph.
 */
export function splitPair(pairs: readonly AlignmentPair[], k: number, sourceCut: number, targetCut: number): EditResult {
  const pair = isPairIndex(pairs, k) ? pairs[k] : undefined;
  if (pair === undefined) return refuse(pairs, `there is no pair ${k} (there are ${pairs.length})`);
  const validCut = (cut: number, length: number) => Number.isInteger(cut) && cut >= 0 && cut <= length;
  if (!validCut(sourceCut, pair.source.length) || !validCut(targetCut, pair.target.length)) {
    return refuse(
      pairs,
      `cut ${sourceCut}:${targetCut} is outside pair ${k}, which has ${pair.source.length} source and ${pair.target.length} target paragraph(s)`,
    );
  }
  if (sourceCut + targetCut === 0 || sourceCut + targetCut === pair.source.length + pair.target.length) {
    return refuse(pairs, `cut ${sourceCut}:${targetCut} would leave one half of pair ${k} with no paragraph`);
  }
  const first = personPair(pair.source.slice(0, sourceCut), pair.target.slice(0, targetCut));
  const second = personPair(pair.source.slice(sourceCut), pair.target.slice(targetCut));
  return { pairs: [...pairs.slice(0, k), first, second, ...pairs.slice(k + 1)], applied: true };
}

/**
 * Moves one paragraph of `side` across the boundary between pair `k` and pair `k + 1`:
 * `delta = 1` moves the first paragraph of pair `k + 1` into pair `k`, `delta = -1` moves the last
 * paragraph of pair `k` into pair `k + 1`. A pair left with no paragraph on either side disappears.
 */
export function shiftBoundary(pairs: readonly AlignmentPair[], k: number, side: 'source' | 'target', delta: 1 | -1): EditResult {
  const first = isPairIndex(pairs, k) ? pairs[k] : undefined;
  const second = pairs[k + 1];
  if (first === undefined || second === undefined) {
    return refuse(pairs, `there is no boundary after pair ${k}: there are ${pairs.length} pairs (0-based)`);
  }
  // Callers from plain JavaScript (or JSON) can pass anything; types alone do not protect the data.
  if (!SIDES.includes(side)) return refuse(pairs, `side must be 'source' or 'target'`);
  if (!DELTAS.includes(delta)) return refuse(pairs, `delta must be 1 or -1`);
  const from = delta === 1 ? second[side] : first[side];
  if (from.length === 0) {
    const which = delta === 1 ? k + 1 : k;
    return refuse(pairs, `pair ${which} has no ${side} paragraph to move`);
  }
  const moved = delta === 1 ? from.slice(0, 1) : from.slice(-1);
  const firstSide = delta === 1 ? [...first[side], ...moved] : first[side].slice(0, -1);
  const secondSide = delta === 1 ? second[side].slice(1) : [...moved, ...second[side]];
  const other = side === 'source' ? 'target' : 'source';
  const build = (mine: readonly number[], theirs: readonly number[]) =>
    side === 'source' ? personPair(mine, theirs) : personPair(theirs, mine);
  return { pairs: replaceTwo(pairs, k, [build(firstSide, first[other]), build(secondSide, second[other])]), applied: true };
}
