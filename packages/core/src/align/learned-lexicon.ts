/**
 * A word-translation lexicon learned from the text pair itself (after Moore 2002 and hunalign's
 * realign): the confident 1:1 pairs of a first alignment tell which Russian word keys keep company
 * with which English ones, and each strongly associated pair becomes a new shared key, added to
 * every paragraph of either side that holds one of its words. It reads key rows and never text;
 * it is bounded (a sample of pairs) and deterministic (ties go to the lower key id).
 */
import { documentFrequency, KEY_LEARNED, neighbourShared, type KeyRows } from './keys.js';
import { keyWeights, paragraphWeights, targetIndex } from './lexicon.js';
import type { PairProfile, SideProfile } from './profile.js';

/** At most this many confident pairs are counted: enough for the words that recur, cheap at book scale. */
const MAX_SAMPLE = 600;
/** At most this many word pairs (source key × target key of a sampled pair) are counted. */
const MAX_COOCCURRENCES = 2_000_000;
/** A word pair must co-occur in this many confident pairs: once is a coincidence. */
const MIN_JOINT = 2;
/** Dice coefficient a word pair needs: each word is found with the other in most pairs holding it. */
const MIN_DICE = 0.6;
/** Keys found in more than half the sampled pairs are too common to tell pairs apart (at a quarter the UDHR lost its most frequent words, and F1). */
const MAX_SHARE = 0.5;

/** Source key → learned target key, for keys the two sides do not already share. */
export type LearnedLinks = ReadonlyMap<number, number>;

/** Keys of row p that only this side has (no cognate twin on the other side), non-optional. */
function oneSidedKeys(rows: KeyRows, p: number, otherFrequency: Int32Array): number[] {
  const out: number[] = [];
  for (let e = rows.offsets[p] ?? 0, end = rows.offsets[p + 1] ?? 0; e < end; e += 1) {
    const id = rows.ids[e] ?? 0;
    if ((rows.optional[e] ?? 0) === 0 && (otherFrequency[id] ?? 0) === 0) out.push(id);
  }
  return out;
}

/** Evenly spaced, order kept: a deterministic sample spread over the whole text. */
function spread<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  return Array.from({ length: limit }, (_, k) => items[Math.floor((k * items.length) / limit)] as T);
}

/** Associations between one-sided source and target keys over confident paragraph pairs `[i, j]`. */
export function learnLinks(profile: PairProfile, confident: readonly (readonly [number, number])[]): LearnedLinks {
  const vocabulary = profile.weights.length;
  const sourceFrequency = documentFrequency(profile.source.keys, vocabulary);
  const targetFrequency = documentFrequency(profile.target.keys, vocabulary);
  let rows = spread(confident, MAX_SAMPLE).map(([i, j]) => [oneSidedKeys(profile.source.keys, i, targetFrequency), oneSidedKeys(profile.target.keys, j, sourceFrequency)] as const);
  // Long paragraphs make many word pairs: fewer of them, still spread over the text, keep the time bounded.
  const work = rows.reduce((sum, [s, t]) => sum + s.length * t.length, 0);
  if (work > MAX_COOCCURRENCES) rows = spread(rows, Math.max(1, Math.floor((rows.length * MAX_COOCCURRENCES) / work)));
  const count = new Int32Array(vocabulary);
  for (const [s, t] of rows) {
    for (const id of s) count[id] = (count[id] ?? 0) + 1;
    for (const id of t) count[id] = (count[id] ?? 0) + 1;
  }
  const most = Math.max(MIN_JOINT, MAX_SHARE * rows.length);
  const usable = (id: number) => (count[id] ?? 0) >= MIN_JOINT && (count[id] ?? 0) <= most;
  // The sampled pairs holding each usable source key (source and target keys never share an id: each is one-sided).
  const holding = new Map<number, number[]>();
  const targets = rows.map(([s, t], r) => {
    for (const a of s) if (usable(a)) (holding.get(a) ?? holding.set(a, []).get(a) ?? []).push(r);
    return t.filter(usable);
  });
  // Per source key, co-occurrence counts in a dense array (reset after each key): no hashing per word pair.
  const joint = new Int32Array(vocabulary);
  const touched: number[] = [];
  const links = new Map<number, number>();
  for (const a of [...holding.keys()].sort((x, y) => x - y)) {
    for (const r of holding.get(a) ?? []) {
      for (const b of targets[r] ?? []) {
        if (joint[b] === 0) touched.push(b);
        joint[b] = (joint[b] ?? 0) + 1;
      }
    }
    let best = -1;
    let bestDice = MIN_DICE;
    for (const b of touched) {
      const together = joint[b] ?? 0;
      joint[b] = 0;
      if (together < MIN_JOINT) continue;
      const dice = (2 * together) / ((count[a] ?? 0) + (count[b] ?? 0));
      // Ties go to the lower target id, whatever order the pairs were met in.
      if (dice > bestDice || (dice === bestDice && (best < 0 || b < best))) {
        best = b;
        bestDice = dice;
      }
    }
    touched.length = 0;
    if (best >= 0) links.set(a, best);
  }
  return links;
}

