/**
 * Everything the scorer needs about both texts, computed once per alignment: prefix sums of
 * lengths and punctuation (so any block of paragraphs is scored in constant time), anchor keys
 * and their weights. It derives numbers from the texts and keeps no text itself.
 */
import type { AlignSide } from './input.js';
import { documentFrequency, KeyVocabulary, neighbourShared, ParagraphKeyer, type KeyRows } from './keys.js';
import { keyWeights, ONE_SIDED_DICTIONARY, paragraphWeights, targetIndex, type TargetIndex } from './lexicon.js';
import { emptyCounts } from './scan.js';
import type { StemDictionary } from './dictionary/index.js';

export interface SideProfile {
  readonly count: number;
  /** Prefix sums (length count + 1): content characters, question marks, exclamation marks, anchor weight. */
  readonly length: Float64Array;
  readonly questions: Float64Array;
  readonly exclamations: Float64Array;
  readonly sentences: Float64Array;
  /** Prefix sums of speeches: quoted ones, and in a paragraph opening with a dash every other dash-led stretch. */
  readonly speeches: Float64Array;
  readonly keyWeight: Float64Array;
  /** Prefix sums of the weight of dictionary words whose translations the other text lacks (see `ONE_SIDED_DICTIONARY`). */
  readonly unmatchedWeight: Float64Array;
  /** Anchor weight paragraph i shares with paragraph i + 1: what a merged block must not count twice. */
  readonly neighbourWeight: Float64Array;
  readonly dialogue: Uint8Array;
  /** How surely paragraph i continues into i + 1: 1 when the parser marked a page-break split, 0.5 when the text suggests one. */
  readonly continues: Float64Array;
  /** 1 for a short paragraph that does not end a sentence (a heading, a label, "Now, therefore,"): it belongs with what follows. */
  readonly fragment: Uint8Array;
  readonly keys: KeyRows;
  /** Share of words in Cyrillic script, for the same-language check. */
  readonly cyrillicShare: number;
}

export interface PairProfile {
  readonly source: SideProfile;
  readonly target: SideProfile;
  readonly weights: Float64Array;
  /** What each key stands for (KEY_WORD, KEY_NAME…), by id. */
  readonly kinds: Uint8Array;
  readonly targetIndex: TargetIndex;
  /** Keys learned from a first alignment (learned-lexicon), in rows of their own, with their own index. */
  readonly learned?: { readonly source: KeyRows; readonly targetIndex: TargetIndex };
}

interface ScannedSide {
  readonly side: AlignSide;
  readonly length: Float64Array;
  readonly questions: Float64Array;
  readonly exclamations: Float64Array;
  readonly sentences: Float64Array;
  readonly speeches: Float64Array;
  readonly dialogue: Uint8Array;
  readonly fragment: Uint8Array;
  readonly continues: Float64Array;
  readonly keys: KeyRows;
  readonly cyrillicShare: number;
}

/** At most this many content characters, and no sentence-final mark at the end: a fragment. */
const FRAGMENT_LENGTH = 40;
/** The last visible character of a paragraph that ends a sentence (closing quotes and brackets looked through). */
const ENDS_SENTENCE = /[.!?…][\s"'»”’)\]]*$/u;
/** A paragraph that stops mid-sentence (on a word, a number or a comma)… */
const OPEN_END = /[\p{L}\p{N},]/u;
/** …followed by one that opens in lower case reads as one paragraph cut by a page or line break. */
const LOWER = /\p{Ll}/u;
const OPENING_MARKS = new Set(['"', "'", '«', '“', '„', '(']);

/** Tests the last visible character; a character-wise walk, as an end-anchored pattern rescans long paragraphs. */
function endsOpen(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && text.charCodeAt(k) <= 32) k -= 1;
  return k >= 0 && OPEN_END.test(text.charAt(k));
}

const DASHES = new Set(['—', '–', '―']);

function opensWithDash(text: string): boolean {
  let k = 0;
  while (k < text.length && text.charCodeAt(k) <= 32) k += 1;
  return DASHES.has(text.charAt(k));
}

function startsLower(text: string): boolean {
  let k = 0;
  while (k < text.length && (text.charCodeAt(k) <= 32 || OPENING_MARKS.has(text.charAt(k)))) k += 1;
  return k < text.length && LOWER.test(text.charAt(k));
}
/** Less sure than the parser's mark: Russian legal preambles run one sentence over several paragraphs. */
const INFERRED_CONTINUATION = 0.5;

