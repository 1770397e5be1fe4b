/**
 * The dynamic program: the cheapest monotone path through the band of the alignment lattice,
 * with 1:1, 1:2, 2:1, 2:2, 1:3 and 3:1 pairs and affine gaps (1:0 and 0:1 runs), so that a
 * whole omitted section costs one opening and a small price per paragraph. Time and memory are
 * linear in the number of band cells. It never reads text, only the scorer.
 */
import type { Band } from './band.js';
import { MOVES, type AlignParams } from './params.js';
import { LENGTH_FLOOR, LENGTH_TAIL, type LengthModel, type StretchScorer } from './scorer.js';

/** Back-pointer codes: 0..5 index MOVES; these mark gaps and the origin. */
export const SOURCE_GAP = 6;
export const TARGET_GAP = 7;
export const ORIGIN = 8;
export const STATE_MASK = 15;
const SOURCE_GAP_EXTENDED = 16;
const TARGET_GAP_EXTENDED = 32;

export interface SearchResult {
  /** Per band cell: how the cheapest path reaches it (a code above, plus the gap-extension bits). */
  readonly back: Uint8Array;
  /** Per band cell: the cost of the cheapest path from the origin to it. */
  readonly cost: Float32Array;
  readonly total: number;
}

/** One step of the best path, in lattice coordinates of the stretch. */
export interface PathStep {
  readonly fromRow: number;
  readonly fromColumn: number;
  readonly toRow: number;
  readonly toColumn: number;
}

const MOVE_A = Int32Array.from(MOVES, ([a]) => a);
const MOVE_B = Int32Array.from(MOVES, ([, b]) => b);

/**
 * `previous`: a finished search of the same band whose tables may be overwritten (every cell is
 * written again): fresh memory costs more to touch than the search spends on it.
 */
