/**
 * Finds references to numbered notes glued to the text (`yesterday.1`, `Thailand.2 That`,
 * `yesterday¹`) — only for labels of notes that exist, so a year, `5,000` or `30.X.62` is never
 * taken for one. It reports offsets only.
 */

export interface FoundRef {
  /** Offset within the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/**
 * Digits right after a word of two or more letters, optionally through closing punctuation,
 * and followed by a space, punctuation or the end: never after a digit or a lone initial.
 */
const GLUED = /(?<=\p{L}\p{L}[.,;:!?)"”’»]{0,2})(\d{1,3})(?![\p{L}\p{N}])/gu;
const SUPERSCRIPT = /(?<=[\p{L}.,;:!?)"”’»])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gu;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function findGluedRefs(text: string, labels: ReadonlySet<string>): FoundRef[] {
  if (labels.size === 0) return [];
  const refs: FoundRef[] = [];
  for (const match of text.matchAll(GLUED)) {
    const label = match[1] ?? '';
    if (labels.has(label)) refs.push({ start: match.index, end: match.index + label.length, label });
  }
  for (const match of text.matchAll(SUPERSCRIPT)) {
    const digits = match[1] ?? '';
    // Superscript digits are single UTF-16 code units, so indexing the string is safe.
    let label = '';
    for (let i = 0; i < digits.length; i += 1) label += String(SUPERSCRIPT_DIGITS.indexOf(digits.charAt(i)));
    if (labels.has(label)) refs.push({ start: match.index, end: match.index + digits.length, label });
  }
  return refs.sort((a, b) => a.start - b.start);
}
