/**
 * The cost of one candidate pair: a Gale–Church length term with the length ratio taken from the
 * texts, anchor keys shared and missing, punctuation shape, and the parser's page-break
 * continuations. Lower is better; every term is in nats. Everything but the length term is
 * computed a band row at a time into the caller's buffer when a pass reaches that row, and kept
 * (30 MB for a book's band) so that the search after a refit and the confidence pass copy it
 * instead of working it out again. It reads profiles and never allocates per call.
 */
import type { Band } from './band.js';
import { MOVES, type AlignParams } from './params.js';
import type { PairProfile, SideProfile } from './profile.js';

/** A block of a few characters still has some length uncertainty: keeps the variance away from zero. */
export const LENGTH_FLOOR = 12;
/**
 * Bands up to this many cells keep every row's fixed costs (4 bytes a move): a refit's second
 * search and the confidence pass then copy rows instead of computing them, which costs a third
 * as much; a larger band, which the search reaches only where texts are hard, computes again.
 */
const KEPT_CELLS = 4_000_000;
/** Less than a merge costs, so a fragment never makes a merge free: it only decides which way a needed merge goes. */
const FRAGMENT_BONUS = 1;
/** A merged paragraph's unmatched weight counts up to this many nats: a long paragraph is no surer to be left out. */
const UNCOVERED_CAP = 3;

export interface LengthModel {
  /** Expected target length per source character. */
  readonly ratio: number;
  /** Variance of the length difference per character. */
  readonly variance: number;
}

export class StretchScorer {
  private readonly source: SideProfile;
  private readonly target: SideProfile;
  /** Extra cost of leaving the paragraph that ends at lattice row I (column J) unpaired (none at present; kept per paragraph for pins and tuning). */
  readonly sourceGapCost: Float64Array;
  readonly targetGapCost: Float64Array;
  /** Per-side block terms (see `blockTerms`), worked out once. */
  private readonly src: BlockTerms;
  private readonly tgt: BlockTerms;
  private readonly moveCost: Float64Array;
  /** The speech term's weight for this pair of texts (see `speechAgreement`). */
  private readonly speechCost: number;
  /** Each side's `neighbourWeight` from the stretch's first paragraph on: stretch indices, one load fewer per read. */
  private readonly sourceNeighbour: Float64Array;
  private readonly targetNeighbour: Float64Array;
  /** Every band row's fixed costs once computed, laid out like the band times MOVES.length (bands up to KEPT_CELLS). */
  private readonly kept: Float32Array | undefined;
  /** 1 for the band rows whose costs `kept` holds. */
  private readonly keptRows: Uint8Array;
  /** Scratch for `fillRow`: shared weights of the 3×3 paragraph pairs ending at a cell, and per-row bounds. */
  private readonly near = new Float64Array(9);
  private readonly pairLos = new Int32Array(3);
  private readonly pairHis = new Int32Array(3);
  private readonly pairRows = new Float64Array(3);
  private readonly fromLo = new Float64Array(MOVE_COUNT);
  /** Per move, the source block's terms for the row `computeRow` is on (ROW_TERMS each). */
  private readonly rowSource = new Float64Array(MOVE_COUNT * ROW_TERMS);
  private readonly fromHi = new Float64Array(MOVE_COUNT);

  constructor(
    profile: PairProfile,
    private readonly params: AlignParams,
    readonly band: Band,
    /** First source and target paragraph of the stretch: lattice (I, J) ends at paragraphs sourceOffset + I - 1, targetOffset + J - 1. */
    private readonly sourceOffset: number,
    private readonly targetOffset: number,
    /** Shared anchor weight per paragraph pair, laid out like `sharedBand` in stretch coordinates. */
    private readonly shared: Float32Array,
    private readonly sharedBand: Band,
    /** Prefix sums of paragraphs a one-sided pin keeps unpaired: no pair may contain them. */
    private readonly unpairedSource: Float64Array,
    private readonly unpairedTarget: Float64Array,
    /** Keep each row's fixed costs for later passes (a band searched once is better off without the memory). */
    keepRows = true,
  ) {
    this.source = profile.source;
    this.target = profile.target;
    const rows = band.rows;
    const columns = (band.hi[rows - 1] ?? 0) + 1;
    this.src = this.blockTerms(this.source, this.sourceOffset, rows - 1, this.unpairedSource);
    this.tgt = this.blockTerms(this.target, this.targetOffset, columns - 1, this.unpairedTarget);
    this.moveCost = Float64Array.from(this.params.moveCost);
    this.speechCost = this.params.speechCost * speechAgreement(this.source, this.target);
    this.kept = keepRows && band.cells <= KEPT_CELLS ? new Float32Array(band.cells * MOVE_COUNT) : undefined;
    this.keptRows = new Uint8Array(this.kept ? rows : 0);
    this.sourceNeighbour = this.source.neighbourWeight.subarray(sourceOffset);
    this.targetNeighbour = this.target.neighbourWeight.subarray(targetOffset);
    // An unpaired paragraph pays only the gap prior: its keys have no counterpart to miss, which
    // is what lets the anchors of a wrong pair argue for leaving a paragraph out.
    this.sourceGapCost = new Float64Array(rows);
    this.targetGapCost = new Float64Array(columns);
  }

