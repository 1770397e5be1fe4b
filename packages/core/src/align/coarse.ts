/**
 * A coarse first look at a long stretch: paragraphs grouped into blocks of a few, blocks aligned
 * by length (and by the anchor pairs that fall in them) in a wide band. Its path tells the fine
 * search where to put its band, so a long omitted section or a slow drift far from the diagonal
 * stays within reach without searching the whole lattice. It only proposes where to look.
 */
import { anchorPairs } from './anchors.js';
import type { Band, LatticePoint } from './band.js';
import type { AlignParams } from './params.js';
import type { PairProfile } from './profile.js';
import type { LengthModel } from './scorer.js';

/** Paragraphs per block. */
export const BLOCK = 8;
/** Half-width of the coarse band in blocks, beyond the stretch's imbalance. */
const COARSE_REACH = 96;
/** Block pair moves: [source blocks, target blocks]; 1:2 and 2:1 absorb drift. Gaps are separate states. */
const COARSE_MOVES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 2],
  [2, 1],
];
/** What opening a run of gap blocks costs beyond the fine search's own opening. */
const GAP_OPEN_EXTRA = 20;
const DRIFT_COST = 3;

function blockSums(prefix: Float64Array, from: number, count: number, blocks: number): Float64Array {
  const sums = new Float64Array(blocks + 1);
  for (let k = 0; k < blocks; k += 1) {
    const end = Math.min(count, (k + 1) * BLOCK);
    sums[k + 1] = (sums[k] ?? 0) + (prefix[from + end] ?? 0) - (prefix[from + k * BLOCK] ?? 0);
  }
  return sums;
}

/**
 * Lattice points (stretch coordinates) on the coarse path, one per block boundary it crosses.
 * `s0..s1` and `t0..t1` are the stretch's paragraphs.
 */
