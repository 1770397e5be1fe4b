/** Public face of comparison: two texts, two translations of one source, two versions of one translation. */
export { compareText, DEFAULT_TIMEOUT_MS } from './compare-text.js';
export { compareTranslations, compareVersions, rowText, PARAGRAPH_JOINER } from './compare-translations.js';
export { combineAlignments, rowsFromPairs, type AlignedRow } from './aligned-rows.js';
export { diffStats, sumStats } from './diff-stats.js';
export { mapRange, invertOps } from './op-positions.js';
export type {
  CompareNotice,
  CompareOptions,
  CompareTranslationsOptions,
  DiffOp,
  DiffOpKind,
  DiffStats,
  Granularity,
  ParagraphComparison,
  TextComparison,
  TranslationComparison,
} from './types.js';
export { comparisonToText, opsToMarkup, paragraphLabel, summaryLine } from './diff-text.js';
export { comparisonToHtml, type ComparisonDocuments } from './diff-html.js';
