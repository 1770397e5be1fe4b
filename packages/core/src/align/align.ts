/**
 * `align`: pairs the paragraphs of a Russian source with those of its English translation.
 * Reads both sides, cuts the work at pins, aligns each stretch, refits the length model on the
 * first result and aligns again, then scores and flags doubtful pairs. Deterministic; never
 * throws, whatever it is given.
 */
import type { AlignOptions, Alignment, AlignmentPair, Diagnostic } from '../model.js';
import { doubtfulPairs } from './doubtful.js';
import { readSide, type AlignInput } from './input.js';
import { inputDiagnostics } from './input-diagnostics.js';
import { initialLengthModel, refitLengthModel, RUSSIAN_ENGLISH_RATIO } from './length-model.js';
import { resolveParams, type AlignParams } from './params.js';
import { planPins, type PinPlan } from './pins.js';
import { profilePair, type PairProfile } from './profile.js';
import { Progress } from './progress.js';
import type { LengthModel } from './scorer.js';
import { StretchAligner, type StretchBounds, type StretchPair } from './stretch.js';
import { bandAnchors } from './anchors.js';
import { dictionaryFor, usesBuiltInDictionary } from './dictionary/index.js';
import { learnLinks, profileWithLinks } from './learned-lexicon.js';

/**
 * Up to this many paragraphs (both sides together), words are learned again from the first
 * alignment and the texts searched a second time (near the first path): about 0.1 s at 4,000.
 * Beyond it the anchors are many enough to learn from (when the built-in dictionary is off), and a
 * second search costs more than it gains (the 9,000-paragraph bench case: 45% more time, F1 no
 * better than with the anchors' lexicon).
 */
const SECOND_PASS_PARAGRAPHS = 5_000;

export function align(source: AlignInput, target: AlignInput, options: AlignOptions = {}): Alignment {
  try {
    return alignChecked(source, target, options);
  } catch (error) {
    // A safety net, not a code path: an alignment is still returned, plainly marked as unreliable.
    return fallbackAlignment(source, target, error);
  }
}

function alignChecked(sourceInput: AlignInput, targetInput: AlignInput, options: AlignOptions): Alignment {
  const params = resolveParams(options.tuning);
  const source = readSide(sourceInput);
  const target = readSide(targetInput);
  const plan = planPins(options.pins, source.count, target.count);
  const stretches = stretchesBetween(plan, source.count, target.count);
  const progress = new Progress(options.onProgress, source.count + target.count + 2 * (source.count + stretches.length));
  let profiled = 0;
  const profile = profilePair(
    source,
    target,
    () => {
      profiled += 1024;
      progress.set(profiled);
    },
    dictionaryFor(options.dictionary),
    params.dictionaryWeight,
  );
  const diagnostics: Diagnostic[] = [...inputDiagnostics(source, target, profile), ...plan.diagnostics];
  const unpairedPrefix = { source: prefix(plan.unpairedSource), target: prefix(plan.unpairedTarget) };
  const aligners = stretches.map((bounds) => new StretchAligner(profile, params, bounds, unpairedPrefix));

  // Progress: the forward search of each stretch, then its backward (confidence) pass.
  const rowReporter = (pass: 0 | 1) => {
    let done = source.count + target.count;
    return aligners.map((aligner) => {
      const rows = aligner.bounds.s1 - aligner.bounds.s0 + 1;
      const base = done + pass * rows;
      done += 2 * rows;
      return (row: number) => {
        progress.set(base + row);
      };
    });
  };
  const forwardRows = rowReporter(0);
  const small = aligners.every((aligner) => aligner.exhaustive);
  let model = firstLengthModel(profile, params, !small);
  // Which words translate which is learned from pairs a person would not doubt: from the anchors
  // before the first search when the texts are too long to search whole, and from the first
  // alignment's steady pairs (more, and more varied) when a second search is affordable. A book
  // with the built-in dictionary at work skips the anchors: on the 30k and 5k bench cases they
  // gained at most 0.0002 F1 there, for a tenth of the time (without the dictionary, 0.0007).
  const secondPass = source.count + target.count <= SECOND_PASS_PARAGRAPHS;
  const learnFromAnchors = !small && (secondPass || !usesBuiltInDictionary(options.dictionary));
  const learn = (pairs: readonly (readonly [number, number])[]) => {
    const links = learnLinks(profile, pairs);
    if (links.size > 0) {
      const learned = profileWithLinks(profile, links);
      for (const aligner of aligners) aligner.useProfile(learned);
    }
    return links.size > 0;
  };
  if (learnFromAnchors) learn(bandAnchors(profile, 0, source.count, 0, target.count).map(({ i, j }) => [i, j] as const));
  aligners.forEach((aligner, k) => {
    aligner.align(model, forwardRows[k] ?? (() => undefined));
  });
  // Refit the length model on the first alignment's steady pairs (and learn words from them, unless
  // the texts are book-length); search again if either changed anything.
  const steady = steadyOneToOne(aligners);
  const refitted = refitLengthModel(
    steady.map(([i, j]) => [blockLength(profile.source.length, [i]), blockLength(profile.target.length, [j])] as const),
    model,
  );
  const learnedNow = secondPass && learn(steady);
  if (learnedNow || !sameModel(model, refitted, small ? 1 : BOOK_TOLERANCE)) {
    model = refitted;
    for (const aligner of aligners) {
      // Learning new words already narrowed the band; a refit alone narrows it here.
      if (!learnedNow) aligner.keepNearPath();
      aligner.align(model, () => undefined);
    }
  }
  const backwardRows = rowReporter(1);
  const stretchPairs = aligners.map((aligner, k) => aligner.scoredPairs(model, backwardRows[k] ?? (() => undefined)));
  if (aligners.some((aligner) => aligner.limited)) {
    diagnostics.push({
      severity: 'warning',
      code: 'align-search-limited',
      message: 'the search reached its size limit before the best path was clear of the band edge; some pairs may be off',
      line: 0,
      column: 0,
    });
  }
  const { pairs, deltas } = assemble(stretchPairs, plan);
  progress.finish();
  return { pairs, doubtful: doubtfulPairs(pairs, deltas, params.doubtfulBelow), diagnostics };
}

