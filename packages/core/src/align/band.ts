/**
 * The search band: for each row of the alignment lattice, the range of columns the dynamic
 * program may visit. Built around anchors (or the diagonal), widened where the best path presses
 * against its edge. A band is a plan for where to look; it never decides an alignment.
 */

export class Band {
  /** Index of each row's first cell in a flat array; `start[rows]` is the total number of cells. */
  readonly start: Float64Array;

  constructor(
    /** Row r covers columns `lo[r] ..= hi[r]`. */
    readonly lo: Int32Array,
    readonly hi: Int32Array,
  ) {
    const rows = lo.length;
    this.start = new Float64Array(rows + 1);
    for (let r = 0; r < rows; r += 1) this.start[r + 1] = (this.start[r] ?? 0) + Math.max(0, (hi[r] ?? 0) - (lo[r] ?? 0) + 1);
  }

  get rows(): number {
    return this.lo.length;
  }

  get cells(): number {
    return this.start[this.lo.length] ?? 0;
  }

  /** Flat index of (row, column), or -1 outside the band. */
  index(row: number, column: number): number {
    const lo = this.lo[row];
    const hi = this.hi[row];
    if (lo === undefined || hi === undefined || column < lo || column > hi) return -1;
    return (this.start[row] ?? 0) + column - lo;
  }
}

/** A point the path is believed to pass through: lattice cell (row, column). */
export interface LatticePoint {
  readonly row: number;
  readonly column: number;
}

/**
 * Lattice rows 0..rows-1 (so `rows = sourceCount + 1`), columns 0..columns-1. Between consecutive
 * points the band follows the straight line, `halfWidth` to each side plus the imbalance between
 * the two points (within the columns they span, `halfWidth` beyond), so a run of omitted
 * paragraphs anywhere between them stays within reach.
 */
export function bandAroundPoints(points: readonly LatticePoint[], rows: number, columns: number, halfWidth: number): Band {
  const lo = new Int32Array(rows).fill(columns);
  const hi = new Int32Array(rows).fill(-1);
  const path = [{ row: 0, column: 0 }, ...points, { row: rows - 1, column: columns - 1 }];
  for (let k = 1; k < path.length; k += 1) {
    const from = path[k - 1];
    const to = path[k];
    if (!from || !to || to.row < from.row || to.column < from.column) continue;
    const height = to.row - from.row;
    const width = to.column - from.column;
    const reach = halfWidth + Math.abs(width - height);
    for (let row = from.row; row <= to.row; row += 1) {
      const centre = height === 0 ? from.column : from.column + ((row - from.row) * width) / height;
      const left = height === 0 ? from.column : centre;
      const right = height === 0 ? to.column : centre;
      // A path between the two points stays within their columns: the rectangle bounds the reach.
      lo[row] = Math.min(lo[row] ?? columns, Math.max(Math.floor(left - reach), from.column - halfWidth));
      hi[row] = Math.max(hi[row] ?? -1, Math.min(Math.ceil(right + reach), to.column + halfWidth));
    }
  }
  return connected(lo, hi, columns);
}

/**
 * `band` grown where a coarse path is unsure: wherever, within `window` points, the coarse path
 * gains or loses paragraphs on one side (an omission, a run of merges), it may have put that change
 * a little early or late, so every row in the window gets that imbalance of extra room each way.
 * Imbalances up to `tolerated` are already within the band's own width.
 */
export function widenAroundGaps(band: Band, points: readonly LatticePoint[], columns: number, window: number, tolerated: number): Band {
  const rows = band.rows;
  const path = [{ row: 0, column: 0 }, ...points];
  const reach = new Int32Array(rows);
  for (let k = 0; k < path.length; k += 1) {
    const from = path[Math.max(0, k - window)] ?? { row: 0, column: 0 };
    const to = path[Math.min(path.length - 1, k + window)] ?? from;
    const imbalance = Math.abs(to.column - from.column - (to.row - from.row));
    if (imbalance <= tolerated) continue;
    for (let row = from.row; row <= Math.min(rows - 1, to.row); row += 1) if ((reach[row] ?? 0) < imbalance) reach[row] = imbalance;
  }
  const lo = Int32Array.from(band.lo, (value, row) => value - (reach[row] ?? 0));
  const hi = Int32Array.from(band.hi, (value, row) => value + (reach[row] ?? 0));
  return connected(lo, hi, columns);
}

