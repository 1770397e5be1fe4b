/**
 * Teaching annotations: the documented JSON format, its reader and the anchoring of notes to
 * spans of either text. Re-exports only; nothing here touches a text.
 */
export {
  ANNOTATION_FORMAT,
  ANNOTATION_FORMAT_VERSION,
  type AnnotationDiagnostic,
  type AnnotationEntry,
  type AnnotationSet,
} from './format.js';
export { readAnnotationSet, type AnnotationSetReading, type EntryLocation } from './read-annotation-set.js';
export { resolveAnnotations, type AnchorDocument, type AnnotationSides, type ResolvedAnnotations } from './resolve-annotations.js';
export { findQuote, type QuoteSelector } from './find-quote.js';
