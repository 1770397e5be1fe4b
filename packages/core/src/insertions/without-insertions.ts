/**
 * A translation read with versus without its own insertions, as diff ops: what the translator
 * put in brackets is an `insert`, the rest `equal`, so the `equal` runs read as the bare
 * translation and all runs together are the paragraph exactly as printed. Only insertions, an
 * override marker right after one, and the one run of spacing their removal would double are
 * ever marked; no character is changed or lost.
 */
import type { Paragraph, TextDocument } from '../model.js';
import type { DiffOp, ParagraphComparison, TranslationComparison } from '../diff/types.js';
import { diffStats, sumStats } from '../diff/diff-stats.js';

export interface TextRange {
  start: number;
  end: number;
}

const SPACE = /\s/u;
/** Punctuation that closes on the word before it: the space before the insertion goes with it. */
const CLOSING = /[,.;:!?)\]}»”’…%]/u;
/** Punctuation that opens on the word after it: the space after the insertion goes with it. */
const OPENING = /[([{«“‘„]/u;

/** Ops of one paragraph: `equal` for the translation's own words, `insert` for its insertions. */
export function insertionOps(paragraph: Paragraph): DiffOp[] {
  const text = paragraph.text;
  const ops: DiffOp[] = [];
  let at = 0;
  for (const range of hiddenInsertionRanges(paragraph)) {
    if (range.start > at) ops.push({ op: 'equal', text: text.slice(at, range.start) });
    ops.push({ op: 'insert', text: text.slice(range.start, range.end) });
    at = range.end;
  }
  if (at < text.length) ops.push({ op: 'equal', text: text.slice(at) });
  return ops;
}

/** Every paragraph of a translation without (A) and with (B) its insertions. */
export function compareWithoutInsertions(document: TextDocument): TranslationComparison {
  const paragraphs = document.paragraphs.map((paragraph): ParagraphComparison => {
    const ops = insertionOps(paragraph);
    return { source: [], a: [paragraph.index], b: [paragraph.index], ops, stats: diffStats(ops), timedOut: false };
  });
  return {
    alignment: 'insertions',
    paragraphs,
    stats: sumStats(paragraphs.map((paragraph) => paragraph.stats)),
    timedOut: false,
    notices: [],
    diagnostics: [],
  };
}

/**
 * What a reader of the translation without its insertions does not see, as ranges of the paragraph's
 * `text`, in order and disjoint: each insertion (with an override marker right after it) plus the
 * spacing its removal would double. The viewer's insertions="hidden" and the comparisons share it.
 */
export function hiddenInsertionRanges(paragraph: Paragraph): TextRange[] {
  const text = paragraph.text;
  const ranges: TextRange[] = [];
  paragraph.spans.forEach((span, index) => {
    if (span.type !== 'insertion') return;
    const next = paragraph.spans[index + 1];
    const end = next?.type === 'text' && next.role === 'override-marker' ? next.end : span.end;
    ranges.push(withSpacing(text, span.start - paragraph.start, end - paragraph.start));
  });
  // Adjacent insertions ("[a] [b]") may claim the same space: merge what touches or overlaps.
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function withSpacing(text: string, start: number, end: number): TextRange {
  let before = start;
  while (before > 0 && SPACE.test(text.charAt(before - 1))) before -= 1;
  let after = end;
  while (after < text.length && SPACE.test(text.charAt(after))) after += 1;
  const next = text.charAt(after);
  const previous = text.charAt(before - 1);
  // At the start of the paragraph or after an opening mark, the following space goes: "[Dean] Rusk" → "Rusk".
  if (before === 0 || OPENING.test(previous)) return { start, end: after === text.length ? end : after };
  // Before closing punctuation, at the end, or between two spaces, the preceding space goes: "letter [back], since" → "letter, since".
  if (after === text.length || CLOSING.test(next) || after > end) return { start: before, end };
  return { start, end };
}
