/**
 * Splits a large diff into small ones, as patience diff does: stretches that occur exactly once
 * in each text (k units from the start of a word) and in the same order are taken as unchanged
 * anchors, and diff-match-patch only diffs the gaps between them. Without it, two book-length
 * texts that differ in every paragraph leave diff-match-patch one huge block to bisect. The
 * result is a valid diff of the whole: every unit of both texts is in it once, in order.
 */
import type { Diff } from 'diff-match-patch-es';

/** Below this many units on each side, diff-match-patch alone is fast and gives the minimal diff. */
export const ANCHOR_THRESHOLD = 20_000;

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029;

/**
 * Every k-gram that begins a word, by a 30-bit hash, mapped to its position, or to -1 when the
 * hash occurs more than once (a collision only costs an anchor; pairs are checked by content).
 * Map order is the order of first occurrence, so entries come sorted by position.
 */
function wordStartGrams(text: string, k: number): Map<number, number> {
  const grams = new Map<number, number>();
  for (let index = 0; index + k <= text.length; index += 1) {
    if (isSpace(text.charCodeAt(index)) || (index > 0 && !isSpace(text.charCodeAt(index - 1)))) continue;
    let hash = 0;
    for (let offset = 0; offset < k; offset += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(index + offset)) & 0x3fffffff;
    grams.set(hash, grams.has(hash) ? -1 : index);
  }
  return grams;
}

/** Indices of the longest chain increasing in both texts (patience sorting, O(n log n)); the input is sorted by position in A. */
function longestChain(positionsB: Int32Array): number[] {
  const tails = new Int32Array(positionsB.length);
  const previous = new Int32Array(positionsB.length).fill(-1);
  let length = 0;
  for (let index = 0; index < positionsB.length; index += 1) {
    const b = positionsB[index] ?? 0;
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((positionsB[tails[middle] ?? 0] ?? 0) < b) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1;
    tails[low] = index;
    if (low === length) length += 1;
  }
  const chain: number[] = [];
  for (let index = length > 0 ? (tails[length - 1] ?? -1) : -1; index >= 0; index = previous[index] ?? -1) chain.push(index);
  return chain.reverse();
}

function sameUnits(a: string, fromA: number, b: string, fromB: number, k: number): boolean {
  for (let offset = 0; offset < k; offset += 1) if (a.charCodeAt(fromA + offset) !== b.charCodeAt(fromB + offset)) return false;
  return true;
}

/** Longest anchor tried: beyond this a text repeats itself too much for anchors to help. */
const MAX_ANCHOR_UNITS = 384;

/**
 * Diffs `a` and `b` through anchors when both are large, else directly. `diffGap` diffs one gap
 * (diff-match-patch with the caller's deadline). As in patience diff, a large gap is anchored
 * again on its own (what is unique within it may not be unique in the whole), and when a text
 * repeats itself so that no anchor is unique, longer anchors are tried.
 */
export function anchoredDiff(a: string, b: string, k: number, diffGap: (a: string, b: string) => Diff[]): Diff[] {
  const diffs: Diff[] = [];
  // Runs are merged as they come: diff-match-patch's diffCleanupMerge splices and is quadratic on thousands of anchors.
  const push = (diff: Diff): void => {
    const last = diffs[diffs.length - 1];
    if (diff[1] === '') return;
    if (last?.[0] === diff[0]) last[1] += diff[1];
    else diffs.push([diff[0], diff[1]]);
  };
  anchorInto(a, b, k, diffGap, push);
  return diffs;
}

function anchorInto(a: string, b: string, k: number, diffGap: (a: string, b: string) => Diff[], push: (diff: Diff) => void): void {
  if (a.length < ANCHOR_THRESHOLD || b.length < ANCHOR_THRESHOLD) {
    diffGap(a, b).forEach(push);
    return;
  }
  const chain = anchorChain(a, b, k);
  if (chain.length === 0) {
    if (2 * k <= MAX_ANCHOR_UNITS) anchorInto(a, b, 2 * k, diffGap, push);
    else diffGap(a, b).forEach(push);
    return;
  }
  let doneA = 0;
  let doneB = 0;
  for (const [startA, startB] of chain) {
    // An anchor overlapping the previous one is kept only if it continues it on both sides alike.
    if ((startA < doneA || startB < doneB) && startA - doneA !== startB - doneB) continue;
    const fromA = Math.max(startA, doneA);
    const fromB = Math.max(startB, doneB);
    if (fromA > doneA || fromB > doneB) anchorInto(a.slice(doneA, fromA), b.slice(doneB, fromB), k, diffGap, push);
    const length = startA + k - fromA;
    if (length > 0) push([0, a.slice(fromA, fromA + length)]);
    doneA = fromA + length;
    doneB = fromB + length;
  }
  if (doneA < a.length || doneB < b.length) anchorInto(a.slice(doneA), b.slice(doneB), k, diffGap, push);
}

/** Anchors (start in A, start in B) that are unique in both texts and in the same order, longest such chain. */
function anchorChain(a: string, b: string, k: number): [number, number][] {
  const inB = wordStartGrams(b, k);
  const gramsA = wordStartGrams(a, k);
  const anchorsA = new Int32Array(gramsA.size);
  const anchorsB = new Int32Array(gramsA.size);
  let count = 0;
  for (const [hash, positionA] of gramsA) {
    const positionB = inB.get(hash);
    if (positionA >= 0 && positionB !== undefined && positionB >= 0 && sameUnits(a, positionA, b, positionB, k)) {
      anchorsA[count] = positionA;
      anchorsB[count] = positionB;
      count += 1;
    }
  }
  return longestChain(anchorsB.subarray(0, count)).map((index): [number, number] => [anchorsA[index] ?? 0, anchorsB[index] ?? 0]);
}
