/**
 * One fast pass over a paragraph: its length in content characters, where its words and numbers
 * are, and the shape of its punctuation. Book-length input goes through here, so it walks char
 * codes, creates no substrings and hands word positions to a sink. It only reads the text.
 */
import { FNV_OFFSET, FNV_PRIME } from './word-table.js';

/** Receives the words and numbers of a paragraph as positions in its text. */
export interface ScanSink {
  /**
   * A run of letters; `named` when it starts with a capital after the first word of a sentence.
   * `hash` is `WordTable.hash(text, start, end, 0)`, taken while scanning so the sink need not read the word again.
   */
  word(text: string, start: number, end: number, named: boolean, hash: number): void;
  /** A run of ASCII digits. */
  number(text: string, start: number, end: number): void;
}

/** Paragraph-level counts, written into a reused object. */
export interface ScanCounts {
  /** Letters, digits and symbols; spaces and punctuation do not count, so typography cannot skew the length. */
  length: number;
  questions: number;
  /** Dashes (— – ―) anywhere in the paragraph: in a Russian dialogue paragraph they alternate speech and narration. */
  dashes: number;
  /** Opening quotation marks (« “ „, and every other straight double quote): one per quoted speech. */
  quotes: number;
  /** Straight double quotes seen, to tell opening ones from closing ones. */
  straightQuotes: number;
  /** Sentence ends: a run of . ! ? … followed by space, a closing mark or the end (30.X.62 and ?! count once or not at all). */
  sentences: number;
  exclamations: number;
  /** Opens with a dialogue dash or a quotation mark. */
  dialogue: boolean;
  cyrillicWords: number;
  latinWords: number;
}

export function emptyCounts(): ScanCounts {
  return { length: 0, questions: 0, exclamations: 0, dashes: 0, quotes: 0, straightQuotes: 0, sentences: 0, dialogue: false, cyrillicWords: 0, latinWords: 0 };
}

export function isCyrillicCode(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}

const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
/** Punctuation or space: not counted in the length. */
const PUNCTUATION = 4;

/** Character classes below U+0530 (Latin, Latin-1, Latin Extended, combining marks, Cyrillic), one lookup per character. */
const CLASS = new Uint8Array(0x530);
for (let code = 0; code < 0x530; code += 1) {
  let kind = OTHER;
  if (code <= 32 || (code < 127 && !/[A-Za-z0-9]/.test(String.fromCharCode(code)))) kind = PUNCTUATION;
  else if (code >= 48 && code <= 57) kind = DIGIT;
  else if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || (code >= 0x400 && code <= 0x42f)) kind = UPPER;
  else if ((code >= 97 && code <= 122) || (code >= 0xdf && code <= 0x24f && code !== 0xf7) || (code >= 0x300 && code <= 0x36f) || (code >= 0x430 && code <= 0x52f)) kind = LOWER;
  else if (code === 0xa0 || code === 0xab || code === 0xbb || code === 0xad || code === 0xb7) kind = PUNCTUATION;
  CLASS[code] = kind;
}
// Latin Extended-A/B capitals alternate with small letters; case only matters for names, so they count as letters.

function classOf(code: number): number {
  if (code < 0x530) return CLASS[code] ?? OTHER;
  if ((code >= 0x2000 && code <= 0x206f) || code === 0xfeff || code === 0x3000) return PUNCTUATION;
  return OTHER;
}

function isLetterClass(kind: number): boolean {
  return kind === LOWER || kind === UPPER;
}

/** Marks that end a sentence (or a clause that a capital may follow), so the next capital is ordinary. */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 58 || code === 59;
}

/** Marks that end a sentence proper (not a clause). */
function isFullStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** Dashes and quotation marks that open a line of dialogue in Russian or English typography. */
function opensDialogue(code: number): boolean {
  return code === 0x2014 || code === 0x2013 || code === 0x2015 || code === 0x22 || code === 0x201c || code === 0x201e || code === 0xab || code === 0x2018 || code === 0x27;
}

/** Scans `text`, adding to `counts` (which the caller resets) and reporting words and numbers to `sink`. */
export function scanText(text: string, counts: ScanCounts, sink: ScanSink): void {
  let seenContent = false;
  let sentenceStart = true;
  const end = text.length;
  let i = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    const kind = classOf(code);
    if (isLetterClass(kind)) {
      const start = i;
      // FNV-1a, as WordTable.hash computes it, over the letters as they pass.
      let hash = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
      i += 1;
      while (i < end) {
        const next = text.charCodeAt(i);
        if (!isLetterClass(classOf(next))) break;
        hash = Math.imul(hash ^ next, FNV_PRIME);
        i += 1;
      }
      if (isCyrillicCode(code)) counts.cyrillicWords += 1;
      else counts.latinWords += 1;
      sink.word(text, start, i, !sentenceStart && kind === UPPER, hash | 0);
      counts.length += i - start;
      sentenceStart = false;
      seenContent = true;
    } else if (kind === DIGIT) {
      const start = i;
      i += 1;
      while (i < end && classOf(text.charCodeAt(i)) === DIGIT) i += 1;
      sink.number(text, start, i);
      counts.length += i - start;
      sentenceStart = false;
      seenContent = true;
    } else {
      if (kind === PUNCTUATION) {
        if (!seenContent && opensDialogue(code)) counts.dialogue = true;
        if (code === 0x2014 || code === 0x2013 || code === 0x2015) counts.dashes += 1;
        else if (code === 0xab || code === 0x201c || code === 0x201e) counts.quotes += 1;
        else if (code === 0x22) {
          counts.straightQuotes += 1;
          if ((counts.straightQuotes & 1) === 1) counts.quotes += 1;
        }
        if (code === 63) counts.questions += 1;
        else if (code === 33) counts.exclamations += 1;
        if (endsSentence(code)) sentenceStart = true;
        if (isFullStop(code) && !isFullStop(text.charCodeAt(i - 1)) && (i + 1 === end || classOf(text.charCodeAt(i + 1)) === PUNCTUATION)) counts.sentences += 1;
        if (code > 32 && !opensDialogue(code)) seenContent = true;
      } else {
        // Symbols and letters of other scripts count towards the length.
        counts.length += 1;
        seenContent = true;
      }
      i += 1;
    }
  }
}
