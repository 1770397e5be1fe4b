/**
 * For insertions="hidden": which stretches of a paragraph to leave out so the translation reads
 * without its insertions — each insertion plus the one run of spacing its removal would double.
 * Pure; offsets are relative to the paragraph text. Nothing but insertions and the spacing beside
 * them is ever dropped.
 */

export interface Range {
  readonly start: number;
  readonly end: number;
}

const SPACE = /\s/u;
/** Punctuation that closes on the word before it: a space before it would be wrong. */
const CLOSING = /[,.;:!?)\]}»”’…%]/u;
/** Punctuation that opens on the word after it: a space after it would be wrong. */
const OPENING = /[([{«“‘„]/u;

function spaceBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && SPACE.test(text.charAt(i - 1))) i -= 1;
  return i;
}

function spaceAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && SPACE.test(text.charAt(i))) i += 1;
  return i;
}

/** Drop range for one insertion, chosen so that exactly one natural space (or none) remains. */
function dropFor(text: string, insertion: Range): Range {
  const { start, end } = insertion;
  const before = spaceBefore(text, start);
  const after = spaceAfter(text, end);
  const atStart = before === 0;
  const atEnd = after === text.length;
  const nextChar = text.charAt(after);
  const prevChar = text.charAt(before - 1);
  if (atStart) return { start: before === start ? start : before, end: after };
  if (atEnd || CLOSING.test(nextChar)) return { start: before, end: after === end ? end : after };
  if (OPENING.test(prevChar) && before === start) return { start, end: after };
  if (before < start && after > end) return { start, end: after };
  return { start, end };
}

/** Sorted, merged ranges to leave out of `text` when its `insertions` are hidden. */
export function hiddenRanges(text: string, insertions: readonly Range[]): Range[] {
  const drops = insertions
    .filter((range) => range.start >= 0 && range.end <= text.length && range.start < range.end)
    .map((range) => dropFor(text, range))
    .sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of drops) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/** The text a reader sees once `ranges` are left out (for tests and accessible names). */
export function withoutRanges(text: string, ranges: readonly Range[]): string {
  let out = '';
  let at = 0;
  for (const range of ranges) {
    out += text.slice(at, range.start);
    at = range.end;
  }
  return out + text.slice(at);
}
