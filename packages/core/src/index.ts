/**
 * @parallel-text/core: the framework-free heart of parallel-text.
 * Pure functions only: no DOM, no Lit, no I/O.
 */
export type * from './model.js';
export { INSERTION_KINDS } from './model.js';
export { lineRanges, paragraphRanges, isBlank, type LineRange } from './text/paragraph-ranges.js';
