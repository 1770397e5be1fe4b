/**
 * The words of source paragraphs with their offsets into the source document, for linking a
 * transliteration to the word it renders. It only reads the paragraphs.
 */
import type { Paragraph } from '../model.js';

export interface SourceWord {
  readonly paragraph: number;
  /** Offsets into the source document's `source`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Letters with their marks, joined by apostrophes or hyphens (Ростов-на-Дону counts as one word). */
const WORD = /[\p{L}\p{M}]+(?:['’ʼ\-‐][\p{L}\p{M}]+)*/gu;

export function sourceWords(paragraph: Paragraph): SourceWord[] {
  return [...paragraph.text.matchAll(WORD)].map((match) => ({
    paragraph: paragraph.index,
    start: paragraph.start + match.index,
    end: paragraph.start + match.index + match[0].length,
    text: match[0],
  }));
}
