/**
 * Aligns one stretch between pins: chooses where to search (the whole lattice when small, a band
 * around anchors otherwise, widened while the best path presses against its edge), runs the
 * search, and scores each pair. Indices in and out are the documents' own paragraph indices.
 */
import { anchorPoints } from './anchors.js';
import { BLOCK, coarsePath } from './coarse.js';
import { Band, bandAroundPoints, bandNearPath, connected, fullBand, rowsTouchingEdge, unionBand, widenAroundGaps, widenWhereTouched } from './band.js';
import { costThroughCells, stepScores } from './confidence.js';
import { sharedWeights } from './lexicon.js';
import type { AlignParams } from './params.js';
import type { PairProfile } from './profile.js';
import { lengthDelta, StretchScorer, type LengthModel } from './scorer.js';
import { searchForward, tracePath, type PathStep, type SearchResult } from './search.js';

export interface StretchPair {
  readonly source: number[];
  readonly target: number[];
  readonly score: number;
  /** Standardized length difference (0 for unpaired paragraphs). */
  readonly lengthDelta: number;
}

export interface StretchBounds {
  readonly s0: number;
  readonly s1: number;
  readonly t0: number;
  readonly t1: number;
}

export interface UnpairedPrefix {
  readonly source: Float64Array;
  readonly target: Float64Array;
}

/** How far from the best path (in lattice cells) the confidence pass looks for alternatives. */
const CONFIDENCE_REACH = 4;

/** The anchored band is added when it costs at most this many times the exhaustive-search size. */
const ANCHOR_BUDGET = 6;

/** Coarse points (blocks) on each side over which an omission's position is treated as uncertain. */
const COARSE_WINDOW = 16;

/** Cells on each side of the first path that a search with learned keys may move to (then widened as ever). */
const RESEARCH_REACH = CONFIDENCE_REACH;

/** Growth of the band while the path keeps touching its edge; the cell budget ends it earlier. */
const MAX_WIDENINGS = 5;


/** The band of paragraph pairs whose shared weight a lattice band can ask for (moves span up to three paragraphs). */
function pairBand(lattice: Band, sourceCount: number, targetCount: number): Band {
  const lo = new Int32Array(sourceCount);
  const hi = new Int32Array(sourceCount);
  for (let i = 0; i < sourceCount; i += 1) {
    lo[i] = Math.max(0, (lattice.lo[i + 1] ?? 0) - 3);
    hi[i] = Math.min(targetCount - 1, (lattice.hi[Math.min(sourceCount, i + 3)] ?? 0) - 1);
  }
  return new Band(lo, hi);
}

/** Per lattice row, the first and last column the path visits. */
function pathExtent(steps: readonly PathStep[], rows: number): { first: Int32Array; last: Int32Array } {
  const first = new Int32Array(rows).fill(-1);
  const last = new Int32Array(rows).fill(-1);
  const visit = (row: number, column: number) => {
    if ((first[row] ?? -1) < 0 || column < (first[row] ?? 0)) first[row] = column;
    if (column > (last[row] ?? -1)) last[row] = column;
  };
  visit(0, 0);
  for (const step of steps) {
    // A 3:1 move skips rows; the path crosses them at its starting column.
    for (let row = step.fromRow + 1; row < step.toRow; row += 1) visit(row, step.fromColumn);
    visit(step.toRow, step.toColumn);
  }
  return { first, last };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let x = from; x < to; x += 1) out.push(x);
  return out;
}

/** One stretch's search state, kept so the search can run again with a refitted length model. */
export class StretchAligner {
  private band: Band | undefined;
  private scorer: StretchScorer | undefined;
  private search: SearchResult | undefined;
  /** The band `search` covers. */
  private searchedBand: Band | undefined;
  private steps: PathStep[] = [];
  /** True once the band has been narrowed to the cells near a path (`keepNearPath`). */
  private narrowed = false;
  /** True when the band could not grow enough to leave the path free of its edge. */
  limited = false;

  /** The profile searches are scored with: the original one, or one with learned keys (`useProfile`). */
  private profile: PairProfile;

