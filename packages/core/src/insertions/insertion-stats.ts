/**
 * insertionStats: how many insertions of each kind a translation has, per paragraph and overall,
 * with word counts so density can be compared across paragraphs and texts. Reads only.
 */
import { INSERTION_KINDS, type InsertionKind, type TextDocument } from '../model.js';
import { countWords } from '../diff/tokenize.js';

export interface InsertionCounts {
  readonly total: number;
  readonly byKind: Readonly<Record<InsertionKind, number>>;
}

export interface ParagraphInsertionStats extends InsertionCounts {
  /** 0-based body-paragraph index. */
  readonly paragraph: number;
  /** Words of the paragraph as printed, insertions included. */
  readonly words: number;
}

export interface InsertionStats extends InsertionCounts {
  readonly words: number;
  /** Insertions per 1,000 words of the translation (0 for a text with no words). */
  readonly perThousandWords: number;
  /** Every body paragraph, in order, including those with no insertion. */
  readonly paragraphs: readonly ParagraphInsertionStats[];
}

export function emptyByKind(): Record<InsertionKind, number> {
  return Object.fromEntries(INSERTION_KINDS.map((kind) => [kind, 0])) as Record<InsertionKind, number>;
}

export function insertionStats(document: TextDocument): InsertionStats {
  const overall = emptyByKind();
  let total = 0;
  let words = 0;
  const paragraphs = document.paragraphs.map((paragraph): ParagraphInsertionStats => {
    const byKind = emptyByKind();
    let count = 0;
    for (const span of paragraph.spans) {
      if (span.type !== 'insertion') continue;
      byKind[span.kind] += 1;
      overall[span.kind] += 1;
      count += 1;
    }
    const paragraphWords = countWords(paragraph.text);
    total += count;
    words += paragraphWords;
    return { paragraph: paragraph.index, total: count, byKind, words: paragraphWords };
  });
  return { total, byKind: overall, words, perThousandWords: words === 0 ? 0 : (1000 * total) / words, paragraphs };
}