export function searchForward(band: Band, scorer: StretchScorer, model: LengthModel, params: AlignParams, onRow: (row: number) => void, previous?: SearchResult): SearchResult {
  const rows = band.rows;
  const columns = (band.hi[rows - 1] ?? 0) + 1;
  const reuse = previous?.back.length === band.cells;
  const back = reuse ? previous.back : new Uint8Array(band.cells);
  const cost = reuse ? previous.cost : new Float32Array(band.cells);
  // The last four rows of path costs, flat by (row & 3) * columns + column: moves reach back at
  // most three rows. Stale values are never read: a move the band does not allow has an infinite
  // fixed cost in the scorer's row and is skipped before its origin is looked at.
  const ring = new Float64Array(4 * columns).fill(Infinity);
  let gapPrevious = new Float64Array(columns).fill(Infinity);
  let gapCurrent = new Float64Array(columns).fill(Infinity);
  const { gapOpen, gapExtend } = params;
  const { sourceGapCost, targetGapCost } = scorer;
  // This row's fixed costs (every term but length), per column and move.
  const fixed = new Float32Array(scorer.widestRow * MOVES.length);
  const moveCount = MOVES.length;
  const { ratio, variance } = model;
  const tailScale = (LENGTH_TAIL + 1) / 2;
  const tailVariance = LENGTH_TAIL * variance;
  const sourceLength = scorer.sourceBlockLengths();
  const targetLength = scorer.targetBlockLengths();

  for (let I = 0; I < rows; I += 1) {
    const lo = band.lo[I] ?? 0;
    const hi = band.hi[I] ?? -1;
    const here = (I & 3) * columns;
    const above = ((I + 3) & 3) * columns;
    const aboveLo = I > 0 ? (band.lo[I - 1] ?? 0) : 1;
    const aboveHi = I > 0 ? (band.hi[I - 1] ?? -1) : 0;
    const rowStart = (band.start[I] ?? 0) - lo;
    let leftCost = Infinity;
    let leftGap = Infinity;
    scorer.fillRow(I, lo, hi, fixed);
    for (let J = lo; J <= hi; J += 1) {
      let best = Infinity;
      let code = ORIGIN;
      if (I === 0 && J === 0) best = 0;
      const cell = (J - lo) * moveCount;
      for (let k = 0; k < moveCount; k += 1) {
        const fixedCost = fixed[cell + k] ?? Infinity;
        if (fixedCost === Infinity) continue;
        const a = MOVE_A[k] ?? 1;
        const b = MOVE_B[k] ?? 1;
        const before = ring[((I - a) & 3) * columns + J - b] ?? Infinity;
        // The length term is never negative: a move that cannot win without it is skipped before its logarithm.
        if (before + fixedCost >= best) continue;
        // The length term (`lengthCost`), inlined: the search spends most of its time here.
        const s = sourceLength[(a - 1) * rows + I] ?? 0;
        const t = targetLength[(b - 1) * columns + J] ?? 0;
        const expected = ratio * s;
        const difference = t - expected;
        const value = before + fixedCost + tailScale * Math.log(1 + (difference * difference) / (tailVariance * ((expected + t) / 2 + LENGTH_FLOOR)));
        if (value < best) {
          best = value;
          code = k;
        }
      }
      let sourceGap = Infinity;
      let extendedSource = false;
      if (I > 0 && J >= aboveLo && J <= aboveHi) {
        const opened = (ring[above + J] ?? Infinity) + gapOpen;
        const extended = (gapPrevious[J] ?? Infinity) + gapExtend;
        extendedSource = extended < opened;
        sourceGap = (extendedSource ? extended : opened) + (sourceGapCost[I] ?? 0);
      }
      let targetGap = Infinity;
      let extendedTarget = false;
      if (J > lo) {
        const opened = leftCost + gapOpen;
        const extended = leftGap + gapExtend;
        extendedTarget = extended < opened;
        targetGap = (extendedTarget ? extended : opened) + (targetGapCost[J] ?? 0);
      }
      if (sourceGap < best) {
        best = sourceGap;
        code = SOURCE_GAP;
      }
      if (targetGap < best) {
        best = targetGap;
        code = TARGET_GAP;
      }
      back[rowStart + J] = code | (extendedSource ? SOURCE_GAP_EXTENDED : 0) | (extendedTarget ? TARGET_GAP_EXTENDED : 0);
      cost[rowStart + J] = best;
      ring[here + J] = best;
      gapCurrent[J] = sourceGap;
      leftCost = best;
      leftGap = targetGap;
    }
    [gapPrevious, gapCurrent] = [gapCurrent, gapPrevious];
    if ((I & 255) === 255) onRow(I);
  }
  const finalCell = band.index(rows - 1, columns - 1);
  return { back, cost, total: finalCell >= 0 ? (cost[finalCell] ?? Infinity) : Infinity };
}

/** Follows back-pointers from the last cell to the origin; steps come out in reading order. */
export function tracePath(band: Band, back: Uint8Array): PathStep[] {
  const steps: PathStep[] = [];
  let I = band.rows - 1;
  let J = band.hi[I] ?? 0;
  let wanted: 'best' | 'source-gap' | 'target-gap' = 'best';
  // Every step moves at least one row or column, so the loop ends; the bound guards against a corrupt table.
  for (let guard = band.rows + J + 2; guard > 0; guard -= 1) {
    const at = band.index(I, J);
    if (at < 0) break;
    const code = back[at] ?? ORIGIN;
    let state = code & STATE_MASK;
    if (wanted === 'source-gap') state = SOURCE_GAP;
    else if (wanted === 'target-gap') state = TARGET_GAP;
    if (state === ORIGIN) break;
    if (state === SOURCE_GAP) {
      steps.push({ fromRow: I - 1, fromColumn: J, toRow: I, toColumn: J });
      wanted = (code & SOURCE_GAP_EXTENDED) !== 0 ? 'source-gap' : 'best';
      I -= 1;
    } else if (state === TARGET_GAP) {
      steps.push({ fromRow: I, fromColumn: J - 1, toRow: I, toColumn: J });
      wanted = (code & TARGET_GAP_EXTENDED) !== 0 ? 'target-gap' : 'best';
      J -= 1;
    } else {
      const a = MOVE_A[state] ?? 1;
      const b = MOVE_B[state] ?? 1;
      steps.push({ fromRow: I - a, fromColumn: J - b, toRow: I, toColumn: J });
      wanted = 'best';
      I -= a;
      J -= b;
    }
  }
  return steps.reverse();
}