  constructor(
    /** Where to search is chosen on the original profile: its anchors are cached, and learned keys are for scoring. */
    private readonly original: PairProfile,
    private readonly params: AlignParams,
    readonly bounds: StretchBounds,
    private readonly unpaired: UnpairedPrefix,
  ) {
    this.profile = original;
  }

  /** True when the whole lattice is searched (small stretches). */
  get exhaustive(): boolean {
    return (this.n + 1) * (this.m + 1) <= this.params.exhaustiveCells;
  }

  private get n(): number {
    return this.bounds.s1 - this.bounds.s0;
  }

  private get m(): number {
    return this.bounds.t1 - this.bounds.t0;
  }

  /** Finds the best path under `model`, widening the band while the path touches its edge. */
  align(model: LengthModel, onRow: (row: number) => void): void {
    const { n, m, params } = this;
    // With one side empty there is only one alignment: everything unpaired.
    if (n === 0 || m === 0) return;
    const rows = n + 1;
    const columns = m + 1;
    const exhaustive = rows * columns <= params.exhaustiveCells;
    const { s0, s1, t0, t1 } = this.bounds;
    if (!this.band) {
      if (exhaustive) this.band = fullBand(rows, columns);
      else {
        // Anchors (paragraph pairs sharing rare or many keys) mark where the path passes; between two
        // of them the corridor holds their whole imbalance, so an omission between anchors stays
        // inside it at any scale. Without anchors this is the diagonal band.
        const points = anchorPoints(this.original, s0, s1, t0, t1);
        const anchored = bandAroundPoints(points, rows, columns, params.bandWidth);
        const corridor = anchored.cells <= ANCHOR_BUDGET * params.exhaustiveCells ? anchored : undefined;
        // A corridor no wider than the coarse band would be is the band by itself: its anchors leave
        // the path little room, and where the path presses on its edge it widens as any band does
        // (on the 30k bench case 0.74M cells against 1.2M with the coarse band, the same alignment).
        if (corridor && corridor.cells <= rows * 2 * (params.bandWidth + BLOCK)) this.band = corridor;
        else {
          // Otherwise a coarse path by length is searched inside the corridor when it is affordable;
          // the band allows for its block-sized steps, and for omissions it may have placed a little
          // early or late; within the corridor, however far: the whole corridor is allowed.
          const coarse = coarsePath(this.original, params, model, s0, s1, t0, t1, corridor);
          const band = widenAroundGaps(bandAroundPoints(coarse, rows, columns, params.bandWidth + BLOCK), coarse, columns, COARSE_WINDOW, params.bandWidth);
          this.band = corridor ? unionBand(band, corridor, columns) : band;
        }
      }
    }
    this.limited = false;
    for (let attempt = 0; ; attempt += 1) {
      const band = this.band;
      this.scorer ??= this.scorerFor(band);
      // The last search's tables are reused when it covered this band (a refit's search again).
      const previous = this.search && this.searchedBand === band ? this.search : undefined;
      this.search = searchForward(band, this.scorer, model, params, attempt === 0 ? onRow : () => undefined, previous);
      this.searchedBand = band;
      this.steps = tracePath(band, this.search.back);
      if (exhaustive) return;
      const { first, last } = pathExtent(this.steps, rows);
      const touched = rowsTouchingEdge(band, first, last, columns);
      if (!touched.includes(1)) return;
      const reach = (params.bandWidth + BLOCK) * 2 ** (attempt + 1);
      const wider = widenWhereTouched(band, first, last, touched, columns, reach, 2 * reach);
      if (attempt >= MAX_WIDENINGS || wider.cells > params.maxCells) {
        this.limited = true;
        return;
      }
      this.band = wider;
      this.scorer = undefined;
    }
  }

  /**
   * Scores the next search with `profile` (the same texts, with more keys). Beyond the exhaustive
   * size the band shrinks to the cells near the last path: more evidence moves boundaries locally,
   * the path already knows where whole sections are missing, and a book is not searched twice in full.
   */
  useProfile(profile: PairProfile): void {
    this.profile = profile;
    this.scorer = undefined;
    this.keepNearPath();
  }

