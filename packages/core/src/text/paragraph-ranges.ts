/**
 * Finds the paragraphs of a plain text: runs of non-blank lines separated by blank lines.
 * It only reports ranges into the string it is given and never alters a character.
 */
import type { SourceRange } from '../model.js';

/** Any line ending: CRLF, LF or a lone CR (old Mac files). */
const LINE_BREAK = /\r\n|\n|\r/g;

/**
 * A line is blank when it holds only whitespace, including tabs, no-break spaces
 * and a byte-order mark, so such characters never change the paragraph structure.
 */
const BLANK = /^[\s\u00a0\ufeff\u200b]*$/u;

export interface LineRange extends SourceRange {
  /** 1-based line number. */
  readonly line: number;
}

/** Every line of `source` with its offsets (line breaks excluded). */
export function lineRanges(source: string): LineRange[] {
  const lines: LineRange[] = [];
  let start = 0;
  let line = 1;
  for (const match of source.matchAll(LINE_BREAK)) {
    lines.push({ start, end: match.index, line });
    start = match.index + match[0].length;
    line += 1;
  }
  lines.push({ start, end: source.length, line });
  return lines;
}

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/**
 * Ranges of blank-line-separated paragraphs, trimmed of surrounding whitespace. Lines that start
 * before `from` (e.g. front matter already read) are skipped.
 */
export function paragraphRanges(source: string, from = 0): LineRange[] {
  const paragraphs: LineRange[] = [];
  let current: { start: number; end: number; line: number } | undefined;
  for (const line of lineRanges(source)) {
    if (line.start < from) continue;
    if (isBlank(source.slice(line.start, line.end))) {
      if (current) paragraphs.push(trimRange(source, current));
      current = undefined;
    } else if (current) {
      current.end = line.end;
    } else {
      current = { start: line.start, end: line.end, line: line.line };
    }
  }
  if (current) paragraphs.push(trimRange(source, current));
  return paragraphs;
}

function trimRange(source: string, range: { start: number; end: number; line: number }): LineRange {
  let { start, end } = range;
  while (start < end && isBlank(source.charAt(start))) start += 1;
  while (end > start && isBlank(source.charAt(end - 1))) end -= 1;
  return { start, end, line: range.line };
}
