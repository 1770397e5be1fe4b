/**
 * Anchor keys: what a Russian paragraph and its English translation can share although they are
 * in different scripts — numbers, dates, and words whose transliteration keys agree (names,
 * cognates, Latin tokens, the translator's transliterated insertions). Keys are small integers
 * in one vocabulary per alignment. It uses the translit module's keys and never transliterates by itself.
 */
import { uncachedSkeleton as skeleton } from '../translit/match-key.js';
import { cognateStems } from './cognates.js';
import { stemEnglish, stemRussian, type StemDictionary } from './dictionary/index.js';
import { monthOf, romanDateNumbers, romanValue } from './dates.js';
import { isTens, numberWordValue } from './number-words.js';
import { nameVariants } from './name-variants.js';
import { emptyCounts, scanText, type ScanCounts, type ScanSink } from './scan.js';
import { WordTable } from './word-table.js';

/** Paragraph → key ids, as compressed rows: keys of paragraph i are `ids[offsets[i] .. offsets[i + 1])`, each once, in the order first met. */
export interface KeyRows {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  /** 1 where the key comes only from an insertion: it may match, but its absence is no evidence. */
  readonly optional: Uint8Array;
}

/** Consonants that Russian case endings add to a stem (-ом, -ах, -ов, -ами), as skeletons spell them. */
const RUSSIAN_ENDING_CONSONANTS = new Set(['m', 'h', 'f']);
/** Words shorter than this carry no key unless they are names or Roman numerals; most are function words. */
const MIN_WORD = 3;
const NO_KEYS: readonly number[] = [];
const NO_STEMS: readonly string[] = [];

/** The value of a Roman digit's char code (I V X L C D M), else 0; by code, since charAt makes a string of every Cyrillic letter. */
function romanDigit(code: number): number {
  switch (code) {
    case 73:
      return 1;
    case 86:
      return 5;
    case 88:
      return 10;
    case 76:
      return 50;
    case 67:
      return 100;
    case 68:
      return 500;
    case 77:
      return 1000;
    default:
      return 0;
  }
}

function mayBeRoman(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (romanDigit(text.charCodeAt(i)) === 0) return false;
  return true;
}

/** True when only a space or a hyphen stands between text[from] and text[to] (twenty-five, двадцать пять). */
function joinedByHyphenOrSpace(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const code = text.charCodeAt(from);
  return code === 32 || code === 45 || code === 0xa0 || code === 0x2010 || code === 0x2011;
}

function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0x410 && code <= 0x42f) || code === 0x401;
}

/** True at the end of the text or before a stop, colon or closing bracket: "Chapter I", "PART V. THE RIVER". */
function endsHeading(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && text.charCodeAt(k) <= 32) k += 1;
  if (k === text.length) return true;
  const code = text.charCodeAt(k);
  return k === end && (code === 46 || code === 58 || code === 41 || code === 93);
}

/** True when text[start] follows a dot, directly or after one space (30.X.62, 30. X. 62). */
function followsDot(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return before === 46 || (before === 32 && text.charCodeAt(start - 2) === 46);
}

/** What a key stands for; its weight depends on it. */
export const KEY_WORD = 0;
export const KEY_NAME = 1;
/** A Latin-script word in the Russian text (an identifier, a foreign name): matches its English twin exactly. */
export const KEY_LATIN = 2;
export const KEY_NUMBER = 3;
/** A Russian and an English word found together in the confident pairs of a first alignment (learned-lexicon). */
export const KEY_LEARNED = 4;
/** An English word stem that a Russian word and an English word meet at through the bilingual dictionary. */
export const KEY_DICTIONARY = 5;