  /**
   * Beyond the exhaustive size, the next search keeps to the cells near the last path (and widens
   * where its path presses on the edge, as ever): new words or a refitted length model move
   * boundaries locally, and a book is not searched twice in full.
   */
  keepNearPath(): void {
    const band = this.band;
    if (!band || this.exhaustive) return;
    const { first, last } = pathExtent(this.steps, band.rows);
    const near = bandNearPath(band, first, last, RESEARCH_REACH);
    this.band = connected(near.lo, near.hi, this.m + 1);
    this.scorer = undefined;
    this.narrowed = true;
  }

  private scorerFor(band: Band): StretchScorer {
    const { s0, t0 } = this.bounds;
    const shareBand = pairBand(band, this.n, this.m);
    const { learned, weights } = this.profile;
    const shared = sharedWeights(shareBand, this.profile.source.keys, this.profile.targetIndex, weights, s0, t0);
    if (learned) sharedWeights(shareBand, learned.source, learned.targetIndex, weights, s0, t0, shared);
    // A book's first band is searched once: a refit or new words search again near the path, in a band of its own.
    const keepRows = this.exhaustive || this.narrowed;
    return new StretchScorer(this.profile, this.params, band, s0, t0, shared, shareBand, this.unpaired.source, this.unpaired.target, keepRows);
  }

  /** The pairs of the last search, in document indices, without scores: enough to refit the length model. */
  pathPairs(): { source: number[]; target: number[] }[] {
    const { s0, s1, t0, t1 } = this.bounds;
    if (this.n === 0 || this.m === 0) return [...range(s0, s1).map((i) => ({ source: [i], target: [] })), ...range(t0, t1).map((j) => ({ source: [], target: [j] }))];
    return this.steps.map((step) => ({ source: range(s0 + step.fromRow, s0 + step.toRow), target: range(t0 + step.fromColumn, t0 + step.toColumn) }));
  }

  /**
   * 1:1 pairs of the last search flanked by 1:1 pairs, as [source, target] document indices: the
   * part of a first alignment least likely to be wrong. Read off the path, with no pair lists built.
   */
  steadyOneToOne(): [number, number][] {
    const steady: [number, number][] = [];
    const { s0, t0 } = this.bounds;
    const steps = this.steps;
    const isOneToOne = (step: PathStep | undefined) => step !== undefined && step.toRow - step.fromRow === 1 && step.toColumn - step.fromColumn === 1;
    steps.forEach((step, k) => {
      if (isOneToOne(step) && isOneToOne(steps[k - 1]) && isOneToOne(steps[k + 1])) steady.push([s0 + step.fromRow, t0 + step.fromColumn]);
    });
    return steady;
  }

  /** The pairs of the last search with their confidence and length deviation (runs the backward pass). */
  scoredPairs(model: LengthModel, onRow: (row: number) => void): StretchPair[] {
    const { band, scorer, search } = this;
    if (!band || !scorer || !search) return this.pathPairs().map((pair) => ({ ...pair, score: 1, lengthDelta: 0 }));
    const { first, last } = pathExtent(this.steps, band.rows);
    const near = bandNearPath(band, first, last, CONFIDENCE_REACH);
    const through = costThroughCells(band, near, scorer, model, this.params, search, onRow);
    const scores = stepScores(near, through, search.total, this.steps);
    const { source, target } = this.profile;
    const { s0, t0 } = this.bounds;
    // One object per pair: a book has tens of thousands, and every copy survives into the result.
    return this.steps.map((step, k) => {
      const from = s0 + step.fromRow;
      const to = s0 + step.toRow;
      const fromColumn = t0 + step.fromColumn;
      const toColumn = t0 + step.toColumn;
      const paired = to > from && toColumn > fromColumn;
      const s = paired ? (source.length[to] ?? 0) - (source.length[from] ?? 0) : 0;
      const t = paired ? (target.length[toColumn] ?? 0) - (target.length[fromColumn] ?? 0) : 0;
      return { source: range(from, to), target: range(fromColumn, toColumn), score: scores[k] ?? 0, lengthDelta: paired ? lengthDelta(model, s, t) : 0 };
    });
  }
}
