/**
 * Guesses a document's language from its script when neither the caller nor the text says:
 * mostly Cyrillic letters → `ru`, mostly Latin → `en`, no letters → `und`. A guess, labelled so
 * by being overridable (`ParseOptions.lang`, front matter `lang`).
 */
import type { Paragraph } from '../model.js';

/** Enough text to judge by; scanning a whole book would only cost time. */
const SAMPLE = 20_000;

export function guessLanguage(paragraphs: readonly Paragraph[]): string {
  let cyrillic = 0;
  let latin = 0;
  let seen = 0;
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    const length = Math.min(text.length, SAMPLE - seen);
    for (let i = 0; i < length; i += 1) {
      const code = text.charCodeAt(i);
      if (code >= 0x0400 && code <= 0x052f) cyrillic += 1;
      else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) latin += 1;
    }
    seen += length;
    if (seen >= SAMPLE) break;
  }
  if (cyrillic === 0 && latin === 0) return 'und';
  return cyrillic > latin ? 'ru' : 'en';
}
