/** Public face of the insertion tools: statistics, the index and its exports, comparisons. */
export { insertionStats, type InsertionCounts, type InsertionStats, type ParagraphInsertionStats } from './insertion-stats.js';
export { insertionIndex, type InsertionIndexOptions, type InsertionIndexRow } from './insertion-index.js';
export { insertionIndexToCsv, insertionIndexToJson, INSERTION_INDEX_FORMAT, INSERTION_INDEX_VERSION, type CsvOptions, type InsertionIndexJson } from './insertion-export.js';
export { paragraphInsertions, documentInsertions, insertionFragmentId, type InsertionRef } from './insertion-refs.js';
export {
  compareInsertions,
  INSERTION_CHANGES,
  type CompareInsertionsOptions,
  type InsertionChange,
  type InsertionComparison,
  type InsertionDifference,
  type InsertionSide,
} from './compare-insertions.js';
export { insertionOps, compareWithoutInsertions, hiddenInsertionRanges, type TextRange } from './without-insertions.js';
