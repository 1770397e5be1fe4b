/**
 * Texts in, documents and pairs out: parse what is still a string, check a given alignment
 * against the documents, align when there is none that fits. The same code runs on the main
 * thread for short texts and in the worker for long ones. No DOM; every step is a core call
 * (through core-api), and nothing here throws for any input.
 */
import { validateAlignment, type Alignment, type AlignmentPair, type Diagnostic, type DictionaryEntry, type TextDocument } from '@parallel-text/core';
import { alignDocuments, parseText } from './core-api.js';

/** One side as given: a parsed document, or a text and the language to parse it in. */
export type SideSource = { readonly document: TextDocument } | { readonly text: string; readonly lang: string };

/** A problem worth telling the reader, with the text it belongs to. */
export interface Notice {
  readonly where: 'source' | 'target' | 'alignment';
  readonly diagnostic: Diagnostic;
}

export interface PrepareInput {
  readonly source: SideSource;
  readonly target: SideSource;
  readonly alignment: Alignment | readonly AlignmentPair[] | undefined;
  /** Word pairs of the texts' own terms, used beside the aligner's built-in dictionary. */
  readonly glossary?: readonly DictionaryEntry[];
}

export interface Prepared {
  readonly source: TextDocument;
  readonly target: TextDocument;
  readonly alignment: Alignment;
  /** Why a given alignment was not used, when it was not. */
  readonly notices: readonly Notice[];
}

export const toNotices = (where: Notice['where'], diagnostics: readonly Diagnostic[]): Notice[] =>
  diagnostics.map((diagnostic) => ({ where, diagnostic }));

const documentOf = (side: SideSource): TextDocument => ('document' in side ? side.document : parseText(side.text, side.lang));

/** Roughly how many paragraphs a side holds, before parsing it (for choosing main thread or worker). */
export function estimatedParagraphs(side: SideSource): number {
  return 'document' in side ? side.document.paragraphs.length : Math.ceil(side.text.length / 60);
}

/** The given alignment when it fits the documents; otherwise the diagnostics saying why not. */
function checkGiven(given: PrepareInput['alignment'], source: TextDocument, target: TextDocument): { alignment?: Alignment; notices: Notice[] } {
  if (given === undefined) return { notices: [] };
  const alignment: Alignment = Array.isArray(given)
    ? { pairs: given as readonly AlignmentPair[], doubtful: [], diagnostics: [] }
    : (given as Alignment);
  const problems = validateAlignment(alignment.pairs, source.paragraphs.length, target.paragraphs.length);
  const notices = toNotices('alignment', problems);
  return problems.some((problem) => problem.severity === 'error') ? { notices } : { alignment, notices };
}

export function prepare(input: PrepareInput, onProgress?: (done: number, total: number) => void): Prepared {
  const source = documentOf(input.source);
  const target = documentOf(input.target);
  const given = checkGiven(input.alignment, source, target);
  const glossary = input.glossary ?? [];
  const alignment =
    given.alignment ??
    alignDocuments(source, target, { pins: [], ...(onProgress ? { onProgress } : {}), ...(glossary.length > 0 ? { dictionary: { entries: glossary } } : {}) });
  return { source, target, alignment, notices: given.notices };
}