  /** The widest band row, in cells: callers size their row buffers (times MOVES.length) by it. */
  get widestRow(): number {
    let widest = 0;
    for (let r = 0; r < this.band.rows; r += 1) widest = Math.max(widest, (this.band.hi[r] ?? -1) - (this.band.lo[r] ?? 0) + 1);
    return widest;
  }

  /**
   * Lengths of the source blocks a move can take, flat by (size - 1) * rows + I: the block of
   * `size` paragraphs ending at lattice row I (0 where there is no such block).
   */
  sourceBlockLengths(): Float64Array {
    return blockLengths(this.source.length, this.sourceOffset, this.band.rows);
  }

  /** The same for target blocks, flat by (size - 1) * columns + J. */
  targetBlockLengths(): Float64Array {
    return blockLengths(this.target.length, this.targetOffset, (this.band.hi[this.band.rows - 1] ?? 0) + 1);
  }

  /**
   * Per-side terms of every block a move can pair, flat by (size - 1) * (count + 1) + end: anchor
   * weight, question and exclamation marks, the continuation bonus, and whether a one-sided pin
   * forbids the block (as Infinity).
   */
  private blockTerms(side: SideProfile, offset: number, count: number, unpaired: Float64Array): BlockTerms {
    const width = count + 1;
    const weight = new Float64Array(3 * width);
    const questions = new Float64Array(3 * width);
    const exclamations = new Float64Array(3 * width);
    const sentences = new Float64Array(3 * width);
    const speeches = new Float64Array(3 * width);
    const extra = new Float64Array(3 * width);
    const fragment = new Float64Array(3 * width);
    const mergeCost = this.params.moveCost[1] ?? 0;
    for (let size = 1; size <= 3; size += 1) {
      for (let end = size; end <= count; end += 1) {
        const at = (size - 1) * width + end;
        const g1 = offset + end;
        const g0 = g1 - size;
        weight[at] = span(side.keyWeight, g0, g1);
        questions[at] = span(side.questions, g0, g1);
        exclamations[at] = span(side.exclamations, g0, g1);
        sentences[at] = span(side.sentences, g0, g1);
        speeches[at] = span(side.speeches, g0, g1);
        let continued = 0;
        // A paragraph the parser marked as continuing across a page break belongs with the next one.
        for (let g = g0; g < g1 - 1; g += 1) continued += side.continues[g] ?? 0;
        extra[at] = span(unpaired, g0, g1) > 0 ? Infinity : -continued * mergeCost;
        // So, less surely, does a fragment that opens a block: a heading, a speaker's label, a
        // connective such as "Now, therefore," — when it must join a neighbour, it joins the next.
        if (size > 1 && (side.fragment[g0] ?? 0) === 1) fragment[at] = FRAGMENT_BONUS;
      }
    }
    // A paragraph's own anchor weight, known words included, capped: what `uncoveredWeight` adds when it goes unmatched.
    const uncovered = new Float64Array(count);
    for (let p = 0; p < count; p += 1) {
      const g = offset + p;
      const own = span(side.keyWeight, g, g + 1) + span(side.unmatchedWeight, g, g + 1);
      uncovered[p] = own > 0 ? (own < UNCOVERED_CAP ? own : UNCOVERED_CAP) : 0;
    }
    return { width, weight, questions, exclamations, sentences, speeches, extra, fragment, uncovered };
  }

