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
/** A word pair must co-occur in this many confident pairs: once is a coincidence. */
const MIN_JOINT = 2;
/** Dice coefficient a word pair needs: each word is found with the other in most pairs holding it. */
const MIN_DICE = 0.6;
/** Keys found in more than this share of the sampled pairs are too common to tell pairs apart. */
const MAX_SHARE = 0.25;

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
  const sample = spread(confident, MAX_SAMPLE);
  const rows = sample.map(([i, j]) => [oneSidedKeys(profile.source.keys, i, targetFrequency), oneSidedKeys(profile.target.keys, j, sourceFrequency)] as const);
  const count = new Int32Array(vocabulary);
  for (const [s, t] of rows) {
    for (const id of s) count[id] = (count[id] ?? 0) + 1;
    for (const id of t) count[id] = (count[id] ?? 0) + 1;
  }
  const usable = (id: number) => (count[id] ?? 0) >= MIN_JOINT && (count[id] ?? 0) <= Math.max(MIN_JOINT, MAX_SHARE * sample.length);
  const joint = new Map<number, number>();
  for (const [s, t] of rows) {
    const targets = t.filter(usable);
    if (targets.length === 0) continue;
    for (const a of s) {
      if (!usable(a)) continue;
      for (const b of targets) {
        const key = a * vocabulary + b;
        joint.set(key, (joint.get(key) ?? 0) + 1);
      }
    }
  }
  // Each source key keeps its best partner by Dice; ties go to the lower target id (map order is insertion order, so compare explicitly).
  const best = new Map<number, { target: number; dice: number }>();
  for (const [key, together] of joint) {
    if (together < MIN_JOINT) continue;
    const a = Math.floor(key / vocabulary);
    const b = key - a * vocabulary;
    const dice = (2 * together) / ((count[a] ?? 0) + (count[b] ?? 0));
    if (dice < MIN_DICE) continue;
    const known = best.get(a);
    if (!known || dice > known.dice || (dice === known.dice && b < known.target)) best.set(a, { target: b, dice });
  }
  const links = new Map<number, number>();
  for (const [a, { target }] of best) links.set(a, target);
  return links;
}

/** Rows with learned keys added: `extra[id]` is the learned key a key id brings, or -1 (typed arrays: a book has millions of keys). */
function withLearnedKeys(rows: KeyRows, extra: Int32Array, vocabulary: number): KeyRows {
  const count = rows.offsets.length - 1;
  let bound = rows.ids.length;
  for (const id of rows.ids) if ((extra[id] ?? -1) >= 0) bound += 1;
  const ids = new Int32Array(bound);
  const optional = new Uint8Array(bound);
  const offsets = new Int32Array(count + 1);
  // seen[learned] = 1 + the last paragraph that received it, so each paragraph gets a learned key once.
  const seen = new Int32Array(vocabulary);
  let write = 0;
  for (let p = 0; p < count; p += 1) {
    const from = rows.offsets[p] ?? 0;
    const to = rows.offsets[p + 1] ?? 0;
    for (let e = from; e < to; e += 1) {
      ids[write] = rows.ids[e] ?? 0;
      optional[write] = rows.optional[e] ?? 0;
      write += 1;
    }
    const addedFrom = write;
    for (let e = from; e < to; e += 1) {
      const learned = (rows.optional[e] ?? 0) === 0 ? (extra[rows.ids[e] ?? 0] ?? -1) : -1;
      if (learned < 0 || seen[learned] === p + 1) continue;
      seen[learned] = p + 1;
      // Learned ids are above every original id: inserting them in order keeps the row ascending.
      let at = write;
      while (at > addedFrom && (ids[at - 1] ?? 0) > learned) {
        ids[at] = ids[at - 1] ?? 0;
        at -= 1;
      }
      ids[at] = learned;
      write += 1;
    }
    offsets[p + 1] = write;
  }
  return { offsets, ids: ids.slice(0, write), optional: optional.slice(0, write) };
}

/**
 * The profile with each learned link as a key of its own kind, held by every source paragraph with
 * the Russian word and every target paragraph with the English one; weights are worked out afresh.
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
  const sourceKeys = withLearnedKeys(profile.source.keys, sourceExtra, vocabulary);
  const targetKeys = withLearnedKeys(profile.target.keys, targetExtra, vocabulary);
  const kinds = new Uint8Array(vocabulary);
  kinds.set(profile.kinds);
  kinds.fill(KEY_LEARNED, base);
  const weights = keyWeights(documentFrequency(sourceKeys, vocabulary), documentFrequency(targetKeys, vocabulary), profile.source.count, profile.target.count, kinds);
  return {
    source: sideWith(profile.source, sourceKeys, weights),
    target: sideWith(profile.target, targetKeys, weights),
    weights,
    kinds,
    targetIndex: targetIndex(targetKeys, weights),
  };
}

function sideWith(side: SideProfile, keys: KeyRows, weights: Float64Array): SideProfile {
  const own = paragraphWeights(keys, weights);
  const keyWeight = new Float64Array(side.count + 1);
  for (let i = 0; i < side.count; i += 1) keyWeight[i + 1] = (keyWeight[i] ?? 0) + (own[i] ?? 0);
  return { ...side, keys, keyWeight, neighbourWeight: neighbourShared(keys, weights) };
}
