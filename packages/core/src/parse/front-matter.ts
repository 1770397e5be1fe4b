/**
 * Reads a `---` front-matter block of `key: value` lines at the very start of a text (after an
 * optional BOM). It reports what it found and where the block ends; it never alters the text
 * and never throws, and a block without its closing `---` is not front matter at all.
 */
import { lineRanges } from '../text/paragraph-ranges.js';

export interface FrontMatter {
  /** Offset just past the closing delimiter line (its line break excluded). */
  readonly end: number;
  /** Keys lower-cased, values trimmed, one pair of surrounding quotes removed. */
  readonly fields: Readonly<Record<string, string>>;
  /** Lines that are not `key: value`, as offsets, for diagnostics. */
  readonly badLines: readonly number[];
  /** Offset of the opening `---` when it is never closed. */
  readonly unclosedAt?: number;
}

const OPEN = /^\ufeff?---[ \t]*$/u;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/u;
const FIELD = /^[ \t]*([\p{L}\p{N}_][\p{L}\p{N}_ .-]*?)[ \t]*:[ \t]*(.*)$/u;
const COMMENT = /^[ \t]*(?:#.*)?$/u;

/** The front matter of `source`, or undefined when it does not start with a closed `---` block. */
export function readFrontMatter(source: string): FrontMatter | undefined {
  if (!source.startsWith('---') && !source.startsWith('\ufeff---')) return undefined;
  const lines = lineRanges(source);
  const first = lines[0];
  if (!first || !OPEN.test(source.slice(first.start, first.end))) return undefined;
  // A Map, not an object literal: a key such as `__proto__` must stay an ordinary field.
  const fields = new Map<string, string>();
  const badLines: number[] = [];
  for (const line of lines.slice(1)) {
    const text = source.slice(line.start, line.end);
    if (CLOSE.test(text)) return { end: line.end, fields: Object.fromEntries(fields), badLines };
    const field = FIELD.exec(text);
    if (field) fields.set((field[1] ?? '').toLowerCase(), unquote((field[2] ?? '').trim()));
    else if (!COMMENT.test(text)) badLines.push(line.start);
  }
  return { end: 0, fields: {}, badLines: [], unclosedAt: first.start };
}

function unquote(value: string): string {
  const first = value.charAt(0);
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) return value.slice(1, -1);
  return value;
}
