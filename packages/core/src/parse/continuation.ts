/**
 * Flags page-break splits: a paragraph that ends without closing punctuation, followed by one
 * that starts in lower case, is continued by it. The paragraphs stay two, as printed; the flag
 * only lets the aligner and the viewer treat them as one.
 */
import type { Span } from '../model.js';

/** Sentence-closing punctuation; a comma, dash or hyphen at the end means the sentence goes on. */
const CLOSING = /[.!?…:;]$/u;
/** Closing quotes and brackets after the punctuation: `…said."` still ends a sentence. */
const TRAILING_CLOSERS = /["”’»)\]\s]+$/u;
/** Opening quotes, brackets and spaces before the first letter of the next paragraph. */
const LEADING_OPENERS = /^["“„«‘'([\s]+/u;

/** The paragraph's text without trailing note references (`yesterday.1` ends with the full stop). */
function endingText(text: string, spans: readonly Span[], start: number): string {
  let end = text.length;
  for (let i = spans.length - 1; i >= 0; i -= 1) {
    const span = spans[i];
    if (!span) break;
    if (span.type === 'noteref') end = span.start - start;
    else if (span.type === 'text' && span.text.trim() === '') continue;
    else break;
  }
  return text.slice(0, end).trimEnd();
}

export function endsOpen(text: string, spans: readonly Span[], start: number): boolean {
  // Only the last characters matter; an end-anchored regex on a whole long paragraph is slow.
  const ending = endingText(text, spans, start).slice(-40).replace(TRAILING_CLOSERS, '');
  return ending !== '' && !CLOSING.test(ending);
}

/** `text` need only be the next paragraph's first few dozen characters. */
export function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text.replace(LEADING_OPENERS, ''));
}
