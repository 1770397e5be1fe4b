/**
 * The `inspect` report as data: exactly the JSON shape of issue 3, with insertion and note-ref
 * offsets relative to the paragraph's printed text. It only reshapes a parsed document.
 */
import type { DocumentMeta, InsertionKind, LanguageTag, Severity, TextDocument } from '../model.js';

export interface InspectInsertion {
  /** What stands between the brackets. */
  readonly text: string;
  readonly kind: InsertionKind;
  /** Offsets into the paragraph's `text`, covering `[` and `]`. */
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

export interface InspectNoteRef {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface InspectParagraph {
  readonly index: number;
  readonly text: string;
  readonly insertions: readonly InspectInsertion[];
  readonly noteRefs: readonly InspectNoteRef[];
  readonly continues: boolean;
}

export interface InspectReport {
  readonly lang: LanguageTag;
  readonly meta: DocumentMeta;
  readonly paragraphs: readonly InspectParagraph[];
  readonly notes: readonly { readonly label: string; readonly text: string }[];
  readonly diagnostics: readonly { readonly severity: Severity; readonly message: string; readonly line: number; readonly column: number }[];
}

export function inspectReport(document: TextDocument): InspectReport {
  return {
    lang: document.lang,
    meta: document.meta,
    paragraphs: document.paragraphs.map((paragraph) => ({
      index: paragraph.index,
      text: paragraph.text,
      insertions: paragraph.spans.flatMap((span) =>
        span.type === 'insertion'
          ? [{ text: span.content, kind: span.kind, start: span.start - paragraph.start, end: span.end - paragraph.start, confidence: span.confidence }]
          : [],
      ),
      noteRefs: paragraph.spans.flatMap((span) =>
        span.type === 'noteref' ? [{ label: span.label, start: span.start - paragraph.start, end: span.end - paragraph.start }] : [],
      ),
      continues: paragraph.continues,
    })),
    notes: document.notes.map((note) => ({ label: note.label, text: note.text })),
    diagnostics: document.diagnostics.map(({ severity, message, line, column }) => ({ severity, message, line, column })),
  };
}
