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

/** Paragraph pairs sharing rare keys within the stretch, weights summed per pair. */
function candidates(profile: PairProfile, s0: number, s1: number, t0: number, t1: number): Candidate[] {
  const occurrences = new Map<number, { source: number[]; target: number[] }>();
  const collect = (rows: PairProfile['source']['keys'], from: number, to: number, side: 'source' | 'target') => {
    for (let p = from; p < to; p += 1) {
      for (let e = rows.offsets[p] ?? 0, end = rows.offsets[p + 1] ?? 0; e < end; e += 1) {
        const id = rows.ids[e] ?? 0;
        if ((profile.weights[id] ?? 0) <= 0) continue;
        let entry = occurrences.get(id);
        if (!entry) {
          entry = { source: [], target: [] };
          occurrences.set(id, entry);
        }
        const list = entry[side];
        if (list.length <= MAX_OCCURRENCES) list.push(p - from);
      }
    }
  };
  collect(profile.source.keys, s0, s1, 'source');
  collect(profile.target.keys, t0, t1, 'target');
  const byPair = new Map<number, Candidate>();
  const width = t1 - t0 + 1;
  for (const [id, { source, target }] of occurrences) {
    if (source.length === 0 || source.length !== target.length || source.length > MAX_OCCURRENCES) continue;
    const weight = profile.weights[id] ?? 0;
    source.forEach((i, rank) => {
      const j = target[rank] ?? 0;
      const key = i * width + j;
      const known = byPair.get(key);
      if (known) known.weight += weight;
      else byPair.set(key, { i, j, weight });
    });
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

/** Anchor pairs of the stretch, in stretch coordinates (paragraph i of the source stretch with paragraph j of the target stretch). */
export function anchorPairs(profile: PairProfile, s0: number, s1: number, t0: number, t1: number): { readonly i: number; readonly j: number }[] {
  return heaviestChain(candidates(profile, s0, s1, t0, t1), t1 - t0);
}

/** Lattice points (stretch coordinates) the best path probably passes: both corners of each anchor pair. */
export function anchorPoints(profile: PairProfile, s0: number, s1: number, t0: number, t1: number): LatticePoint[] {
  return anchorPairs(profile, s0, s1, t0, t1).flatMap(({ i, j }) => [
    { row: i, column: j },
    { row: i + 1, column: j + 1 },
  ]);
}