  /**
   * Every cost term but length, for the moves ending at lattice row I, columns lo..hi (inside the
   * band): out[(J - lo) * MOVES.length + move], Infinity where the move is impossible.
   */
  fillRow(I: number, lo: number, hi: number, out: Float32Array): void {
    const kept = this.kept;
    if (!kept) {
      this.computeRow(I, lo, hi, out);
      return;
    }
    const rowLo = this.band.lo[I] ?? 0;
    const rowStart = (this.band.start[I] ?? 0) * MOVE_COUNT;
    const length = (hi - lo + 1) * MOVE_COUNT;
    if (this.keptRows[I] === 1) {
      const from = rowStart + (lo - rowLo) * MOVE_COUNT;
      for (let x = 0; x < length; x += 1) out[x] = kept[from + x] ?? Infinity;
      return;
    }
    this.computeRow(I, lo, hi, out);
    if (lo === rowLo && hi === (this.band.hi[I] ?? -1)) {
      for (let x = 0; x < length; x += 1) kept[rowStart + x] = out[x] ?? Infinity;
      this.keptRows[I] = 1;
    }
  }

  /** `fillRow`, worked out. */
  private computeRow(I: number, lo: number, hi: number, out: Float32Array): void {
    const band = this.band;
    const { src, tgt, moveCost, near, pairLos, pairHis, pairRows, fromLo, fromHi } = this;
    const { missingCost, sharedBonus, punctuationCost, sentenceCost, dialogueCost, uncoveredCost, unsharedPairCost } = this.params;
    const speechCost = this.speechCost;
    const dialogueS = this.source.dialogue;
    const dialogueT = this.target.dialogue;
    const { sourceOffset, targetOffset, shared: pairWeights } = this;
    const pairs = this.sharedBand;
    // Columns each move may start from: the band of the row it starts in. And each move's source
    // block terms, which do not change along the row: read once here, not once a cell.
    const rowSource = this.rowSource;
    for (let k = 0; k < MOVE_COUNT; k += 1) {
      const a = MOVE_A[k] ?? 1;
      const fromRow = I - a;
      fromLo[k] = fromRow >= 0 ? (band.lo[fromRow] ?? 0) + (MOVE_B[k] ?? 1) : Infinity;
      fromHi[k] = fromRow >= 0 ? (band.hi[fromRow] ?? -1) + (MOVE_B[k] ?? 1) : -Infinity;
      const s = (a - 1) * src.width + I;
      const at = k * ROW_TERMS;
      rowSource[at] = src.extra[s] ?? 0;
      rowSource[at + 1] = src.weight[s] ?? 0;
      rowSource[at + 2] = src.questions[s] ?? 0;
      rowSource[at + 3] = src.exclamations[s] ?? 0;
      rowSource[at + 4] = src.sentences[s] ?? 0;
      rowSource[at + 5] = src.speeches[s] ?? 0;
      rowSource[at + 6] = src.fragment[s] ?? 0;
      rowSource[at + 7] = dialogueS[sourceOffset + fromRow] ?? 0;
    }
    // The shared-weight band rows of the three paragraphs above the row.
    for (let r = 0; r < 3; r += 1) {
      const i = I - 1 - r;
      pairLos[r] = pairs.lo[i] ?? 0;
      pairHis[r] = i >= 0 ? (pairs.hi[i] ?? -1) : -1;
      pairRows[r] = (pairs.start[i] ?? 0) - (pairLos[r] ?? 0);
    }
    // near[r * 3 + c] is paragraph pair (I - 1 - r, J - 1 - c): every move's block is a corner of this
    // square. It slides one column a cell, so each cell loads one new pair per row.
    for (let r = 0; r < 3; r += 1) {
      near[r * 3] = this.nearPair(r, lo - 2);
      near[r * 3 + 1] = this.nearPair(r, lo - 3);
    }
    for (let J = lo; J <= hi; J += 1) {
      let any = 0;
      for (let r = 0; r < 3; r += 1) {
        near[r * 3 + 2] = near[r * 3 + 1] ?? 0;
        near[r * 3 + 1] = near[r * 3] ?? 0;
        const j = J - 1;
        const value = j >= (pairLos[r] ?? 0) && j <= (pairHis[r] ?? -1) ? (pairWeights[(pairRows[r] ?? 0) + j] ?? 0) : 0;
        near[r * 3] = value;
        any += value + (near[r * 3 + 1] ?? 0) + (near[r * 3 + 2] ?? 0);
      }
      const cell = (J - lo) * MOVE_COUNT;
      for (let k = 0; k < MOVE_COUNT; k += 1) {
        // The move starts inside the band (which also keeps it inside the lattice).
        if (J < (fromLo[k] ?? 0) || J > (fromHi[k] ?? 0)) {
          out[cell + k] = Infinity;
          continue;
        }
        const a = MOVE_A[k] ?? 1;
        const b = MOVE_B[k] ?? 1;
        const fromColumn = J - b;
        const t = (b - 1) * tgt.width + J;
        const at = k * ROW_TERMS;
        const blocked = (rowSource[at] ?? 0) + (tgt.extra[t] ?? 0);
        if (blocked === Infinity) {
          out[cell + k] = Infinity;
          continue;
        }
        const shared = any === 0 ? 0 : this.blockShared(near, I, J, a, b);
        const sourceWeight = rowSource[at + 1] ?? 0;
        const targetWeight = tgt.weight[t] ?? 0;
        const questions = Math.abs((rowSource[at + 2] ?? 0) - (tgt.questions[t] ?? 0));
        const exclamations = Math.abs((rowSource[at + 3] ?? 0) - (tgt.exclamations[t] ?? 0));
        const punctuation = questions + exclamations;
        let cost = (moveCost[k] ?? 0) - sharedBonus * shared + blocked;
        // Only where one side keeps a single paragraph: a fragment on both sides is no reason to merge.
        if (b === 1) cost -= rowSource[at + 6] ?? 0;
        else if (a === 1) cost -= tgt.fragment[t] ?? 0;
        if (sourceWeight > shared) cost += missingCost * (sourceWeight - shared);
        if (targetWeight > shared) cost += missingCost * (targetWeight - shared);
        cost += punctuationCost * (punctuation < 3 ? punctuation : 3);
        // Translators split and join sentences less often than paragraphs: a block pair whose sentence counts differ is suspect.
        const sentenceGap = Math.abs((rowSource[at + 4] ?? 0) - (tgt.sentences[t] ?? 0));
        cost += sentenceCost * (sentenceGap < 3 ? sentenceGap : 3);
        const speechGap = Math.abs((rowSource[at + 5] ?? 0) - (tgt.speeches[t] ?? 0));
        cost += speechCost * (speechGap < 3 ? speechGap : 3);
        if (a > 1 || b > 1) cost += uncoveredCost > 0 ? uncoveredCost * this.uncoveredWeight(near, I, J, a, b) : 0;
        // A 1:1 pair whose paragraphs have known words and share none is suspect too, if less so;
        // so, in part, is one that shares a little ("God", "will") of much.
        else if (unsharedPairCost > 0) {
          const unshared = unsharedShare(shared, sourceWeight, targetWeight);
          if (unshared > 0) cost += unsharedPairCost * unshared * ((src.uncovered[I - 1] ?? 0) + (tgt.uncovered[J - 1] ?? 0));
        }
        if ((rowSource[at + 7] ?? 0) !== (dialogueT[targetOffset + fromColumn] ?? 0)) cost += dialogueCost;
        out[cell + k] = cost;
      }
    }
  }

