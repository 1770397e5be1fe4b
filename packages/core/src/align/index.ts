/** Public face of the aligner: `align`, the correction edits and the check for received alignments. */
export { align } from './align.js';
export type { AlignInput } from './input.js';
export { DEFAULT_PARAMS as DEFAULT_ALIGN_TUNING } from './params.js';
export { mergePairs, splitPair, shiftBoundary, type EditResult } from './edit.js';
export { validateAlignment } from './validate.js';
export { parseDictionary } from './dictionary/index.js';
