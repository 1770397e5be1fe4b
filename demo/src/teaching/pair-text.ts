/**
 * The text of one side of an aligned pair, for the exercise: its paragraphs joined by a space
 * (a page-break split reads as one sentence again), as printed or — through core's
 * `insertionOps` — without the translator's insertions. Reads core's results; changes no text.
 */
import { insertionOps, type TextDocument } from '@parallel-text/core';

export function pairText(document: TextDocument | undefined, indices: readonly number[]): string {
  return indices.map((index) => document?.paragraphs[index]?.text ?? '').join(' ');
}

/** The translation as it reads without its bracketed insertions: core's `equal` runs, in order. */
export function translationWithoutInsertions(document: TextDocument, indices: readonly number[]): string {
  return indices
    .map((index) => {
      const paragraph = document.paragraphs[index];
      if (!paragraph) return '';
      return insertionOps(paragraph)
        .filter((op) => op.op === 'equal')
        .map((op) => op.text)
        .join('');
    })
    .join(' ');
}