/** One shared vocabulary of key strings for both sides of one alignment, with per-word memoization. */
export class KeyVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly kindList: number[] = [];
  private readonly words = new WordTable<readonly number[]>();
  private readonly numbers = new WordTable<number>();
  private readonly dictionaryIdsByStem = new Map<string, number>();

  /** `dictionary`: Russian and English stems whose dictionary pairs become shared keys (none: no such keys). */
  constructor(private readonly dictionary?: StemDictionary) {}

  get size(): number {
    return this.ids.size;
  }

  /** The id of `key`; a word key once seen as a name stays a name. */
  id(key: string, kind = KEY_WORD): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      this.kindList.push(kind);
    } else if (kind > (this.kindList[id] ?? KEY_WORD)) {
      this.kindList[id] = kind;
    }
    return id;
  }

  /** Marks word keys as exact: the source text itself spells the word in Latin letters. */
  markLatin(ids: readonly number[]): void {
    for (const id of ids) if (id >= 0 && (this.kindList[id] ?? KEY_WORD) < KEY_LATIN) this.kindList[id] = KEY_LATIN;
  }

  /** KEY_WORD, KEY_NAME, KEY_LATIN or KEY_NUMBER for each id. */
  kinds(): Uint8Array {
    return Uint8Array.from(this.kindList);
  }

  /** The key of the digit run text[start, end), leading zeros ignored. */
  numberId(text: string, start: number, end: number): number {
    const hash = WordTable.hash(text, start, end, 0);
    let id = this.numbers.get(text, start, end, hash);
    if (id === undefined) {
      let first = start;
      while (first < end - 1 && text.charCodeAt(first) === 48) first += 1;
      id = this.id(`#${text.slice(first, end)}`, KEY_NUMBER);
      this.numbers.set(text.slice(start, end), hash, id);
    }
    return id;
  }

  /** Keys of the word text[start, end), memoized per spelling and name flag. */
  wordIdsAt(text: string, start: number, end: number, named: boolean): readonly number[] {
    const hash = WordTable.hash(text, start, end, named ? 1 : 0);
    const known = this.words.get(text, start, end, hash);
    if (known !== undefined) return known;
    const keys = this.wordIds(text.slice(start, end), named);
    this.words.set(text.slice(start, end), hash, keys);
    return keys;
  }

  /**
   * Keys of one word: its consonant skeleton, plus the skeleton without a final inflectional
   * consonant (Раском ↔ Rusk, Presidents ↔ президент), and of Latin-root stems (декларации ↔
   * declaration); month names, Roman numerals and number words as numbers.
   * Short skeletons only count for names. A number word's keys end with its value, negated:
   * the keyer joins twenty-five, двадцать пятая into 25 and drops that entry.
   */
  wordIds(word: string, named: boolean): readonly number[] {
    const keys: number[] = [];
    const spelled = numberWordValue(word);
    if (spelled > 0) keys.push(this.id(`#${spelled}`, KEY_NUMBER));
    const month = monthOf(word);
    if (month > 0) keys.push(this.id(`#${month}`, KEY_NUMBER));
    const roman = word.length >= 2 ? romanValue(word) : 0;
    if (roman > 0) keys.push(this.id(`#${roman}`, KEY_NUMBER));
    const shape = skeleton(word);
    const kind = named ? KEY_NAME : KEY_WORD;
    if (this.pushShape(shape, named, kind, keys)) {
      for (const variant of nameVariants(word)) this.pushShape(skeleton(variant), named, kind, keys);
      for (const stem of cognateStems(word)) {
        const stemShape = skeleton(stem);
        if (stemShape.length >= 3 && stemShape !== shape) keys.push(this.id(`w${stemShape}`, kind));
      }
    }
    if (this.dictionary) this.dictionaryIds(word, keys);
    if (spelled > 0) keys.push(-spelled);
    return keys.length === 0 ? NO_KEYS : keys;
  }

  /**
   * Adds a skeleton's key, and the key without a final inflectional consonant (Раском ↔ Rusk,
   * Моабом ↔ Moab); short skeletons only for names. False when the skeleton is too short to count.
   */
  private pushShape(shape: string, named: boolean, kind: number, keys: number[]): boolean {
    if (shape.length < 2 || (shape.length === 2 && !named)) return false;
    const add = (key: string) => {
      const id = this.id(`w${key}`, kind);
      if (!keys.includes(id)) keys.push(id);
    };
    add(shape);
    if (shape.length >= (named ? 3 : 4)) {
      const last = shape.charAt(shape.length - 1);
      if (RUSSIAN_ENDING_CONSONANTS.has(last) || last === 's') add(shape.slice(0, -1));
    }
    return true;
  }

  /** Keys of a word's dictionary translations: the English stems a Russian word translates to, or an English word's own stem. */
  private dictionaryIds(word: string, keys: number[]): void {
    const dictionary = this.dictionary;
    if (!dictionary) return;
    const code = word.charCodeAt(0);
    if (code >= 0x400 && code <= 0x4ff) {
      for (const english of dictionary.russian.get(stemRussian(word)) ?? NO_STEMS) keys.push(this.dictionaryId(english));
    } else if (code < 0x250) {
      const stem = stemEnglish(word);
      if (dictionary.english.has(stem)) keys.push(this.dictionaryId(stem));
    }
  }

  /** The key of an English dictionary stem, remembered by the stem: many Russian words share each, and the prefixed key string need not be built again. */
  private dictionaryId(stem: string): number {
    let id = this.dictionaryIdsByStem.get(stem);
    if (id === undefined) {
      id = this.id(`d${stem}`, KEY_DICTIONARY);
      this.dictionaryIdsByStem.set(stem, id);
    }
    return id;
  }
}

/** A spelling one side has met: its keys, the number it spells (0: none), and 1 + the last row that took its keys. */
interface SeenWord {
  readonly ids: readonly number[];
  readonly spelled: number;
  row: number;
}

