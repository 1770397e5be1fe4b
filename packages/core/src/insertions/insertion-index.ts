/**
 * The insertion index: one row per insertion with what a researcher sorts and filters by — kind,
 * wording, paragraph, the words around it and the source word it renders. The context is cut
 * from the paragraph as printed at word boundaries; no character of it is changed.
 */
import type { InsertionKind, TextDocument } from '../model.js';
import { documentInsertions } from './insertion-refs.js';

export interface InsertionIndexRow {
  /** `p{j}-i{k}`: the fragment id the viewer reveals. */
  readonly id: string;
  /** 0-based body paragraph and 0-based ordinal among its insertions. */
  readonly paragraph: number;
  readonly ordinal: number;
  readonly kind: InsertionKind;
  /** The bracket as printed, `[` and `]` included. */
  readonly text: string;
  /** What stands between the brackets. */
  readonly content: string;
  readonly confidence: number;
  /** Why the classifier chose the kind. */
  readonly reason: string;
  readonly overridden: boolean;
  /** Offsets of the bracket in the paragraph's text. */
  readonly start: number;
  readonly end: number;
  /** Up to about `context` characters of the paragraph before and after the bracket, cut at a word boundary. */
  readonly before: string;
  readonly after: string;
  /** The source word a transliteration renders, once linked, and its 0-based source paragraph. */
  readonly sourceWord?: string;
  readonly sourceParagraph?: number;
}

export interface InsertionIndexOptions {
  /** Characters of context on each side, default 40. */
  readonly context?: number;
}

export function insertionIndex(document: TextDocument, options: InsertionIndexOptions = {}): InsertionIndexRow[] {
  const width = Math.max(0, Math.floor(options.context ?? 40));
  return documentInsertions(document).map((ref): InsertionIndexRow => {
    const text = document.paragraphs[ref.paragraph]?.text ?? '';
    const { span } = ref;
    return {
      id: ref.id,
      paragraph: ref.paragraph,
      ordinal: ref.ordinal,
      kind: span.kind,
      text: span.text,
      content: span.content,
      confidence: span.confidence,
      reason: span.reason,
      overridden: span.overridden,
      start: ref.start,
      end: ref.end,
      before: contextBefore(text, ref.start, width),
      after: contextAfter(text, ref.end, width),
      ...(span.renders ? { sourceWord: span.renders.text, sourceParagraph: span.renders.paragraph } : {}),
    };
  });
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

// A cut between the two halves of a surrogate pair would leave half a character in the excerpt.
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The text before `end`, at most `width` characters, not starting inside a word. */
export function contextBefore(text: string, end: number, width: number): string {
  let start = Math.max(0, end - width);
  if (start > 0) {
    while (start < end && WORD_CHAR.test(text.charAt(start)) && WORD_CHAR.test(text.charAt(start - 1))) start += 1;
  }
  if (start < end && isLowSurrogate(text.charCodeAt(start))) start += 1;
  return text.slice(start, end);
}

/** The text after `start`, at most `width` characters, not ending inside a word. */
export function contextAfter(text: string, start: number, width: number): string {
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    while (end > start && WORD_CHAR.test(text.charAt(end - 1)) && WORD_CHAR.test(text.charAt(end))) end -= 1;
  }
  if (end > start && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(start, end);
}
