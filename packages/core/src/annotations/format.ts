/**
 * The JSON annotation format (`parallel-text/annotations`, version 1): the shapes a valid file
 * reads into, and the diagnostics that report what is wrong with one. Types and constants only.
 * The format is documented for authors in demo/src/documents/ANNOTATIONS.md.
 */
import type { Diagnostic, ProvenanceKind } from '../model.js';

/** The value of a file's `format` field. */
export const ANNOTATION_FORMAT = 'parallel-text/annotations';

/** The format version this code reads. */
export const ANNOTATION_FORMAT_VERSION = 1;

/**
 * One annotation as written by its author: a note anchored by a quote to a span of one
 * paragraph on one side. The anchor is the quote's text, never an offset, so the note stays
 * attached when a text is re-typed or re-paragraphed.
 */
export interface AnnotationEntry {
  /** Unique within the file; letters, digits, `-` and `_`, starting with a letter (it becomes a fragment id). */
  readonly id: string;
  readonly side: 'source' | 'target';
  /** The exact characters annotated. Any run of whitespace matches any run of whitespace. */
  readonly quote: string;
  /** Text that must stand immediately before the quote, to tell repeated quotes apart. */
  readonly prefix?: string;
  /** Text that must stand immediately after the quote. */
  readonly suffix?: string;
  /** 1-based: which of the remaining matches, in reading order, is meant. */
  readonly occurrence?: number;
  /** 0-based body-paragraph index where the quote is expected; a hint, not a requirement. */
  readonly paragraph?: number;
  /** Place the note only when that side's text has this provenance (e.g. a note about a reconstruction). */
  readonly provenance?: ProvenanceKind;
  /** Short heading; also the mark's accessible name. */
  readonly title: string;
  /** Plain text; blank lines separate paragraphs. Never interpreted as markup. */
  readonly body: string;
  /** Free category, e.g. 'term', 'supplied', 'gloss', 'typo', 'layout', 'question'. */
  readonly category?: string;
}

/** A whole annotation file after validation: only the entries that passed. */
export interface AnnotationSet {
  readonly format: typeof ANNOTATION_FORMAT;
  readonly version: number;
  /** Optional id of the document the notes were written for. */
  readonly document?: string;
  /** Optional words about the set: who wrote it, for whom. */
  readonly description?: string;
  readonly annotations: readonly AnnotationEntry[];
}

/**
 * A problem in an annotation file or in placing one of its notes. `line`/`column` point into the
 * JSON text when it was given as text (1/1 when it was given as an object); `path` is the JSON
 * Pointer (RFC 6901) of the offending value, e.g. `/annotations/3/quote`.
 */
export interface AnnotationDiagnostic extends Diagnostic {
  readonly path: string;
  /** The id of the annotation concerned, when there is one. */
  readonly annotation?: string;
}