/** Scans paragraphs and collects their keys into compressed rows; one instance per side. */
export class ParagraphKeyer implements ScanSink {
  /** Key ids of the rows, the open one last. */
  private buffer = new Int32Array(1024);
  /** Where in `buffer` an optional key (from an insertion) stands: rare, so kept as a list rather than a flag per key. */
  private readonly optionalAt: number[] = [];
  private used = 0;
  /** 1 while scanning insertions: their keys are optional. */
  private flag = 0;
  /** Single capital letters I, V, X…: Roman numerals only if the paragraph turns out to be Russian… */
  private loneRomans: number[] = [];
  /** …or where they number a heading in English: "Chapter I", "PART V." (after a capitalized word, before the end or a stop); so does "One". */
  private headingRomans: number[] = [];
  /** Where the last word ended, and whether it began with a capital. */
  private lastEnd = -1;
  private lastCapital = false;
  /** A Roman numeral right after a dot (30.X.62): only then is the paragraph searched for dates. */
  private romanAfterDot = false;
  /** The last word if it spelt 20, 30 … 90, and where it ended: a unit word right after it makes one number (twenty-five). */
  private tens = 0;
  private tensEnd = -1;
  private readonly offsets: number[] = [0];
  /** This side's words seen so far, by spelling, without and with the name flag. */
  private readonly plainWords = new WordTable<SeenWord>();
  private readonly namedWords = new WordTable<SeenWord>();
  /**
   * Per key id, 1 + the number of the last row that took it: a key seen again in the same
   * paragraph (most are) is dropped on arrival, so each row holds its keys once.
   */
  private lastRow = new Int32Array(1024);

  constructor(
    private readonly vocabulary: KeyVocabulary,
    /** True for the Russian side: its Latin-script words make exact keys. */
    private readonly marksLatin = false,
  ) {}

  word(text: string, start: number, end: number, named: boolean, hash: number): void {
    const length = end - start;
    const afterCapital = this.lastCapital && this.lastEnd === start - 1;
    this.lastEnd = end;
    this.lastCapital = isCapital(text.charCodeAt(start));
    if (length === 1) {
      const value = romanDigit(text.charCodeAt(start));
      if (value > 0) this.loneRomans.push(value);
      if (value > 0 && afterCapital && endsHeading(text, end)) this.headingRomans.push(value);
      if (value > 0 && followsDot(text, start)) this.romanAfterDot = true;
      return;
    }
    // Cardinal one is no number key (numberWordValue), save where it numbers a heading: "CHAPTER ONE", "Part One".
    if (length === 3 && afterCapital && endsHeading(text, end) && text.slice(start, end).toLowerCase() === 'one') this.headingRomans.push(1);
    if (length < MIN_WORD && !named && !mayBeRoman(text, start, end)) return;
    if (end - start <= 4 && followsDot(text, start)) this.romanAfterDot ||= mayBeRoman(text, start, end);
    const seen = this.seenWord(text, start, end, named, hash);
    // A word met again in the same paragraph (most function words, many others) has given its keys already.
    const row = this.offsets.length;
    if (seen.row !== row) {
      seen.row = row;
      if (this.marksLatin && text.charCodeAt(start) < 0x250) this.vocabulary.markLatin(seen.ids);
      for (const id of seen.ids) this.push(id);
    }
    const spelled = seen.spelled;
    if (spelled > 0 && spelled < 10 && this.tens > 0 && joinedByHyphenOrSpace(text, this.tensEnd, start)) {
      this.push(this.vocabulary.id(`#${this.tens + spelled}`, KEY_NUMBER));
    }
    this.tens = isTens(spelled) ? spelled : 0;
    this.tensEnd = end;
  }

  /**
   * A word's keys, looked up under the hash the scan took: a book's millions of words are read
   * once, and only a spelling new to this side goes to the vocabulary (which hashes it again).
   */
  private seenWord(text: string, start: number, end: number, named: boolean, hash: number): SeenWord {
    const table = named ? this.namedWords : this.plainWords;
    const known = table.get(text, start, end, hash);
    if (known !== undefined) return known;
    const keys = this.vocabulary.wordIdsAt(text, start, end, named);
    const last = keys[keys.length - 1] ?? 0;
    const seen: SeenWord = last < 0 ? { ids: keys.slice(0, -1), spelled: -last, row: 0 } : { ids: keys, spelled: 0, row: 0 };
    table.set(text.slice(start, end), hash, seen);
    return seen;
  }

  number(text: string, start: number, end: number): void {
    this.push(this.vocabulary.numberId(text, start, end));
  }

