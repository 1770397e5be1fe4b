/**
 * The text of one side of an aligned pair, for the exercise: its paragraphs joined by a space
 * (a page-break split reads as one sentence again). Reads core's spans; changes no text.
 */
import type { TextDocument } from '@parallel-text/core';

export function pairText(document: TextDocument | undefined, indices: readonly number[]): string {
  return indices.map((index) => document?.paragraphs[index]?.text ?? '').join(' ');
}

/**
 * The translation as it reads without the translator's bracketed insertions: every span but the
 * insertions, with the space an insertion leaves before punctuation or beside another space tidied.
 */
export function translationWithoutInsertions(document: TextDocument, indices: readonly number[]): string {
  return indices
    .map((index) =>
      (document.paragraphs[index]?.spans ?? [])
        .filter((span) => span.type !== 'insertion')
        .map((span) => span.text)
        .join('')
        .replace(/[ \t]+([,.;:!?)])/gu, '$1')
        .replace(/[ \t]{2,}/gu, ' ')
        .trim(),
    )
    .join(' ');
}
