/** What every interchange format exports: two parsed documents, their alignment, and optional annotations. */
import type { AlignmentPair, AnnotationMark, TextDocument } from '../model.js';

export interface ParallelTextBundle {
  readonly source: TextDocument;
  readonly target: TextDocument;
  readonly pairs: readonly AlignmentPair[];
  readonly annotations?: readonly AnnotationMark[];
}

/** The insertion spans of a paragraph in order: their position gives the `k` of `p{j}-i{k}`. */
export function insertionsOf(paragraph: TextDocument['paragraphs'][number]) {
  return paragraph.spans.filter((span) => span.type === 'insertion');
}

/** A document's title for headers: its metadata title, else a neutral fallback. */
export function titleOf(document: TextDocument, fallback: string): string {
  return document.meta.title ?? fallback;
}