/**
 * The learned keys of each paragraph, as rows of their own: `extra[id]` is the learned key a key id
 * brings, or -1. The original rows stay as they are (a book has millions of keys: no copy).
 */
function learnedRows(rows: KeyRows, extra: Int32Array, vocabulary: number): KeyRows {
  const count = rows.offsets.length - 1;
  const offsets = new Int32Array(count + 1);
  const { ids: keys, optional } = rows;
  // Indexed loops throughout: a book has millions of keys, and an iterator over a typed array is slow.
  let bound = 0;
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- measured on the 30k case: with indexed loops the learned profile took 60 ms, not 110
  for (let e = 0; e < keys.length; e += 1) if ((extra[keys[e] ?? 0] ?? -1) >= 0) bound += 1;
  const ids = new Int32Array(bound);
  let write = 0;
  // seen[learned] = 1 + the last paragraph that received it, so each paragraph gets a learned key once.
  const seen = new Int32Array(vocabulary);
  for (let p = 0; p < count; p += 1) {
    const rowStart = write;
    for (let e = rows.offsets[p] ?? 0, end = rows.offsets[p + 1] ?? 0; e < end; e += 1) {
      const learned = extra[keys[e] ?? 0] ?? -1;
      if (learned < 0 || (optional[e] ?? 0) !== 0 || seen[learned] === p + 1) continue;
      seen[learned] = p + 1;
      // Each learned row is kept ascending: insert in order.
      let at = write;
      while (at > rowStart && (ids[at - 1] ?? 0) > learned) {
        ids[at] = ids[at - 1] ?? 0;
        at -= 1;
      }
      ids[at] = learned;
      write += 1;
    }
    offsets[p + 1] = write;
  }
  return { offsets, ids: ids.subarray(0, write), optional: new Uint8Array(write) };
}

/**
 * The profile with each learned link as a key of its own kind, held by every source paragraph with
 * the Russian word and every target paragraph with the English one (in rows of their own, `learned`).
 */
export function profileWithLinks(profile: PairProfile, links: LearnedLinks): PairProfile {
  const base = profile.weights.length;
  const linkId = new Map<number, number>();
  const targetLinks = new Map<number, number>();
  for (const [s, t] of [...links].sort(([a], [b]) => a - b)) {
    let id = targetLinks.get(t);
    if (id === undefined) {
      id = base + targetLinks.size;
      targetLinks.set(t, id);
    }
    linkId.set(s, id);
  }
  const vocabulary = base + targetLinks.size;
  const sourceExtra = new Int32Array(base).fill(-1);
  for (const [s, id] of linkId) sourceExtra[s] = id;
  const targetExtra = new Int32Array(base).fill(-1);
  for (const [t, id] of targetLinks) targetExtra[t] = id;
  const sourceKeys = learnedRows(profile.source.keys, sourceExtra, vocabulary);
  const targetKeys = learnedRows(profile.target.keys, targetExtra, vocabulary);
  // The original keys keep their frequencies, hence their weights: only the learned keys are weighed.
  const kinds = new Uint8Array(vocabulary);
  kinds.set(profile.kinds);
  kinds.fill(KEY_LEARNED, base);
  const learnedWeights = keyWeights(
    documentFrequency(sourceKeys, vocabulary).subarray(base),
    documentFrequency(targetKeys, vocabulary).subarray(base),
    profile.source.count,
    profile.target.count,
    kinds.subarray(base),
  );
  const weights = new Float64Array(vocabulary);
  weights.set(profile.weights);
  weights.set(learnedWeights, base);
  return {
    source: sideWith(profile.source, sourceKeys, weights),
    target: sideWith(profile.target, targetKeys, weights),
    weights,
    kinds,
    targetIndex: profile.targetIndex,
    learned: { source: sourceKeys, targetIndex: targetIndex(targetKeys, weights) },
  };
}

/** The side's paragraph weights and neighbour overlaps with its learned keys counted in (its key rows stay). */
function sideWith(side: SideProfile, learnedKeys: KeyRows, weights: Float64Array): SideProfile {
  const learned = paragraphWeights(learnedKeys, weights);
  const keyWeight = new Float64Array(side.count + 1);
  for (let i = 0; i < side.count; i += 1) keyWeight[i + 1] = (keyWeight[i] ?? 0) + (side.keyWeight[i + 1] ?? 0) - (side.keyWeight[i] ?? 0) + (learned[i] ?? 0);
  const learnedNeighbours = neighbourShared(learnedKeys, weights);
  const neighbourWeight = new Float64Array(side.neighbourWeight.length);
  for (let i = 0; i < neighbourWeight.length; i += 1) neighbourWeight[i] = (side.neighbourWeight[i] ?? 0) + (learnedNeighbours[i] ?? 0);
  return { ...side, keyWeight, neighbourWeight };
}
