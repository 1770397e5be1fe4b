/**
 * What each kind of translator insertion means, in words a reader understands: the legend's
 * labels, the insertions' accessible names and the explanations in their popovers.
 * Plain strings only; they are always rendered as text, never as markup.
 */
import type { InsertionKind, InsertionSpan } from '@parallel-text/core';

export interface KindDescription {
  readonly label: string;
  readonly explanation: string;
}

export const KIND_DESCRIPTIONS: Readonly<Record<InsertionKind, KindDescription>> = {
  transliteration: {
    label: 'Transliteration',
    explanation:
      'The translator kept a word of the original, written in Latin letters, beside its translation: ' +
      'the exact source term matters here.',
  },
  supplied: {
    label: 'Supplied word',
    explanation:
      'Words the translator added that the original does not say in so many words, so that the English reads as meant.',
  },
  gloss: {
    label: 'Gloss',
    explanation:
      'An explanation the translator added — who a person is, or what is meant — that the original leaves to the reader.',
  },
  editorial: {
    label: 'Editorial note',
    explanation: 'A remark by the translator or editor about the text itself, such as an illegible word or an error in the original.',
  },
};

/** The accessible name of a marked insertion: its printed text first (so speech input matches), then its kind. */
export function insertionName(span: InsertionSpan): string {
  return `${span.text}, ${KIND_DESCRIPTIONS[span.kind].label.toLowerCase()}`;
}

/** How sure the classifier is, in words. */
export function confidenceWords(confidence: number): string {
  if (confidence >= 0.85) return 'high confidence';
  if (confidence >= 0.6) return 'fair confidence';
  return 'low confidence — check it';
}