  /**
   * Anchor weight (up to UNCOVERED_CAP per paragraph) of the paragraphs of a merged block that
   * share no key at all with the other side's block. A translator who joins two paragraphs keeps
   * words of both; a paragraph whose known words all go unmatched was more likely left out, and
   * a merge, cheaper than a gap, would otherwise swallow it. (Exempting fragments such as "Now,
   * therefore," changed no bench case by more than 0.0005.)
   */
  private uncoveredWeight(near: Float64Array, I: number, J: number, a: number, b: number): number {
    let total = 0;
    for (let r = 0; a > 1 && r < a; r += 1) {
      const own = this.src.uncovered[I - 1 - r] ?? 0;
      if (own === 0) continue;
      let shared = 0;
      for (let c = 0; c < b; c += 1) shared += near[r * 3 + c] ?? 0;
      if (shared === 0) total += own;
    }
    for (let c = 0; b > 1 && c < b; c += 1) {
      const own = this.tgt.uncovered[J - 1 - c] ?? 0;
      if (own === 0) continue;
      let shared = 0;
      for (let r = 0; r < a; r += 1) shared += near[r * 3 + c] ?? 0;
      if (shared === 0) total += own;
    }
    return total;
  }

  /** Shared weight of pair (I - 1 - r, j) for the row `fillRow` loaded into pairLos/pairHis/pairRows. */
  private nearPair(r: number, j: number): number {
    return j >= (this.pairLos[r] ?? 0) && j <= (this.pairHis[r] ?? -1) ? (this.shared[(this.pairRows[r] ?? 0) + j] ?? 0) : 0;
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
      total -= Math.min(this.sourceNeighbour[I - 2 - r] ?? 0, here, before);
    }
    for (let c = 0; c + 1 < b; c += 1) {
      let here = 0;
      let before = 0;
      for (let r = 0; r < a; r += 1) {
        here += near[r * 3 + c] ?? 0;
        before += near[r * 3 + c + 1] ?? 0;
      }
      total -= Math.min(this.targetNeighbour[J - 2 - c] ?? 0, here, before);
    }
    return Math.max(0, total);
  }
}

