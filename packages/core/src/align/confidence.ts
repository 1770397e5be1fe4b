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
import type { LengthModel, StretchScorer } from './scorer.js';
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
  for (let I = rows - 1; I >= 0; I -= 1) {
    const lo = band.lo[I] ?? 0;
    const hi = band.hi[I] ?? -1;
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
        const toCell = searched.index(toRow, toColumn);
        if (toCell < 0) continue;
        const value = after + scorer.cost(model, toCell, toRow, toColumn, k);
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
 * over the neighbouring points the path does not visit.
 */
function boundaryCertainty(band: Band, through: Float32Array, total: number, row: number, column: number, onPath: (row: number, column: number) => boolean): number {
  let odds = 0;
  const neighbours = [
    [row - 1, column],
    [row + 1, column],
    [row, column - 1],
    [row, column + 1],
  ] as const;
  for (const [r, c] of neighbours) {
    if (onPath(r, c)) continue;
    const at = band.index(r, c);
    if (at < 0) continue;
    const margin = (through[at] ?? Infinity) - total;
    if (margin < 40) odds += Math.exp(-Math.max(0, margin));
  }
  return 1 / (1 + odds);
}

/** A score in 0..1 for each step of the path: the certainty of both of its boundaries. */
export function stepScores(band: Band, through: Float32Array, total: number, steps: readonly PathStep[]): number[] {
  const visited = new Set<number>();
  const lastRow = band.rows - 1;
  const lastColumn = band.hi[lastRow] ?? 0;
  // Neighbours may lie one past either edge; a stride two wider keeps every key distinct.
  const key = (row: number, column: number) => (row + 1) * (lastColumn + 3) + column + 1;
  visited.add(key(0, 0));
  for (const step of steps) visited.add(key(step.toRow, step.toColumn));
  const onPath = (row: number, column: number) => visited.has(key(row, column));
  const certainty = (row: number, column: number) =>
    (row === 0 && column === 0) || (row === lastRow && column === lastColumn) ? 1 : boundaryCertainty(band, through, total, row, column, onPath);
  return steps.map((step) => certainty(step.fromRow, step.fromColumn) * certainty(step.toRow, step.toColumn));
}
