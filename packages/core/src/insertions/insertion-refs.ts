/**
 * Lists a document's insertions with the names every output uses: the 0-based paragraph `j`, the
 * 0-based ordinal `k` among that paragraph's insertions, and the fragment id `p{j}-i{k}`.
 * Offsets are made relative to the paragraph text. It reads the document and never changes it.
 */
import type { InsertionSpan, Paragraph, TextDocument } from '../model.js';

export interface InsertionRef {
  /** `p{j}-i{k}`, the fragment id the viewer reveals. */
  readonly id: string;
  readonly paragraph: number;
  readonly ordinal: number;
  /** Offsets of the whole bracket in the paragraph's `text`. */
  readonly start: number;
  readonly end: number;
  readonly span: InsertionSpan;
}

export const insertionFragmentId = (paragraph: number, ordinal: number): string => `p${paragraph}-i${ordinal}`;

export function paragraphInsertions(paragraph: Paragraph): InsertionRef[] {
  const refs: InsertionRef[] = [];
  for (const span of paragraph.spans) {
    if (span.type !== 'insertion') continue;
    const ordinal = refs.length;
    refs.push({
      id: insertionFragmentId(paragraph.index, ordinal),
      paragraph: paragraph.index,
      ordinal,
      start: span.start - paragraph.start,
      end: span.end - paragraph.start,
      span,
    });
  }
  return refs;
}

export function documentInsertions(document: TextDocument): InsertionRef[] {
  return document.paragraphs.flatMap(paragraphInsertions);
}
