/**
 * Anchor points for the search band: paragraph pairs that share keys rare on both sides (a name
 * or number that occurs once or twice in each text), chained into the heaviest monotone
 * sequence so stray matches drop out. Anchors only guide where to search; the search decides.
 */
import type { LatticePoint } from './band.js';
import type { PairProfile } from './profile.js';

/** Keys occurring at most this often on each side are anchor material (occurrences pair up in order). */
const MAX_OCCURRENCES = 3;

interface Candidate {
  readonly i: number;
  readonly j: number;
  weight: number;
}

/**
 * Where each key with weight occurs in a stretch, counting up to MAX_OCCURRENCES + 1 occurrences
 * per side (one more says "too many"): dense per key id, as a book passes millions of key
 * occurrences through here; keys listed in the order they are first met, source side first.
 */
interface Occurrences {
  readonly order: Int32Array;
  readonly keys: number;
  readonly sourceCount: Int32Array;
  readonly targetCount: Int32Array;
  /** Paragraph (stretch index) of occurrence r of key id on a side: at[id * SLOTS + r]. */
  readonly sourceAt: Int32Array;
  readonly targetAt: Int32Array;
}

const SLOTS = MAX_OCCURRENCES + 1;

function occurrences(profile: PairProfile, s0: number, s1: number, t0: number, t1: number): Occurrences {
  const size = profile.weights.length;
  const order = new Int32Array(size);
  const seen = new Uint8Array(size);
  let keys = 0;
  const sourceCount = new Int32Array(size);
  const targetCount = new Int32Array(size);
  const sourceAt = new Int32Array(size * SLOTS);
  const targetAt = new Int32Array(size * SLOTS);
  const collect = (rows: PairProfile['source']['keys'], from: number, to: number, count: Int32Array, at: Int32Array) => {
    for (let p = from; p < to; p += 1) {
      for (let e = rows.offsets[p] ?? 0, end = rows.offsets[p + 1] ?? 0; e < end; e += 1) {
        const id = rows.ids[e] ?? 0;
        if ((profile.weights[id] ?? 0) <= 0) continue;
        if (seen[id] === 0) {
          seen[id] = 1;
          order[keys] = id;
          keys += 1;
        }
        const seenBefore = count[id] ?? 0;
        if (seenBefore < SLOTS) {
          at[id * SLOTS + seenBefore] = p - from;
          count[id] = seenBefore + 1;
        }
      }
    }
  };
  collect(profile.source.keys, s0, s1, sourceCount, sourceAt);
  collect(profile.target.keys, t0, t1, targetCount, targetAt);
  return { order, keys, sourceCount, targetCount, sourceAt, targetAt };
}

/** Paragraph pairs sharing rare keys within the stretch, weights summed per pair. */
function candidates(profile: PairProfile, s0: number, s1: number, t0: number, t1: number): Candidate[] {
  const { order, keys, sourceCount, targetCount, sourceAt, targetAt } = occurrences(profile, s0, s1, t0, t1);
  const byPair = new Map<number, Candidate>();
  const width = t1 - t0 + 1;
  for (let k = 0; k < keys; k += 1) {
    const id = order[k] ?? 0;
    const count = sourceCount[id] ?? 0;
    if (count === 0 || count !== targetCount[id] || count > MAX_OCCURRENCES) continue;
    const weight = profile.weights[id] ?? 0;
    // Occurrences pair up in order: the first in the source with the first in the target, and so on.
    for (let rank = 0; rank < count; rank += 1) {
      const i = sourceAt[id * SLOTS + rank] ?? 0;
      const j = targetAt[id * SLOTS + rank] ?? 0;
      const key = i * width + j;
      const known = byPair.get(key);
      if (known) known.weight += weight;
      else byPair.set(key, { i, j, weight });
    }
  }
  return [...byPair.values()];
}