const MOVE_COUNT = MOVES.length;
/** Source terms per move kept for a row: extra, weight, questions, exclamations, sentences, speeches, fragment, dialogue. */
const ROW_TERMS = 8;

/**
 * A 1:1 pair that shares at least this share of the smaller side's anchor weight is not suspect
 * at all. Below it, and down to nothing shared, the suspicion grows. True pairs of the bench's
 * scripture share 0.3–0.9; a verse paired with the neighbour of a gap shared 0.085 and, with the
 * suspicion only for nothing shared, cost less than the two gaps it replaced.
 */
const WELL_SHARED = 0.2;

/** 0 for a pair that shares WELL_SHARED of its smaller side's weight or more, rising to 1 for one that shares nothing. */
function unsharedShare(shared: number, sourceWeight: number, targetWeight: number): number {
  if (shared === 0) return 1;
  const least = sourceWeight < targetWeight ? sourceWeight : targetWeight;
  return least > 0 ? Math.max(0, 1 - shared / (WELL_SHARED * least)) : 0;
}

/**
 * How far the two texts mark speech alike, 0..1: the smaller total of speeches over the larger.
 * A translation that quotes where the original does not (compiler messages with «{0}» against
 * '{0}', a Bible with quotation marks against one without) would pay for it on every pair.
 */
function speechAgreement(source: SideProfile, target: SideProfile): number {
  const inSource = source.speeches[source.count] ?? 0;
  const inTarget = target.speeches[target.count] ?? 0;
  return inSource === 0 || inTarget === 0 ? 0 : Math.min(inSource, inTarget) / Math.max(inSource, inTarget);
}

/** Per-side terms of the blocks a move can take, flat by (size - 1) * width + end. */
interface BlockTerms {
  readonly width: number;
  readonly weight: Float64Array;
  readonly questions: Float64Array;
  readonly exclamations: Float64Array;
  readonly sentences: Float64Array;
  readonly speeches: Float64Array;
  readonly extra: Float64Array;
  readonly fragment: Float64Array;
  /** Per paragraph of the stretch (not per block): its capped anchor weight, 0 when it has none. */
  readonly uncovered: Float64Array;
}
const MOVE_A = Int32Array.from(MOVES, ([a]) => a);
const MOVE_B = Int32Array.from(MOVES, ([, b]) => b);

/**
 * Degrees of freedom of the length model's Student-t tail. Gale–Church's normal model makes a
 * pair whose lengths differ by six spreads cost 18 nats, more than leaving both paragraphs
 * unpaired, so one loose rendering (or a paragraph holding something its counterpart lacks)
 * turns into two gaps or a wrong merge. Real length ratios have heavy tails; with ν = 3 that
 * pair costs 5.5 nats while small differences cost about what they did.
 */
export const LENGTH_TAIL = 3;
const TAIL_SCALE = (LENGTH_TAIL + 1) / 2;

/** Gale–Church with a heavy tail: δ, the length difference scaled by its expected spread, costs ((ν + 1) / 2) · ln(1 + δ²/ν). */
export function lengthCost(model: LengthModel, sourceLength: number, targetLength: number): number {
  const expected = model.ratio * sourceLength;
  const difference = targetLength - expected;
  return TAIL_SCALE * Math.log(1 + (difference * difference) / (LENGTH_TAIL * model.variance * ((expected + targetLength) / 2 + LENGTH_FLOOR)));
}

/** Standardized length difference of a block (positive: the target is longer than expected). */
export function lengthDelta(model: LengthModel, sourceLength: number, targetLength: number): number {
  const expected = model.ratio * sourceLength;
  return (targetLength - expected) / Math.sqrt(model.variance * ((expected + targetLength) / 2 + LENGTH_FLOOR));
}

function blockLengths(prefix: Float64Array, offset: number, count: number): Float64Array {
  const lengths = new Float64Array(3 * count);
  for (let size = 1; size <= 3; size += 1) {
    for (let end = size; end < count; end += 1) lengths[(size - 1) * count + end] = span(prefix, offset + end - size, offset + end);
  }
  return lengths;
}

/** Sum of paragraphs [from, to) from prefix sums. */
function span(prefix: Float64Array, from: number, to: number): number {
  return (prefix[to] ?? 0) - (prefix[from] ?? 0);
}
