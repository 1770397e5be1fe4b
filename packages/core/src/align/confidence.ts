/**
 * How sure the aligner is of each pair. A backward pass gives, for every cell near the best path,
 * the cost of the best complete path through it; a pair boundary is certain when moving it by one
 * paragraph on either side makes the whole alignment much more expensive. Costs are in nats, so a
 * cost margin m means the alternative is e^-m times as likely. The backward pass runs in a narrow
 * band around the path (the alternatives that matter are local), which keeps it cheap; paths that
 * leave that band are not counted, so a score can only err towards confidence where the search
 * band itself was wide. It reads the search; it changes nothing.
 */
import type { Band } from './band.js';
import { MOVES, type AlignParams } from './params.js';
import { lengthCost, type LengthModel, type StretchScorer } from './scorer.js';
import { SOURCE_GAP, STATE_MASK, TARGET_GAP, type PathStep, type SearchResult } from './search.js';

const MOVE_A = Int32Array.from(MOVES, ([a]) => a);
const MOVE_B = Int32Array.from(MOVES, ([, b]) => b);

/**
 * Per cell of `band` (a narrow band inside the search band `searched`), the cost of the best full
 * path through it: forward cost plus backward cost in the state the forward pass arrived in.
 */
export function costThroughCells(searched: Band, band: Band, scorer: StretchScorer, model: LengthModel, params: AlignParams, search: SearchResult, onRow: (row: number) => void): Float32Array {
  const rows = band.rows;
  const columns = (band.hi[rows - 1] ?? 0) + 1;
  const through = new Float32Array(band.cells);
  // Backward costs by state: after a pair (a following gap opens), inside a source gap, inside a target gap.
  const ring = [0, 1, 2, 3].map(() => new Float64Array(columns).fill(Infinity));
  let gapBelow = new Float64Array(columns).fill(Infinity);
  let gapHere = new Float64Array(columns).fill(Infinity);
  const { gapOpen, gapExtend } = params;
  // Fixed costs (every term but length) of the moves ending in the last four rows, by row & 3:
  // a move from row I ends at most three rows further on.
  const width = scorer.widestRow * MOVES.length;
  const fixedRows = [0, 1, 2, 3].map(() => new Float32Array(width));
  const sourceLength = scorer.sourceBlockLengths();
  const targetLength = scorer.targetBlockLengths();
  const searchedColumns = (searched.hi[searched.rows - 1] ?? 0) + 1;
  for (let I = rows - 1; I >= 0; I -= 1) {
    const lo = band.lo[I] ?? 0;
    const hi = band.hi[I] ?? -1;
    const rowFixed = fixedRows[I & 3] ?? new Float32Array(0);
    if (hi >= lo) scorer.fillRow(I, lo, hi, rowFixed);
    const here = ring[I & 3] ?? new Float64Array(0);
    const belowLo = I + 1 < rows ? (band.lo[I + 1] ?? 0) : 1;
    const belowHi = I + 1 < rows ? (band.hi[I + 1] ?? -1) : 0;
    const rowStart = (band.start[I] ?? 0) - lo;
    let rightInGap = Infinity;
    for (let J = hi; J >= lo; J -= 1) {
      let pair = I === rows - 1 && J === columns - 1 ? 0 : Infinity;
      for (let k = 0; k < MOVES.length; k += 1) {
        const toRow = I + (MOVE_A[k] ?? 1);
        const toColumn = J + (MOVE_B[k] ?? 1);
        if (toRow >= rows || toColumn < (band.lo[toRow] ?? 0) || toColumn > (band.hi[toRow] ?? -1)) continue;
        const after = ring[toRow & 3]?.[toColumn] ?? Infinity;
        if (after === Infinity) continue;
        // The length term is never negative: skip a move that cannot win before computing it.
        const fixed = fixedRows[toRow & 3]?.[(toColumn - (band.lo[toRow] ?? 0)) * MOVES.length + k] ?? Infinity;
        if (after + fixed >= pair) continue;
        const value = after + fixed + lengthCost(model, sourceLength[((MOVE_A[k] ?? 1) - 1) * rows + toRow] ?? 0, targetLength[((MOVE_B[k] ?? 1) - 1) * searchedColumns + toColumn] ?? 0);
        if (value < pair) pair = value;
      }
      // A gap step leaves source paragraph I (lattice row I + 1) or target paragraph J (column J + 1) unpaired.
      const down = J >= belowLo && J <= belowHi ? (gapBelow[J] ?? Infinity) + (scorer.sourceGapCost[I + 1] ?? 0) : Infinity;
      const right = rightInGap + (scorer.targetGapCost[J + 1] ?? 0);
      const afterPair = Math.min(pair, gapOpen + down, gapOpen + right);
      const inSourceGap = Math.min(pair, gapExtend + down, gapOpen + right);
      const inTargetGap = Math.min(pair, gapOpen + down, gapExtend + right);
      const at = rowStart + J;
      const main = searched.index(I, J);
      const state = main >= 0 ? (search.back[main] ?? 0) & STATE_MASK : 0;
      const rest = state === SOURCE_GAP ? inSourceGap : state === TARGET_GAP ? inTargetGap : afterPair;
      through[at] = main >= 0 ? (search.cost[main] ?? Infinity) + rest : Infinity;
      here[J] = afterPair;
      gapHere[J] = inSourceGap;
      rightInGap = inTargetGap;
    }
    [gapBelow, gapHere] = [gapHere, gapBelow];
    if ((I & 255) === 0) onRow(rows - 1 - I);
  }
  return through;
}

/**
 * Probability-like certainty of a boundary at lattice point (row, column): 1 / (1 + Σ e^-margin)
 * over the neighbouring points the path does not visit (`onPath` flags band cells).
 */
function boundaryCertainty(band: Band, through: Float32Array, total: number, row: number, column: number, onPath: Uint8Array): number {
  let odds = 0;
  for (let k = 0; k < 4; k += 1) {
    const r = k === 0 ? row - 1 : k === 1 ? row + 1 : row;
    const c = k === 2 ? column - 1 : k === 3 ? column + 1 : column;
    // Points outside the band are never on the path and have no cost to compare.
    const at = band.index(r, c);
    if (at < 0 || onPath[at] === 1) continue;
    const margin = (through[at] ?? Infinity) - total;
    if (margin < 40) odds += Math.exp(-Math.max(0, margin));
  }
  return 1 / (1 + odds);
}

/** A score in 0..1 for each step of the path: the certainty of both of its boundaries. */
export function stepScores(band: Band, through: Float32Array, total: number, steps: readonly PathStep[]): number[] {
  // The path lies inside the band (the band is built around it): one flag per band cell.
  const onPath = new Uint8Array(band.cells);
  const visit = (row: number, column: number) => {
    const at = band.index(row, column);
    if (at >= 0) onPath[at] = 1;
  };
  visit(0, 0);
  for (const step of steps) visit(step.toRow, step.toColumn);
  const lastRow = band.rows - 1;
  const lastColumn = band.hi[lastRow] ?? 0;
  const certainty = (row: number, column: number) =>
    (row === 0 && column === 0) || (row === lastRow && column === lastColumn) ? 1 : boundaryCertainty(band, through, total, row, column, onPath);
  const scores = new Array<number>(steps.length);
  // Each step starts where the one before it ended: every boundary is scored once.
  let before = 1;
  steps.forEach((step, k) => {
    if (k === 0) before = certainty(step.fromRow, step.fromColumn);
    const after = certainty(step.toRow, step.toColumn);
    scores[k] = before * after;
    before = after;
  });
  return scores;
}