export function coarsePath(profile: PairProfile, params: AlignParams, model: LengthModel, s0: number, s1: number, t0: number, t1: number, within?: Band): LatticePoint[] {
  const n = s1 - s0;
  const m = t1 - t0;
  const K = Math.ceil(n / BLOCK);
  const L = Math.ceil(m / BLOCK);
  const source = blockSums(profile.source.length, s0, n, K);
  const target = blockSums(profile.target.length, t0, m, L);
  // Anchor pairs reward the block pair they fall in.
  const bonus = new Map<number, number>();
  for (const { i, j } of anchorPairs(profile, s0, s1, t0, t1)) {
    const key = Math.floor(i / BLOCK) * (L + 1) + Math.floor(j / BLOCK);
    bonus.set(key, (bonus.get(key) ?? 0) + params.sharedBonus * 2);
  }
  // The coarse band: around the diagonal, or, given a lattice band (the anchors' corridor), that
  // band in blocks, one block wider each way, so the coarse path cannot wander where anchors forbid.
  const reach = COARSE_REACH + Math.abs(K - L);
  const blockLo = new Int32Array(K + 1);
  const blockHi = new Int32Array(K + 1);
  for (let k = 0; k <= K; k += 1) {
    // Band edges never move left, so the block's neighbouring rows bound what its paragraphs reach.
    const before = Math.max(0, (k - 1) * BLOCK);
    const after = Math.min(n, (k + 1) * BLOCK);
    blockLo[k] = within ? Math.max(0, Math.floor((within.lo[before] ?? 0) / BLOCK) - 1) : Math.max(0, Math.floor((k * L) / Math.max(1, K)) - reach);
    blockHi[k] = within ? Math.min(L, Math.ceil((within.hi[after] ?? m) / BLOCK) + 1) : Math.min(L, Math.ceil((k * L) / Math.max(1, K)) + reach);
  }
  blockLo[0] = 0;
  blockHi[K] = L;
  for (let k = 1; k <= K; k += 1) blockHi[k] = Math.max(blockHi[k] ?? 0, blockHi[k - 1] ?? 0);
  for (let k = K - 1; k >= 0; k -= 1) blockLo[k] = Math.min(blockLo[k] ?? 0, blockLo[k + 1] ?? 0);
  const lo = (k: number) => blockLo[k] ?? 0;
  const hi = (k: number) => blockHi[k] ?? 0;
  const start = new Float64Array(K + 2);
  for (let k = 0; k <= K; k += 1) start[k + 1] = (start[k] ?? 0) + hi(k) - lo(k) + 1;
  const cells = start[K + 1] ?? 0;
  // Three states per cell, as in the fine search: after a block pair, inside a run of source
  // gaps, inside a run of target gaps. Opening a run costs extra, so one omission is one run and
  // the path cannot drift by scattering single gap blocks.
  const pairCost = new Float64Array(cells).fill(Infinity);
  const sourceGap = new Float64Array(cells).fill(Infinity);
  const targetGap = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells);
  const at = (k: number, l: number) => (l < lo(k) || l > hi(k) ? -1 : (start[k] ?? 0) + l - lo(k));
  const best = (cell: number) => Math.min(pairCost[cell] ?? Infinity, sourceGap[cell] ?? Infinity, targetGap[cell] ?? Infinity);
  const gapExtend = BLOCK * params.gapExtend;
  const gapOpen = params.gapOpen + GAP_OPEN_EXTRA;
  // Variance of the mismatch a block edge adds: about half a target paragraph at each of two edges.
  const meanParagraph = m > 0 ? ((profile.target.length[t1] ?? 0) - (profile.target.length[t0] ?? 0)) / m : 0;
  const cut = (meanParagraph * meanParagraph) / 2;
  for (let k = 0; k <= K; k += 1) {
    for (let l = lo(k); l <= hi(k); l += 1) {
      const here = at(k, l);
      if (k === 0 && l === 0) {
        pairCost[here] = 0;
        continue;
      }
      let code = 0;
      for (let move = 0; move < COARSE_MOVES.length; move += 1) {
        const [a = 1, b = 1] = COARSE_MOVES[move] ?? [];
        if (k < a || l < b) continue;
        const from = at(k - a, l - b);
        if (from < 0) continue;
        const before = best(from);
        if (before === Infinity) continue;
        const s = (source[k] ?? 0) - (source[k - a] ?? 0);
        const t = (target[l] ?? 0) - (target[l - b] ?? 0);
        // Block edges cut the texts at arbitrary places: allow for up to a paragraph of mismatch at each end.
        const expected = model.ratio * s;
        const spread = model.variance * ((expected + t) / 2) + cut;
        const step = ((t - expected) * (t - expected)) / (2 * spread) + (a + b > 2 ? DRIFT_COST : 0) - (a === 1 && b === 1 ? (bonus.get((k - 1) * (L + 1) + l - 1) ?? 0) : 0);
        if (before + step < (pairCost[here] ?? Infinity)) {
          pairCost[here] = before + step;
          code = move;
        }
      }
      const up = k > 0 ? at(k - 1, l) : -1;
      let sourceCode = 0;
      if (up >= 0) {
        const opened = best(up) + gapOpen + gapExtend;
        const extended = (sourceGap[up] ?? Infinity) + gapExtend;
        sourceGap[here] = Math.min(opened, extended);
        sourceCode = extended < opened ? 1 : 0;
      }
      const left = l > 0 ? at(k, l - 1) : -1;
      let targetCode = 0;
      if (left >= 0) {
        const opened = best(left) + gapOpen + gapExtend;
        const extended = (targetGap[left] ?? Infinity) + gapExtend;
        targetGap[here] = Math.min(opened, extended);
        targetCode = extended < opened ? 1 : 0;
      }
      back[here] = code | (sourceCode << 3) | (targetCode << 4);
    }
  }
  // Unreachable only if the band were broken; then no coarse advice is better than wrong advice.
  if (best(at(K, L)) === Infinity) return [];
  const points: LatticePoint[] = [];
  let k = K;
  let l = L;
  let state: 'best' | 'source' | 'target' = 'best';
  while (k > 0 || l > 0) {
    const here = at(k, l);
    if (here < 0) break;
    const code = back[here] ?? 0;
    if (state === 'best') {
      const pair = pairCost[here] ?? Infinity;
      const down = sourceGap[here] ?? Infinity;
      const across = targetGap[here] ?? Infinity;
      state = pair <= down && pair <= across ? 'best' : down <= across ? 'source' : 'target';
    }
    if (state === 'source') {
      state = (code & 8) !== 0 ? 'source' : 'best';
      k -= 1;
    } else if (state === 'target') {
      state = (code & 16) !== 0 ? 'target' : 'best';
      l -= 1;
    } else {
      const [a = 1, b = 1] = COARSE_MOVES[code & 7] ?? [];
      k -= a;
      l -= b;
    }
    points.push({ row: Math.min(n, k * BLOCK), column: Math.min(m, l * BLOCK) });
  }
  return points.reverse();
}
