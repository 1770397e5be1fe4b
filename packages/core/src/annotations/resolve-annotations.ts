/**
 * Places annotations on documents: each entry's quote is looked up in the paragraphs of its side
 * and becomes an AnnotationMark (offsets into the paragraph's text). A note that cannot be placed
 * exactly is reported, never placed on a guess; nothing here alters a text or throws.
 */
import type { AnnotationMark, ProvenanceKind } from '../model.js';
import type { AnnotationDiagnostic, AnnotationEntry } from './format.js';
import { findQuote } from './find-quote.js';
import { readAnnotationSet } from './read-annotation-set.js';

/** What anchoring needs of a document; a parsed TextDocument has it. */
export interface AnchorDocument {
  readonly paragraphs: readonly { readonly text: string }[];
  readonly meta?: { readonly provenance?: { readonly kind: ProvenanceKind } };
}

export interface AnnotationSides {
  readonly source?: AnchorDocument;
  readonly target?: AnchorDocument;
}

export interface ResolvedAnnotations {
  /** Placed notes, in the order of the file. */
  readonly marks: readonly AnnotationMark[];
  /** Problems in the file and notes that could not be placed (with the reason). */
  readonly diagnostics: readonly AnnotationDiagnostic[];
  /** Ids of valid notes left out on purpose because their provenance condition did not hold. */
  readonly skipped: readonly string[];
}

/**
 * Reads `input` (JSON text or a parsed value) and anchors every valid entry.
 * A quote found once is placed; found several times, it needs `prefix`, `suffix` or `occurrence`;
 * a `paragraph` hint that no longer holds still places a quote found exactly once elsewhere, with a warning.
 */
export function resolveAnnotations(input: unknown, sides: AnnotationSides): ResolvedAnnotations {
  const reading = readAnnotationSet(input);
  const diagnostics: AnnotationDiagnostic[] = [...reading.diagnostics];
  const marks: AnnotationMark[] = [];
  const skipped: string[] = [];
  reading.set.annotations.forEach((entry) => {
    const location = reading.locations.get(entry.id) ?? { path: '', line: 1, column: 1 };
    const report = (severity: AnnotationDiagnostic['severity'], code: string, message: string) => {
      diagnostics.push({ severity, code, message, annotation: entry.id, ...location });
    };
    const document = sides[entry.side];
    if (!document) {
      report('error', 'missing-side', `There is no ${entry.side} text to place "${entry.id}" in.`);
      return;
    }
    if (entry.provenance && document.meta?.provenance?.kind !== entry.provenance) {
      skipped.push(entry.id);
      return;
    }
    const place = anchor(entry, document, report);
    if (place) marks.push(toMark(entry, place));
  });
  return { marks, diagnostics, skipped };
}

interface Place {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

type Report = (severity: AnnotationDiagnostic['severity'], code: string, message: string) => void;

function anchor(entry: AnnotationEntry, document: AnchorDocument, report: Report): Place | undefined {
  const hinted = entry.paragraph;
  if (hinted !== undefined && hinted < document.paragraphs.length) {
    const text = document.paragraphs[hinted]?.text ?? '';
    const here = choose(entry, findQuote(text, entry).map((range) => ({ paragraph: hinted, ...range })), report);
    if (here !== 'none') return here;
  }
  const everywhere = document.paragraphs.flatMap((paragraph, index) =>
    findQuote(paragraph.text, entry).map((range) => ({ paragraph: index, ...range })),
  );
  if (hinted !== undefined && everywhere.length > 0) {
    if (everywhere.length > 1 && entry.occurrence === undefined) {
      report('error', 'anchor-moved', `"${entry.quote}" is not in paragraph ${hinted} and is found in several others; the note is not placed.`);
      return undefined;
    }
  }
  const place = choose(entry, everywhere, report);
  if (place === 'none') {
    report('error', 'quote-not-found', `"${entry.quote}" is not in the ${entry.side} text${entry.prefix || entry.suffix ? ' with the given prefix/suffix' : ''}; the note is not placed.`);
    return undefined;
  }
  if (place && hinted !== undefined && place.paragraph !== hinted) {
    report('warning', 'anchor-moved', `"${entry.quote}" was expected in paragraph ${hinted} and is placed in paragraph ${place.paragraph}.`);
  }
  return place;
}

/** The match the entry means, 'none' when nothing matched, undefined when the choice failed (and was reported). */
function choose(entry: AnnotationEntry, matches: readonly Place[], report: Report): Place | 'none' | undefined {
  if (matches.length === 0) return 'none';
  if (entry.occurrence !== undefined) {
    const chosen = matches[entry.occurrence - 1];
    if (!chosen) report('error', 'occurrence-out-of-range', `"${entry.quote}" occurs ${matches.length} time(s), not ${entry.occurrence}; the note is not placed.`);
    return chosen;
  }
  if (matches.length > 1) {
    report('error', 'ambiguous-quote', `"${entry.quote}" occurs ${matches.length} times; add "prefix", "suffix" or "occurrence". The note is not placed.`);
    return undefined;
  }
  return matches[0];
}

function toMark(entry: AnnotationEntry, place: Place): AnnotationMark {
  return {
    id: entry.id,
    side: entry.side,
    paragraph: place.paragraph,
    start: place.start,
    end: place.end,
    title: entry.title,
    body: entry.body,
    ...(entry.category === undefined ? {} : { category: entry.category }),
  };
}