/** Heaviest chain strictly increasing on both sides (weighted longest increasing subsequence, Fenwick tree over j). */
function heaviestChain(list: Candidate[], columns: number): Candidate[] {
  list.sort((x, y) => x.i - y.i || y.j - x.j);
  const tree = new Float64Array(columns + 1);
  const treeArg = new Int32Array(columns + 1).fill(-1);
  const best = new Float64Array(list.length);
  const previous = new Int32Array(list.length).fill(-1);
  const query = (j: number): [number, number] => {
    let value = 0;
    let arg = -1;
    for (let x = j; x > 0; x -= x & -x) {
      if ((tree[x] ?? 0) > value) {
        value = tree[x] ?? 0;
        arg = treeArg[x] ?? -1;
      }
    }
    return [value, arg];
  };
  const update = (j: number, value: number, arg: number) => {
    for (let x = j; x <= columns; x += x & -x) {
      if (value > (tree[x] ?? 0)) {
        tree[x] = value;
        treeArg[x] = arg;
      }
    }
  };
  let start = 0;
  while (start < list.length) {
    // Candidates of one source paragraph are scored before any of them enters the tree: one anchor per row.
    let end = start;
    while (end < list.length && list[end]?.i === list[start]?.i) end += 1;
    for (let c = start; c < end; c += 1) {
      const [value, arg] = query(list[c]?.j ?? 0);
      best[c] = value + (list[c]?.weight ?? 0);
      previous[c] = arg;
    }
    for (let c = start; c < end; c += 1) update((list[c]?.j ?? 0) + 1, best[c] ?? 0, c);
    start = end;
  }
  let last = -1;
  for (let c = 0; c < list.length; c += 1) if (last < 0 || (best[c] ?? 0) > (best[last] ?? 0)) last = c;
  const chain: Candidate[] = [];
  for (let c = last; c >= 0; c = previous[c] ?? -1) {
    const candidate = list[c];
    if (candidate) chain.push(candidate);
  }
  return chain.reverse();
}

/** Keys found in more paragraphs than this on either side are too common to point at one pair. */
const SIMILAR_MAX_FREQUENCY = 256;
/** A similarity anchor shares at least this share of the two paragraphs' key weight (Dice)… */
const SIMILAR_MIN_DICE = 0.3;
/** …and at least this much weight in nats, so that one stray cognate cannot make an anchor. */
const SIMILAR_MIN_SHARED = 2;

/** Per profile, a mark per key id, so `sharedWeight` can intersect two rows in one pass each. */
const marks = new WeakMap<PairProfile, { readonly of: Int32Array; last: number }>();

/** Weight of the keys paragraphs i (source) and j (target) share: row i's keys marked, row j's looked up. */
function sharedWeight(profile: PairProfile, i: number, j: number): number {
  const source = profile.source.keys;
  const target = profile.target.keys;
  let scratch = marks.get(profile);
  if (!scratch) {
    scratch = { of: new Int32Array(profile.weights.length), last: 0 };
    marks.set(profile, scratch);
  }
  scratch.last += 1;
  const mark = scratch.last;
  const of = scratch.of;
  for (let a = source.offsets[i] ?? 0, aEnd = source.offsets[i + 1] ?? 0; a < aEnd; a += 1) of[source.ids[a] ?? 0] = mark;
  let total = 0;
  for (let b = target.offsets[j] ?? 0, bEnd = target.offsets[j + 1] ?? 0; b < bEnd; b += 1) {
    const id = target.ids[b] ?? 0;
    if (of[id] === mark) total += profile.weights[id] ?? 0;
  }
  return total;
}

/**
 * Paragraph pairs that are each other's most similar counterpart by shared key weight (Dice over
 * the paragraphs' key weights), found through the inverted index. Unlike rare single keys, a
 * combination of ordinary keys is distinctive, so these anchors stay dense in long texts whose
 * vocabulary repeats; the chain then drops the few coincidences.
 */
