/**
 * The cost of one candidate pair: a Gale–Church length term with the length ratio taken from the
 * texts, anchor keys shared and missing, punctuation shape, and the parser's page-break
 * continuations. Lower is better; every term is in nats. Everything but the length term is
 * tabulated once per band cell and move, so re-running the search with a refitted length model
 * costs only arithmetic. It reads profiles and never allocates per call.
 */
import type { Band } from './band.js';
import { MOVES, type AlignParams } from './params.js';
import type { PairProfile, SideProfile } from './profile.js';

/** A block of a few characters still has some length uncertainty: keeps the variance away from zero. */
const LENGTH_FLOOR = 12;

export interface LengthModel {
  /** Expected target length per source character. */
  readonly ratio: number;
  /** Variance of the length difference per character. */
  readonly variance: number;
}

export class StretchScorer {
  private readonly source: SideProfile;
  private readonly target: SideProfile;
  /** Per band cell and move (cell * MOVES.length + move): every cost term except length; Infinity where the move is impossible. */
  readonly fixed: Float32Array;

  constructor(
    profile: PairProfile,
    private readonly params: AlignParams,
    private readonly band: Band,
    /** First source and target paragraph of the stretch: lattice (I, J) ends at paragraphs sourceOffset + I - 1, targetOffset + J - 1. */
    private readonly sourceOffset: number,
    private readonly targetOffset: number,
    /** Shared anchor weight per paragraph pair, laid out like `sharedBand` in stretch coordinates. */
    private readonly shared: Float32Array,
    private readonly sharedBand: Band,
    /** Prefix sums of paragraphs a one-sided pin keeps unpaired: no pair may contain them. */
    private readonly unpairedSource: Float64Array,
    private readonly unpairedTarget: Float64Array,
  ) {
    this.source = profile.source;
    this.target = profile.target;
    this.fixed = this.tabulate();
  }

  /** The full cost of the move ending at band cell `at` = lattice (I, J). */
  cost(model: LengthModel, at: number, I: number, J: number, move: number): number {
    const fixed = this.fixed[at * MOVE_COUNT + move] ?? Infinity;
    if (fixed === Infinity) return Infinity;
    const s1 = this.sourceOffset + I;
    const t1 = this.targetOffset + J;
    const sourceLength = (this.source.length[s1] ?? 0) - (this.source.length[s1 - (MOVE_A[move] ?? 1)] ?? 0);
    const targetLength = (this.target.length[t1] ?? 0) - (this.target.length[t1 - (MOVE_B[move] ?? 1)] ?? 0);
    return fixed + lengthCost(model, sourceLength, targetLength);
  }

  private tabulate(): Float32Array {
    const band = this.band;
    const fixed = new Float32Array(band.cells * MOVE_COUNT).fill(Infinity);
    // Shared weights of the 3×3 paragraph pairs ending at the cell: near[r * 3 + c] is paragraph
    // pair (I - 1 - r, J - 1 - c). Every move's block is a corner of this square.
    const near = new Float64Array(9);
    for (let I = 0; I < band.rows; I += 1) {
      const lo = band.lo[I] ?? 0;
      const hi = band.hi[I] ?? -1;
      const rowStart = (band.start[I] ?? 0) - lo;
      for (let J = lo; J <= hi; J += 1) {
        let any = 0;
        for (let r = 0; r < 3; r += 1) {
          for (let c = 0; c < 3; c += 1) {
            const value = I - 1 - r >= 0 && J - 1 - c >= 0 ? this.pairShared(I - 1 - r, J - 1 - c) : 0;
            near[r * 3 + c] = value;
            any += value;
          }
        }
        for (let k = 0; k < MOVE_COUNT; k += 1) {
          const a = MOVE_A[k] ?? 1;
          const b = MOVE_B[k] ?? 1;
          if (I < a || J < b) continue;
          const fromRow = I - a;
          const fromColumn = J - b;
          if (fromColumn < (band.lo[fromRow] ?? 0) || fromColumn > (band.hi[fromRow] ?? -1)) continue;
          const shared = any === 0 ? 0 : this.blockShared(near, I, J, a, b);
          fixed[(rowStart + J) * MOVE_COUNT + k] = this.fixedCost(I, J, k, shared);
        }
      }
    }
    return fixed;
  }

