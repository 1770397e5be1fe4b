/**
 * Gathers what must be marked inside each paragraph, in paragraph-relative offsets: the source
 * words that target transliterations render (so hovering `[dogovorion-nost]` can light up
 * договорённость) and the embedder's annotations. Pure lookups; out-of-range marks are skipped.
 */
import type { AnnotationMark, SourceLink, TextDocument } from '@parallel-text/core';
import type { MarkRange } from './pieces.js';

export type MarksByParagraph = ReadonlyMap<number, readonly MarkRange[]>;

/** The key shared by a transliteration and the source word it renders. */
export const wordKey = (link: SourceLink): string => `${link.paragraph}:${link.start}-${link.end}`;

function add(map: Map<number, MarkRange[]>, paragraph: number, mark: MarkRange): void {
  const list = map.get(paragraph);
  if (list) {
    if (!list.some((existing) => existing.key === mark.key)) list.push(mark);
  } else map.set(paragraph, [mark]);
}

/** Source words rendered by the target's transliterations, grouped by source paragraph. */
export function renderedWords(target: TextDocument, source: TextDocument): MarksByParagraph {
  const map = new Map<number, MarkRange[]>();
  for (const paragraph of target.paragraphs) {
    for (const span of paragraph.spans) {
      if (span.type !== 'insertion' || !span.renders) continue;
      const link = span.renders;
      const host = source.paragraphs[link.paragraph];
      if (!host || link.start < host.start || link.end > host.end || link.start >= link.end) continue;
      add(map, link.paragraph, { key: wordKey(link), start: link.start - host.start, end: link.end - host.start });
    }
  }
  return map;
}

/** Annotations on one side, grouped by paragraph; the key is the annotation's index in the list. */
export function annotationMarks(
  annotations: readonly AnnotationMark[],
  side: 'source' | 'target',
  document: TextDocument,
): MarksByParagraph {
  const map = new Map<number, MarkRange[]>();
  annotations.forEach((annotation, index) => {
    if (annotation.side !== side) return;
    const paragraph = document.paragraphs[annotation.paragraph];
    if (!paragraph) return;
    const start = Math.max(0, Math.min(annotation.start, paragraph.text.length));
    const end = Math.max(start, Math.min(annotation.end, paragraph.text.length));
    add(map, annotation.paragraph, { key: String(index), start, end });
  });
  return map;
}
