/**
 * Guesses a document's language from its script when neither the caller nor the text says:
 * mostly Cyrillic letters → `ru`, mostly Latin → `en`, no letters → `und`. A guess, labelled so
 * by being overridable (`ParseOptions.lang`, front matter `lang`).
 */
import type { Paragraph } from '../model.js';

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** Enough text to judge by; scanning a whole book would only cost time. */
const SAMPLE = 20_000;

export function guessLanguage(paragraphs: readonly Paragraph[]): string {
  let sample = '';
  for (const paragraph of paragraphs) {
    sample += paragraph.text;
    if (sample.length >= SAMPLE) break;
  }
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return 'und';
  return cyrillic > latin ? 'ru' : 'en';
}