/** Length of paragraphs [from, to) of one side. */
function blockLength(prefixLength: Float64Array, indices: readonly number[]): number {
  if (indices.length === 0) return 0;
  return (prefixLength[(indices[indices.length - 1] ?? 0) + 1] ?? 0) - (prefixLength[indices[0] ?? 0] ?? 0);
}

/**
 * The starting length model: a robust first guess from the lengths, refined on anchor pairs
 * (paragraphs sharing rare names or numbers, or many keys) when there are enough; close enough
 * to the final fit that a long text is usually searched once.
 */
function firstLengthModel(profile: PairProfile, params: AlignParams, book: boolean): LengthModel {
  const n = profile.source.count;
  const m = profile.target.count;
  const lengths = (prefixLength: Float64Array, count: number) => Array.from({ length: count }, (_, i) => (prefixLength[i + 1] ?? 0) - (prefixLength[i] ?? 0));
  // Russian into English is the expected direction; other pairs start from an even ratio.
  const prior = profile.source.cyrillicShare > 0.5 && profile.target.cyrillicShare <= 0.5 ? RUSSIAN_ENGLISH_RATIO : 1;
  const guess = initialLengthModel(lengths(profile.source.length, n), lengths(profile.target.length, m), prior, params.lengthVariance);
  const anchors = bandAnchors(profile, 0, n, 0, m);
  const fitted = refitLengthModel(anchors.map(({ i, j }) => [blockLength(profile.source.length, [i]), blockLength(profile.target.length, [j])] as const), guess);
  // Anchor pairs are a text's cleanest: their spread understates the whole's (on the 30k bench
  // cases 0.70–0.78 of the steady pairs'). A book is searched once, so its model allows for that.
  return book && fitted !== guess ? { ratio: fitted.ratio, variance: fitted.variance * ANCHOR_SPREAD } : fitted;
}

/** 1:1 pairs flanked by 1:1 pairs, as [source, target] indices: the part of a first alignment least likely to be wrong. */
function steadyOneToOne(aligners: readonly StretchAligner[]): [number, number][] {
  return aligners.flatMap((aligner) => aligner.steadyOneToOne());
}

