/**
 * Cuts one paragraph into contiguous spans — plain text, classified insertions, note references,
 * override markers — and reports its broken brackets. The spans cover the paragraph exactly, so
 * nothing is lost; round brackets and Markdown links are left as plain text.
 */
import type { InsertionKind, InsertionSpan, NoteRefSpan, PlainSpan, Span } from '../model.js';
import { INSERTION_KINDS } from '../model.js';
import { classifyInsertion } from '../classify/classify-insertion.js';
import { scanBrackets } from './brackets.js';
import { findGluedRefs } from './note-refs.js';

export interface ParagraphScan {
  readonly spans: readonly Span[];
  /** Absolute offsets of bracket problems, for diagnostics. */
  readonly nested: readonly number[];
  readonly unclosed: readonly number[];
  readonly stray: readonly number[];
  readonly empty: readonly number[];
  /** Absolute offset of the paragraph's first `[`, or Infinity. */
  readonly firstOpen: number;
  /** `[^x]` references whose note does not exist: offset and label. */
  readonly undefinedFootnotes: readonly (readonly [number, string])[];
}

const FOOTNOTE_REF = /^\^([^\s\]]{1,40})$/u;
const NUMBER_REF = /^\d{1,3}$/u;
const LINK_TARGET = /^\((?:https?:|mailto:|\/|#|\.{1,2}\/)/iu;
const MARKER = /^\{\.?(transliteration|supplied|gloss|editorial)\}/iu;
/** The classifier looks only at a bracket's neighbourhood; copying whole long paragraphs would be waste. */
const CONTEXT = 160;

type Token = InsertionSpan | NoteRefSpan | PlainSpan;

/** Scans the paragraph `source.slice(start, end)`; `labels` are the labels of existing notes. */
export function scanParagraph(source: string, start: number, end: number, labels: ReadonlySet<string>): ParagraphScan {
  const text = source.slice(start, end);
  const scan = scanBrackets(text);
  const tokens: Token[] = [];
  const empty: number[] = [];
  const undefinedFootnotes: [number, string][] = [];
  for (const { open, close } of scan.pairs) {
    const inner = text.slice(open + 1, close);
    const footnote = FOOTNOTE_REF.exec(inner)?.[1];
    if (footnote !== undefined) {
      if (!labels.has(footnote)) undefinedFootnotes.push([start + open, footnote]);
      tokens.push(noteRef(text, start, open, close + 1, footnote));
    } else if (NUMBER_REF.test(inner) && labels.has(inner)) {
      tokens.push(noteRef(text, start, open, close + 1, inner));
    } else if (inner.trim() === '') {
      empty.push(start + open);
    } else if (!LINK_TARGET.test(text.slice(close + 1, close + 12))) {
      tokens.push(...insertion(text, start, open, close));
    }
  }
  const spans = fillText(text, start, withGluedRefs(text, start, tokens, labels));
  return {
    spans,
    nested: scan.nested.map((at) => start + at),
    unclosed: scan.unclosed.map((at) => start + at),
    stray: scan.stray.map((at) => start + at),
    empty,
    firstOpen: start + Math.min(scan.pairs[0]?.open ?? Infinity, scan.unclosed[0] ?? Infinity),
    undefinedFootnotes,
  };
}

/** The insertion span for one bracket pair, and its override marker span if the author wrote one. */
function insertion(text: string, base: number, open: number, close: number): Token[] {
  const content = text.slice(open + 1, close);
  const marker = MARKER.exec(text.slice(close + 1, close + 40));
  const afterEnd = close + 1 + (marker?.[0].length ?? 0);
  const markedKind = marker?.[1]?.toLowerCase() as InsertionKind | undefined;
  const classified =
    markedKind && INSERTION_KINDS.includes(markedKind)
      ? { kind: markedKind, confidence: 1, reason: `Set by the author\u2019s marker ${marker?.[0] ?? ''}.` }
      : classifyInsertion({
          content,
          before: text.slice(Math.max(0, open - CONTEXT), open),
          after: text.slice(afterEnd, afterEnd + CONTEXT),
          wholeParagraph: open === 0 && close === text.length - 1,
        });
  const span: InsertionSpan = {
    type: 'insertion',
    start: base + open,
    end: base + close + 1,
    text: text.slice(open, close + 1),
    inner: { start: base + open + 1, end: base + close },
    content,
    kind: classified.kind,
    confidence: classified.confidence,
    reason: classified.reason,
    overridden: markedKind !== undefined,
  };
  if (!marker) return [span];
  return [span, { type: 'text', start: base + close + 1, end: base + afterEnd, text: marker[0], role: 'override-marker' }];
}

function noteRef(text: string, base: number, start: number, end: number, label: string): NoteRefSpan {
  return { type: 'noteref', start: base + start, end: base + end, text: text.slice(start, end), label };
}

/** Adds glued note references (`yesterday.1`) found in the stretches between bracket tokens. */
function withGluedRefs(text: string, base: number, tokens: readonly Token[], labels: ReadonlySet<string>): Token[] {
  const all: Token[] = [];
  let cursor = 0;
  for (const token of [...tokens, undefined]) {
    const gapEnd = token ? token.start - base : text.length;
    for (const ref of findGluedRefs(text.slice(cursor, gapEnd), labels)) {
      all.push(noteRef(text, base, cursor + ref.start, cursor + ref.end, ref.label));
    }
    if (token) {
      all.push(token);
      cursor = token.end - base;
    }
  }
  return all;
}

/** Plain-text spans between the tokens, so that the spans cover the paragraph exactly. */
function fillText(text: string, base: number, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const at = token.start - base;
    if (at > cursor) spans.push({ type: 'text', start: base + cursor, end: base + at, text: text.slice(cursor, at) });
    spans.push(token);
    cursor = token.end - base;
  }
  if (cursor < text.length) spans.push({ type: 'text', start: base + cursor, end: base + text.length, text: text.slice(cursor) });
  return spans;
}