  /** Adds a key to the open row unless the row has it; the first occurrence stays, so a body key outranks an optional one (bodies are scanned first). */
  private push(id: number): void {
    if (id >= this.lastRow.length) this.lastRow = grown(this.lastRow, id + 1);
    const row = this.offsets.length;
    if (this.lastRow[id] === row) return;
    this.lastRow[id] = row;
    if (this.used === this.buffer.length) this.buffer = grown(this.buffer, this.used + 1);
    this.buffer[this.used] = id;
    if (this.flag === 1) this.optionalAt.push(this.used);
    this.used += 1;
  }

  /** Scans one paragraph's body and its insertion renderings (optional keys), then closes its row. */
  add(body: string, rendering: string, counts: ScanCounts): void {
    this.flag = 0;
    this.loneRomans.length = 0;
    this.headingRomans.length = 0;
    this.romanAfterDot = false;
    this.tens = 0;
    this.lastEnd = -1;
    scanText(body, counts, this);
    // The lone letters themselves count as Latin words: «Глава I» is Russian, and a paragraph of
    // nothing else ("I", "V.") is a chapter number in either language, unless it is a line of dialogue (“I?”).
    const otherLatin = counts.latinWords - this.loneRomans.length;
    const chapterNumber = counts.cyrillicWords + otherLatin === 0 && !counts.dialogue && counts.questions + counts.exclamations === 0;
    const romans = counts.cyrillicWords > otherLatin || chapterNumber ? this.loneRomans : this.headingRomans;
    for (const value of romans) this.push(this.vocabulary.id(`#${value}`, KEY_NUMBER));
    if (this.sawRomanAfterDot()) for (const number of romanDateNumbers(body)) this.push(this.vocabulary.numberId(number, 0, number.length));
    if (rendering.length > 0) {
      // Insertions do not count towards length or punctuation: scan them into throwaway counts.
      this.flag = 1;
      this.tens = 0;
      this.lastEnd = -1;
      scanText(rendering, emptyCounts(), this);
      this.flag = 0;
    }
    this.closeRow();
  }

  /** Set by `word` while scanning (the compiler cannot see that callback). */
  private sawRomanAfterDot(): boolean {
    return this.romanAfterDot;
  }

  /** Ends the open row. Its ids are distinct (`push` drops repeats) and not sorted (a sort per paragraph cost 80 ms on the 30k bench case): whoever intersects two rows marks one and looks the other up. */
  private closeRow(): void {
    this.offsets.push(this.used);
  }

  /** The rows, as views on this keyer's buffers (a copy would cost more than the words' scan: fresh memory is slow to touch); the keyer is done. */
  rows(): KeyRows {
    const optional = new Uint8Array(this.used);
    for (const at of this.optionalAt) optional[at] = 1;
    return { offsets: Int32Array.from(this.offsets), ids: this.buffer.subarray(0, this.used), optional };
  }
}

/**
 * How much a buffer grows when full. Memory is only paid for when touched, and here touching
 * fresh memory costs more than the copying: growing fourfold touches 1.33 times the final size
 * over all copies, doubling twice it.
 */
const GROWTH = 4;

/** `array` copied into one GROWTH times as long, and at least `least` long. */
function grown(array: Int32Array, least: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(Math.max(least, array.length * GROWTH));
  copy.set(array);
  return copy;
}

/** Weight of the keys paragraph i shares with paragraph i + 1, for i in 0..count-2 (rows need not be sorted: a stamp per key marks row i). */
export function neighbourShared(rows: KeyRows, weights: Float64Array): Float64Array {
  const count = rows.offsets.length - 1;
  const shared = new Float64Array(Math.max(0, count));
  const stamp = new Int32Array(weights.length);
  const { ids, offsets } = rows;
  for (let i = 0; i + 1 < count; i += 1) {
    for (let a = offsets[i] ?? 0, aEnd = offsets[i + 1] ?? 0; a < aEnd; a += 1) stamp[ids[a] ?? 0] = i + 1;
    let total = 0;
    for (let b = offsets[i + 1] ?? 0, bEnd = offsets[i + 2] ?? 0; b < bEnd; b += 1) {
      const id = ids[b] ?? 0;
      if (stamp[id] === i + 1) total += weights[id] ?? 0;
    }
    shared[i] = total;
  }
  return shared;
}

/** In how many paragraphs each key occurs. */
export function documentFrequency(rows: KeyRows, vocabularySize: number): Int32Array {
  const frequency = new Int32Array(vocabularySize);
  // An indexed loop: this runs once per side, mostly before the optimizing compiler takes over, where iterators are slow.
  const ids = rows.ids;
  for (let e = 0, end = ids.length; e < end; e += 1) {
    const id = ids[e] ?? 0;
    frequency[id] = (frequency[id] ?? 0) + 1;
  }
  return frequency;
}