  /** Every term of a move's cost except length: shape prior, anchors, punctuation, continuations. */
  private fixedCost(I: number, J: number, move: number, shared: number): number {
    const a = MOVE_A[move] ?? 1;
    const b = MOVE_B[move] ?? 1;
    const s1 = this.sourceOffset + I;
    const s0 = s1 - a;
    const t1 = this.targetOffset + J;
    const t0 = t1 - b;
    if (span(this.unpairedSource, s0, s1) > 0 || span(this.unpairedTarget, t0, t1) > 0) return Infinity;
    const { source, target, params } = this;
    let cost = params.moveCost[move] ?? 0;

    const sourceWeight = span(source.keyWeight, s0, s1);
    const targetWeight = span(target.keyWeight, t0, t1);
    cost += params.missingCost * (Math.max(0, sourceWeight - shared) + Math.max(0, targetWeight - shared)) - params.sharedBonus * shared;

    const punctuation =
      Math.abs(span(source.questions, s0, s1) - span(target.questions, t0, t1)) +
      Math.abs(span(source.exclamations, s0, s1) - span(target.exclamations, t0, t1));
    cost += params.punctuationCost * Math.min(3, punctuation);
    if ((source.dialogue[s0] ?? 0) !== (target.dialogue[t0] ?? 0)) cost += params.dialogueCost;

    // A paragraph the parser marked as continuing across a page break belongs with the next one.
    const mergeCost = params.moveCost[1] ?? 0;
    for (let i = s0; i < s1 - 1; i += 1) if ((source.continues[i] ?? 0) === 1) cost -= mergeCost;
    for (let j = t0; j < t1 - 1; j += 1) if ((target.continues[j] ?? 0) === 1) cost -= mergeCost;
    return cost;
  }

  /** Shared anchor weight of one paragraph pair, stretch coordinates (0 outside the band). */
  private pairShared(i: number, j: number): number {
    const band = this.sharedBand;
    const lo = band.lo[i];
    if (lo === undefined || j < lo || j > (band.hi[i] ?? -1)) return 0;
    return this.shared[(band.start[i] ?? 0) + j - lo] ?? 0;
  }

  /**
   * Shared anchor weight of the a×b block ending at lattice (I, J), counting a key once per
   * paragraph on the side where it occurs less often (a multiset intersection). Summing pair
   * weights alone would count a key found in two merged paragraphs twice, and reward merging
   * neighbours that merely share a common key.
   */
  private blockShared(near: Float64Array, I: number, J: number, a: number, b: number): number {
    let total = 0;
    for (let r = 0; r < a; r += 1) for (let c = 0; c < b; c += 1) total += near[r * 3 + c] ?? 0;
    if ((a === 1 && b === 1) || total === 0) return total;
    // Neighbours within a block share some keys; each such key is counted at most once too often per neighbour pair.
    for (let r = 0; r + 1 < a; r += 1) {
      let here = 0; // paragraph I - 1 - r
      let before = 0; // paragraph I - 2 - r
      for (let c = 0; c < b; c += 1) {
        here += near[r * 3 + c] ?? 0;
        before += near[(r + 1) * 3 + c] ?? 0;
      }
      total -= Math.min(this.source.neighbourWeight[this.sourceOffset + I - 2 - r] ?? 0, here, before);
    }
    for (let c = 0; c + 1 < b; c += 1) {
      let here = 0;
      let before = 0;
      for (let r = 0; r < a; r += 1) {
        here += near[r * 3 + c] ?? 0;
        before += near[r * 3 + c + 1] ?? 0;
      }
      total -= Math.min(this.target.neighbourWeight[this.targetOffset + J - 2 - c] ?? 0, here, before);
    }
    return Math.max(0, total);
  }
}

const MOVE_COUNT = MOVES.length;
const MOVE_A = Int32Array.from(MOVES, ([a]) => a);
const MOVE_B = Int32Array.from(MOVES, ([, b]) => b);

/** Gale–Church: the length difference, scaled by its expected spread, costs δ²/2. */
export function lengthCost(model: LengthModel, sourceLength: number, targetLength: number): number {
  const expected = model.ratio * sourceLength;
  const difference = targetLength - expected;
  return (difference * difference) / (2 * model.variance * ((expected + targetLength) / 2 + LENGTH_FLOOR));
}

/** Standardized length difference of a block (positive: the target is longer than expected). */
export function lengthDelta(model: LengthModel, sourceLength: number, targetLength: number): number {
  const expected = model.ratio * sourceLength;
  return (targetLength - expected) / Math.sqrt(model.variance * ((expected + targetLength) / 2 + LENGTH_FLOOR));
}

/** Sum of paragraphs [from, to) from prefix sums. */
function span(prefix: Float64Array, from: number, to: number): number {
  return (prefix[to] ?? 0) - (prefix[from] ?? 0);
}
