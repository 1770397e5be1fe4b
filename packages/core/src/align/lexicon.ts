/**
 * Lexical evidence between paragraphs: how much weight of anchor keys paragraph i of the source
 * shares with paragraph j of the target, computed only inside the search band, and how much
 * weight each paragraph has that its counterpart should show. Pure arithmetic over key rows.
 */
import type { Band } from './band.js';
import { KEY_DICTIONARY, KEY_LATIN, KEY_LEARNED, KEY_NAME, KEY_NUMBER, KEY_WORD, type KeyRows } from './keys.js';

/** No single key may outweigh this many nats, however rare: transliteration keys can collide. */
const MAX_KEY_WEIGHT = 2.5;
/**
 * How far each kind of key is trusted. Numbers and Latin words of the Russian text survive
 * translation exactly; transliterated names usually; a consonant skeleton shared by a Russian and
 * an English word is often a cognate but as often a coincidence (право ↔ prove), so it counts little;
 * a word pair learned from the first alignment's confident pairs counts less still, as that
 * alignment's own mistakes can teach it (at 0.5 some bench cases gained and others lost; at 0.35
 * none lost against no lexicon). A dictionary pair's factor is a tuning knob (`dictionaryWeight`).
 */
const KIND_FACTOR: Readonly<Record<number, number>> = { [KEY_WORD]: 0.5, [KEY_NAME]: 1, [KEY_LATIN]: 1.5, [KEY_NUMBER]: 2, [KEY_LEARNED]: 0.35 };
/**
 * A number only one text has (31.X.62 in a dropped telegram) still says that a block containing
 * it holds something its counterpart lacks; at half weight it argues against wrong merges, while
 * names and words found on one side only (most of them no cognates at all) carry no weight.
 */
const ONE_SIDED_NUMBER = 0.5;
/**
 * A dictionary word whose translation the other text never has: no evidence for or against any
 * pairing (it is missing from all of them), so it weighs nothing as a key. It does show that its
 * paragraph says something, which is what `oneSidedDictionaryWeights` measures for merged blocks.
 */
export const ONE_SIDED_DICTIONARY = 0.5;

/**
 * Weight of each key: rare keys count most; a word key must occur on both sides, and about as
 * often on each (a skeleton in 3 Russian and 300 English paragraphs is a collision, not a name).
 */
export function keyWeights(
  sourceFrequency: Int32Array,
  targetFrequency: Int32Array,
  sourceCount: number,
  targetCount: number,
  kinds: Uint8Array,
  /** The trust in dictionary pairs (`AlignTuning.dictionaryWeight`). */
  dictionaryFactor = 0,
  /** Weight of a dictionary key found on one side only, as a share of a two-sided one's (0: none). */
  oneSidedDictionary = 0,
): Float64Array {
  const weights = new Float64Array(sourceFrequency.length);
  const paragraphs = (sourceCount + targetCount) / 2;
  for (let k = 0; k < weights.length; k += 1) {
    const inSource = sourceFrequency[k] ?? 0;
    const inTarget = targetFrequency[k] ?? 0;
    const kind = kinds[k] ?? 0;
    const factor = kind === KEY_DICTIONARY ? dictionaryFactor : (KIND_FACTOR[kind] ?? 1);
    const rarity = Math.max(0, Math.min(MAX_KEY_WEIGHT, Math.log((paragraphs + 1) / ((inSource + inTarget) / 2))));
    if (inSource > 0 && inTarget > 0) weights[k] = factor * rarity * (Math.min(inSource, inTarget) / Math.max(inSource, inTarget));
    else if (kind === KEY_NUMBER) weights[k] = factor * rarity * ONE_SIDED_NUMBER;
    else if (kind === KEY_DICTIONARY) weights[k] = factor * rarity * oneSidedDictionary;
  }
  return weights;
}