/**
 * `band` grown where the path pressed against its edge: rows within `spread` of a touching row get
 * the path ± `reach` added. Elsewhere the band stays as it was, so a local difficulty costs local work.
 */
export function widenWhereTouched(band: Band, first: Int32Array, last: Int32Array, touched: Uint8Array, columns: number, reach: number, spread: number): Band {
  const rows = band.rows;
  const lo = Int32Array.from(band.lo);
  const hi = Int32Array.from(band.hi);
  // Distance to the nearest touching row, in one pass each way.
  const near = new Uint8Array(rows);
  let since = Infinity;
  for (let row = 0; row < rows; row += 1) {
    since = (touched[row] ?? 0) === 1 ? 0 : since + 1;
    if (since <= spread) near[row] = 1;
  }
  since = Infinity;
  for (let row = rows - 1; row >= 0; row -= 1) {
    since = (touched[row] ?? 0) === 1 ? 0 : since + 1;
    if (since <= spread) near[row] = 1;
  }
  for (let row = 0; row < rows; row += 1) {
    if ((near[row] ?? 0) === 0) continue;
    lo[row] = Math.min(lo[row] ?? 0, (first[row] ?? 0) - reach);
    hi[row] = Math.max(hi[row] ?? 0, (last[row] ?? 0) + reach);
  }
  return connected(lo, hi, columns);
}

/** The cells of `outer` within `halfWidth` of a path (given per row as first and last column). */
export function bandNearPath(outer: Band, first: Int32Array, last: Int32Array, halfWidth: number): Band {
  const rows = outer.rows;
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  for (let row = 0; row < rows; row += 1) {
    lo[row] = Math.max(outer.lo[row] ?? 0, (first[row] ?? 0) - halfWidth);
    hi[row] = Math.min(outer.hi[row] ?? 0, (last[row] ?? 0) + halfWidth);
  }
  return new Band(lo, hi);
}

/** The union of two bands over the same lattice. */
export function unionBand(a: Band, b: Band, columns: number): Band {
  const lo = Int32Array.from(a.lo, (value, row) => Math.min(value, b.lo[row] ?? value));
  const hi = Int32Array.from(a.hi, (value, row) => Math.max(value, b.hi[row] ?? value));
  return connected(lo, hi, columns);
}

/** Every cell of the lattice: for stretches small enough to search exhaustively. */
export function fullBand(rows: number, columns: number): Band {
  return new Band(new Int32Array(rows), new Int32Array(rows).fill(columns - 1));
}

/**
 * Clips to the lattice and makes the band passable: both edges never move left, row 0 starts at
 * column 0, the last row ends at the last column, and consecutive rows share a column.
 */
export function connected(lo: Int32Array, hi: Int32Array, columns: number): Band {
  const rows = lo.length;
  lo[0] = 0;
  hi[rows - 1] = columns - 1;
  for (let row = 0; row < rows; row += 1) {
    lo[row] = Math.max(0, Math.min(columns - 1, lo[row] ?? 0));
    hi[row] = Math.max(0, Math.min(columns - 1, hi[row] ?? 0));
  }
  for (let row = 1; row < rows; row += 1) hi[row] = Math.max(hi[row] ?? 0, hi[row - 1] ?? 0);
  for (let row = rows - 2; row >= 0; row -= 1) lo[row] = Math.min(lo[row] ?? 0, lo[row + 1] ?? 0);
  for (let row = 1; row < rows; row += 1) lo[row] = Math.min(lo[row] ?? 0, hi[row - 1] ?? 0);
  return new Band(lo, hi);
}

/** Rows where the path runs along an edge of the band that is not the edge of the lattice (1), else 0. */
export function rowsTouchingEdge(band: Band, first: Int32Array, last: Int32Array, columns: number): Uint8Array {
  const touched = new Uint8Array(band.rows);
  for (let row = 0; row < band.rows; row += 1) {
    const lo = band.lo[row] ?? 0;
    const hi = band.hi[row] ?? 0;
    if ((lo > 0 && (first[row] ?? 0) <= lo) || (hi < columns - 1 && (last[row] ?? 0) >= hi)) touched[row] = 1;
  }
  return touched;
}