function stretchesBetween(plan: PinPlan, sourceCount: number, targetCount: number): StretchBounds[] {
  const stretches: StretchBounds[] = [];
  let s0 = 0;
  let t0 = 0;
  for (const cut of plan.cuts) {
    stretches.push({ s0, s1: cut.source[0] ?? s0, t0, t1: cut.target[0] ?? t0 });
    s0 = (cut.source[cut.source.length - 1] ?? s0) + 1;
    t0 = (cut.target[cut.target.length - 1] ?? t0) + 1;
  }
  stretches.push({ s0, s1: sourceCount, t0, t1: targetCount });
  return stretches;
}

/**
 * Stretch results interleaved with the pins that separate them; one-sided pins marked as pinned.
 * `deltas` holds each pair's standardized length difference (0 for pins and unpaired paragraphs).
 */
function assemble(stretchPairs: readonly (readonly StretchPair[])[], plan: PinPlan): { pairs: AlignmentPair[]; deltas: number[] } {
  const pairs: AlignmentPair[] = [];
  const deltas: number[] = [];
  stretchPairs.forEach((list, k) => {
    for (const pair of list) {
      const pinned =
        (pair.target.length === 0 && pair.source.some((i) => plan.unpairedSource[i] === 1)) ||
        (pair.source.length === 0 && pair.target.some((j) => plan.unpairedTarget[j] === 1));
      pairs.push(pinned ? { source: pair.source, target: pair.target, score: 1, pinned: true } : { source: pair.source, target: pair.target, score: round(pair.score) });
      deltas.push(pinned ? 0 : pair.lengthDelta);
    }
    const cut = plan.cuts[k];
    if (cut) {
      pairs.push({ source: cut.source, target: cut.target, score: 1, pinned: true });
      deltas.push(0);
    }
  });
  return { pairs, deltas };
}

/**
 * Close enough not to search again. The variance is a median-based estimate, noisy by itself, and
 * the heavy-tailed length cost moves little with it: a quarter's change is within its noise.
 */
function sameModel(a: LengthModel, b: LengthModel, tolerance = 1): boolean {
  return Math.abs(a.ratio / b.ratio - 1) < 0.02 * tolerance && Math.abs(a.variance / b.variance - 1) < 0.25 * tolerance;
}
/**
 * How much further a book's refitted model may move before it is searched again. Measured on the
 * 30k bench cases: searching again after a 2.3% change of ratio gained at most 0.0001 F1 and
 * cost about 15% of the time.
 */
const BOOK_TOLERANCE = 2.5;
/** The factor on the spread of anchor pairs' lengths for a book's first model (see `firstLengthModel`). */
const ANCHOR_SPREAD = 1.3;

function prefix(flags: Uint8Array): Float64Array {
  const sums = new Float64Array(flags.length + 1);
  for (let i = 0; i < flags.length; i += 1) sums[i + 1] = (sums[i] ?? 0) + (flags[i] ?? 0);
  return sums;
}

function round(score: number): number {
  return Number.isFinite(score) ? Math.round(Math.min(1, Math.max(0, score)) * 1e4) / 1e4 : 0;
}

/** Pairs paragraphs in order, leaves the rest unpaired, and says plainly that this is not a real alignment. */
function fallbackAlignment(source: unknown, target: unknown, error: unknown): Alignment {
  const count = (input: unknown) => (Array.isArray(input) ? input.length : Array.isArray((input as { paragraphs?: unknown } | null)?.paragraphs) ? ((input as { paragraphs: unknown[] }).paragraphs.length) : 0);
  const n = count(source);
  const m = count(target);
  const pairs: AlignmentPair[] = [];
  for (let k = 0; k < Math.max(n, m); k += 1) pairs.push({ source: k < n ? [k] : [], target: k < m ? [k] : [], score: 0 });
  const reason = error instanceof Error ? error.message : String(error);
  return {
    pairs,
    doubtful: pairs.map((pair, index) => ({ pair: index, source: pair.source, target: pair.target, score: 0, reasons: ['the aligner failed; paragraphs are paired in order'] })),
    diagnostics: [{ severity: 'error', code: 'align-internal-error', message: `the aligner failed (${reason}); paragraphs are paired in order as a fallback`, line: 0, column: 0 }],
  };
}