function scanSide(side: AlignSide, vocabulary: KeyVocabulary, isSource: boolean, tick: () => void): ScannedSide {
  const count = side.count;
  const length = new Float64Array(count + 1);
  const questions = new Float64Array(count + 1);
  const exclamations = new Float64Array(count + 1);
  const sentences = new Float64Array(count + 1);
  const speeches = new Float64Array(count + 1);
  const dialogue = new Uint8Array(count);
  const fragment = new Uint8Array(count);
  const continues = new Float64Array(count);
  const keyer = new ParagraphKeyer(vocabulary, isSource);
  const counts = emptyCounts();
  let cyrillic = 0;
  let words = 0;
  for (let i = 0; i < count; i += 1) {
    Object.assign(counts, emptyCounts());
    keyer.add(side.bodies[i] ?? '', side.renderings[i] ?? '', counts);
    length[i + 1] = (length[i] ?? 0) + counts.length;
    questions[i + 1] = (questions[i] ?? 0) + counts.questions;
    exclamations[i + 1] = (exclamations[i] ?? 0) + counts.exclamations;
    const body = side.bodies[i] ?? '';
    if (counts.length > 0 && counts.length <= FRAGMENT_LENGTH && !ENDS_SENTENCE.test(body)) fragment[i] = 1;
    // A paragraph with words but no final mark still holds a sentence, unless it is a fragment that runs into the next.
    sentences[i + 1] = (sentences[i] ?? 0) + Math.max(counts.sentences, counts.length > 0 && fragment[i] === 0 ? 1 : 0);
    dialogue[i] = counts.dialogue ? 1 : 0;
    // "— Не кричи. — Она даже не обернулась. — Их заводить надо." is two speeches, as is its “Don’t shout.” She didn’t… “It has to be…”
    const dashLed = counts.dialogue && opensWithDash(body) ? Math.ceil(counts.dashes / 2) : 0;
    speeches[i + 1] = (speeches[i] ?? 0) + dashLed + counts.quotes;
    if ((side.continues[i] ?? 0) === 1) continues[i] = 1;
    else if (i + 1 < count && endsOpen(body) && startsLower(side.bodies[i + 1] ?? '')) continues[i] = INFERRED_CONTINUATION;
    cyrillic += counts.cyrillicWords;
    words += counts.cyrillicWords + counts.latinWords;
    if ((i & 1023) === 1023) tick();
  }
  return { side, length, questions, exclamations, sentences, speeches, dialogue, fragment, continues, keys: keyer.rows(), cyrillicShare: words === 0 ? 0 : cyrillic / words };
}

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i += 1) sums[i + 1] = (sums[i] ?? 0) + (values[i] ?? 0);
  return sums;
}

function finishSide(scanned: ScannedSide, weights: Float64Array, unmatched: Float64Array): SideProfile {
  const { side, keys } = scanned;
  const keyWeight = prefixSums(paragraphWeights(keys, weights));
  return {
    count: side.count,
    length: scanned.length,
    questions: scanned.questions,
    exclamations: scanned.exclamations,
    sentences: scanned.sentences,
    speeches: scanned.speeches,
    keyWeight,
    unmatchedWeight: prefixSums(paragraphWeights(keys, unmatched)),
    neighbourWeight: neighbourShared(keys, weights),
    dialogue: scanned.dialogue,
    continues: scanned.continues,
    fragment: scanned.fragment,
    keys,
    cyrillicShare: scanned.cyrillicShare,
  };
}

/**
 * Scans both sides, builds the shared key vocabulary and weighs the keys. `tick` reports progress
 * every 1024 paragraphs; `dictionary` adds its word pairs as keys, weighed by `dictionaryWeight`.
 */
export function profilePair(source: AlignSide, target: AlignSide, tick: () => void = () => undefined, dictionary?: StemDictionary, dictionaryWeight = 0): PairProfile {
  const vocabulary = new KeyVocabulary(dictionary);
  const scannedSource = scanSide(source, vocabulary, true, tick);
  const scannedTarget = scanSide(target, vocabulary, false, tick);
  const kinds = vocabulary.kinds();
  const sourceFrequency = documentFrequency(scannedSource.keys, vocabulary.size);
  const targetFrequency = documentFrequency(scannedTarget.keys, vocabulary.size);
  const weights = keyWeights(sourceFrequency, targetFrequency, source.count, target.count, kinds, dictionaryWeight);
  const withOneSided = keyWeights(sourceFrequency, targetFrequency, source.count, target.count, kinds, dictionaryWeight, ONE_SIDED_DICTIONARY);
  const unmatched = withOneSided.map((weight, k) => weight - (weights[k] ?? 0));
  return {
    source: finishSide(scannedSource, weights, unmatched),
    target: finishSide(scannedTarget, weights, unmatched),
    weights,
    kinds,
    targetIndex: targetIndex(scannedTarget.keys, weights),
  };
}