function similarityCandidates(profile: PairProfile, s0: number, s1: number, t0: number, t1: number): Candidate[] {
  const { source, target, weights, targetIndex: index } = profile;
  const n = s1 - s0;
  const m = t1 - t0;
  const sourceFrequency = new Int32Array(weights.length);
  for (let e = source.keys.offsets[s0] ?? 0, end = source.keys.offsets[s1] ?? 0; e < end; e += 1) {
    const id = source.keys.ids[e] ?? 0;
    sourceFrequency[id] = (sourceFrequency[id] ?? 0) + 1;
  }
  const score = new Float64Array(m);
  const touched = new Int32Array(m);
  const bestSourceOf = new Int32Array(m).fill(-1);
  const bestSourceDice = new Float64Array(m);
  const bestTargetOf = new Int32Array(n).fill(-1);
  const bestTargetDice = new Float64Array(n);
  const ownWeight = (side: PairProfile['source'], p: number) => (side.keyWeight[p + 1] ?? 0) - (side.keyWeight[p] ?? 0);
  for (let i = 0; i < n; i += 1) {
    let count = 0;
    for (let e = source.keys.offsets[s0 + i] ?? 0, end = source.keys.offsets[s0 + i + 1] ?? 0; e < end; e += 1) {
      const id = source.keys.ids[e] ?? 0;
      const weight = weights[id] ?? 0;
      const from = index.offsets[id] ?? 0;
      const to = index.offsets[id + 1] ?? 0;
      if (weight <= 0 || to - from > SIMILAR_MAX_FREQUENCY || (sourceFrequency[id] ?? 0) > SIMILAR_MAX_FREQUENCY) continue;
      for (let p = from; p < to; p += 1) {
        const j = (index.items[p] ?? 0) - t0;
        if (j < 0 || j >= m) continue;
        if ((score[j] ?? 0) === 0) {
          touched[count] = j;
          count += 1;
        }
        score[j] = (score[j] ?? 0) + weight;
      }
    }
    const weightI = ownWeight(source, s0 + i);
    for (let k = 0; k < count; k += 1) {
      const j = touched[k] ?? 0;
      const dice = (2 * (score[j] ?? 0)) / (weightI + ownWeight(target, t0 + j) + 1e-9);
      score[j] = 0;
      if (dice > (bestTargetDice[i] ?? 0)) {
        bestTargetDice[i] = dice;
        bestTargetOf[i] = j;
      }
      if (dice > (bestSourceDice[j] ?? 0)) {
        bestSourceDice[j] = dice;
        bestSourceOf[j] = i;
      }
    }
  }
  const found: Candidate[] = [];
  for (let i = 0; i < n; i += 1) {
    const j = bestTargetOf[i] ?? -1;
    if (j < 0 || bestSourceOf[j] !== i || (bestTargetDice[i] ?? 0) < SIMILAR_MIN_DICE) continue;
    const shared = sharedWeight(profile, s0 + i, t0 + j);
    if (shared >= SIMILAR_MIN_SHARED) found.push({ i, j, weight: shared });
  }
  return found;
}

/**
 * Anchors for placing a search band in a long stretch: rare-key pairs and mutually most similar
 * pairs together, chained. Denser than `anchorPairs`, which the length model's first fit uses.
 */
export function bandAnchors(profile: PairProfile, s0: number, s1: number, t0: number, t1: number): readonly { readonly i: number; readonly j: number }[] {
  return remembered(bandCache, profile, [s0, s1, t0, t1], () => findBandAnchors(profile, s0, s1, t0, t1));
}

/** Anchors depend only on the profile and the stretch; the length model's fit, the coarse path and the band all ask. */
const bandCache = new WeakMap<PairProfile, Map<string, readonly Candidate[]>>();
const rareCache = new WeakMap<PairProfile, Map<string, readonly Candidate[]>>();

function remembered(cache: WeakMap<PairProfile, Map<string, readonly Candidate[]>>, profile: PairProfile, bounds: readonly number[], find: () => readonly Candidate[]): readonly Candidate[] {
  let byStretch = cache.get(profile);
  if (!byStretch) {
    byStretch = new Map();
    cache.set(profile, byStretch);
  }
  const key = bounds.join(',');
  let found = byStretch.get(key);
  if (!found) {
    found = find();
    byStretch.set(key, found);
  }
  return found;
}

function findBandAnchors(profile: PairProfile, s0: number, s1: number, t0: number, t1: number): Candidate[] {
  const byPair = new Map<number, Candidate>();
  const width = t1 - t0 + 1;
  for (const candidate of [...candidates(profile, s0, s1, t0, t1), ...similarityCandidates(profile, s0, s1, t0, t1)]) {
    const key = candidate.i * width + candidate.j;
    const known = byPair.get(key);
    if (known) known.weight = Math.max(known.weight, candidate.weight);
    else byPair.set(key, { ...candidate });
  }
  return heaviestChain([...byPair.values()], t1 - t0);
}

/** Anchor pairs of the stretch, in stretch coordinates (paragraph i of the source stretch with paragraph j of the target stretch). */
export function anchorPairs(profile: PairProfile, s0: number, s1: number, t0: number, t1: number): readonly { readonly i: number; readonly j: number }[] {
  return remembered(rareCache, profile, [s0, s1, t0, t1], () => heaviestChain(candidates(profile, s0, s1, t0, t1), t1 - t0));
}

/** Lattice points (stretch coordinates) the best path probably passes: both corners of each band anchor. */
export function anchorPoints(profile: PairProfile, s0: number, s1: number, t0: number, t1: number): LatticePoint[] {
  return bandAnchors(profile, s0, s1, t0, t1).flatMap(({ i, j }) => [
    { row: i, column: j },
    { row: i + 1, column: j + 1 },
  ]);
}
