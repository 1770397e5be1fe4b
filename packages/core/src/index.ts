/**
 * @parallel-text/core: the framework-free heart of parallel-text.
 * Pure functions only: no DOM, no Lit, no I/O.
 */
export type * from './model.js';
export { INSERTION_KINDS, PROVENANCE_KINDS } from './model.js';
export { lineRanges, paragraphRanges, isBlank, type LineRange } from './text/paragraph-ranges.js';
export * from './translit/index.js';
export * from './parse/index.js';
export * from './link/index.js';
export * from './report/index.js';
export { classifyInsertion, type Classification, type InsertionContext } from './classify/classify-insertion.js';
export { align, DEFAULT_ALIGN_TUNING, parseDictionary, mergePairs, splitPair, shiftBoundary, validateAlignment, type AlignInput, type EditResult } from './align/index.js';
export * from './diff/index.js';
export * from './insertions/index.js';
export * from './annotations/index.js';
export * from './formats/index.js';
