/**
 * Numbers that survive translation without digits: Roman numerals (XIX век ↔ 19th century),
 * month names in either language, and dotted dates with Roman-numeral months (30.X.62 ↔
 * October 30, 1962). Each becomes the same number key on both sides. It only reads words.
 */

const ROMAN_VALUE: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const ROMAN_WORD = /^[IVXLCDM]+$/;
/** A canonical Roman numeral below 4000: rejects shapes such as IIII or VX that are words, not numbers. */
const CANONICAL_ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** The value of a Roman numeral written in capitals, or 0 when `word` is not one. */
export function romanValue(word: string): number {
  if (word.length === 0 || word.length > 15 || !ROMAN_WORD.test(word) || !CANONICAL_ROMAN.test(word)) return 0;
  let total = 0;
  for (let i = 0; i < word.length; i += 1) {
    const value = ROMAN_VALUE[word.charAt(i)] ?? 0;
    const next = ROMAN_VALUE[word.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12,
};

/** Russian month stems: every case form of the month begins with one of these. */
const RUSSIAN_MONTH_STEMS: readonly (readonly [string, number])[] = [
  ['январ', 1], ['феврал', 2], ['апрел', 4], ['июн', 6], ['июл', 7], ['август', 8], ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
];
/** март and май are whole words, since their stems begin other words (мартышка, майор). */
const RUSSIAN_MONTH_WORDS: Readonly<Record<string, number>> = { март: 3, марта: 3, марте: 3, май: 5, мая: 5, мае: 5 };

/** First two letters of the month names in either language, lower case: any other word is no month, and is not lower-cased whole to find out. */
const MONTH_HEADS = new Set([...Object.keys(ENGLISH_MONTHS), ...RUSSIAN_MONTH_STEMS.map(([stem]) => stem), ...Object.keys(RUSSIAN_MONTH_WORDS)].map((name) => name.slice(0, 2).toLowerCase()));

/** The month a word names (1–12), or 0. English names must be capitalized (May, March are also common words). */
export function monthOf(word: string): number {
  if (!MONTH_HEADS.has(word.slice(0, 2).toLowerCase())) return 0;
  const english = ENGLISH_MONTHS[word];
  if (english !== undefined) return english;
  const lower = word.toLowerCase();
  const whole = RUSSIAN_MONTH_WORDS[lower];
  if (whole !== undefined) return whole;
  // Stems are Cyrillic, so a Latin word never matches; require a short tail so длинные слова stay words.
  for (const [stem, month] of RUSSIAN_MONTH_STEMS) {
    if (lower.startsWith(stem) && lower.length - stem.length <= 3) return month;
  }
  return 0;
}

/** d.ROMAN.yy or d.ROMAN.yyyy, as Russian documents date things (30.X.62). */
const ROMAN_DATE = /(\d{1,2})\s?\.\s?([IVX]{1,4})\s?\.\s?(\d{4}|\d{2})(?!\d)/g;

/**
 * Number keys for every Roman-month date in `text`: day, month and year; a two-digit year also
 * gives the four-digit forms a translator may print (62 → 1962 and 2062).
 */
export function romanDateNumbers(text: string): string[] {
  if (!text.includes('.')) return [];
  const numbers: string[] = [];
  for (const match of text.matchAll(ROMAN_DATE)) {
    const [, day = '', roman = '', year = ''] = match;
    const month = romanValue(roman);
    if (month < 1 || month > 12) continue;
    numbers.push(String(Number(day)), String(month), String(Number(year)));
    if (year.length === 2) numbers.push(`19${year}`, `20${year}`);
  }
  return numbers;
}