/** Total weight of each paragraph's own (non-optional) keys: what a true counterpart should mostly share. */
export function paragraphWeights(rows: KeyRows, weights: Float64Array): Float64Array {
  const count = rows.offsets.length - 1;
  const totals = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    let total = 0;
    for (let e = rows.offsets[i] ?? 0, end = rows.offsets[i + 1] ?? 0; e < end; e += 1) {
      if ((rows.optional[e] ?? 0) === 0) total += weights[rows.ids[e] ?? 0] ?? 0;
    }
    totals[i] = total;
  }
  return totals;
}

/** Target paragraphs holding each key, ascending: the inverted index. */
function postings(rows: KeyRows, vocabularySize: number, weights: Float64Array): { offsets: Int32Array; items: Int32Array } {
  const offsets = new Int32Array(vocabularySize + 1);
  const count = rows.offsets.length - 1;
  const ids = rows.ids;
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- a typed-array iterator is slower over a book's million keys (measured with the learned rows: 110 -> 60 ms)
  for (let e = 0; e < ids.length; e += 1) {
    const id = ids[e] ?? 0;
    if ((weights[id] ?? 0) > 0) offsets[id + 1] = (offsets[id + 1] ?? 0) + 1;
  }
  for (let k = 0; k < vocabularySize; k += 1) offsets[k + 1] = (offsets[k + 1] ?? 0) + (offsets[k] ?? 0);
  const fill = offsets.slice(0, vocabularySize);
  const items = new Int32Array(offsets[vocabularySize] ?? 0);
  for (let j = 0; j < count; j += 1) {
    for (let e = rows.offsets[j] ?? 0, end = rows.offsets[j + 1] ?? 0; e < end; e += 1) {
      const id = rows.ids[e] ?? 0;
      if ((weights[id] ?? 0) <= 0) continue;
      items[fill[id] ?? 0] = j;
      fill[id] = (fill[id] ?? 0) + 1;
    }
  }
  return { offsets, items };
}

function lowerBound(items: Int32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The inverted index of the target side, built once per alignment and shared by every stretch. */
export type TargetIndex = ReturnType<typeof postings>;

export function targetIndex(target: KeyRows, weights: Float64Array): TargetIndex {
  return postings(target, weights.length, weights);
}

/**
 * Shared key weight for every paragraph pair inside `band`, as a flat Float32Array laid out like
 * the band: row r is source paragraph `sourceOffset + r`, column c target paragraph `targetOffset + c`.
 * Given `shared`, adds to it (for keys kept in rows of their own).
 */
export function sharedWeights(
  band: Band,
  source: KeyRows,
  index: TargetIndex,
  weights: Float64Array,
  sourceOffset: number,
  targetOffset: number,
  shared: Float32Array = new Float32Array(band.cells),
): Float32Array {
  // Each key's postings are read from a cursor that only moves forward while the band's left edge
  // does (it almost always does): no binary search per key and row. A row whose edge steps back
  // starts its keys' cursors afresh.
  const cursor = index.offsets.slice(0, weights.length);
  let previousLo = -1;
  for (let r = 0; r < band.rows; r += 1) {
    const lo = band.lo[r] ?? 0;
    const hi = band.hi[r] ?? -1;
    if (hi < lo) continue;
    const rowStart = (band.start[r] ?? 0) - lo;
    const i = sourceOffset + r;
    const first = lo + targetOffset;
    const steppedBack = lo < previousLo;
    previousLo = lo;
    for (let e = source.offsets[i] ?? 0, end = source.offsets[i + 1] ?? 0; e < end; e += 1) {
      const id = source.ids[e] ?? 0;
      const weight = weights[id] ?? 0;
      if (weight <= 0) continue;
      const last = index.offsets[id + 1] ?? 0;
      let p = steppedBack ? lowerBound(index.items, index.offsets[id] ?? 0, last, first) : (cursor[id] ?? 0);
      while (p < last && (index.items[p] ?? 0) < first) p += 1;
      cursor[id] = p;
      for (; p < last; p += 1) {
        const j = (index.items[p] ?? 0) - targetOffset;
        if (j > hi) break;
        shared[rowStart + j] = (shared[rowStart + j] ?? 0) + weight;
      }
    }
  }
  return shared;
}
