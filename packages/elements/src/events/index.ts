/** The events `<parallel-text>` fires, one class per file. */
export { ParallelTextSelectEvent } from './select.js';
export { ParallelTextAlignmentChangeEvent } from './alignment-change.js';
export { ParallelTextReadyEvent } from './ready.js';
export { ParallelTextProgressEvent } from './progress.js';
