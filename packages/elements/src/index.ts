/**
 * @parallel-text/elements: the element classes, free of side effects.
 * Import `@parallel-text/elements/define.js` to register the tags.
 */
export { ParallelTextElement, type LayoutMode } from './parallel-text.js';
export type { InsertionMode, ConcealMode } from './parallel-text/render-row.js';
export {
  ParallelTextSelectEvent,
  ParallelTextAlignmentChangeEvent,
  ParallelTextReadyEvent,
  ParallelTextProgressEvent,
} from './events/index.js';
export { ParallelTextDiffElement, type DiffView } from './parallel-text-diff.js';
export { ParallelTextDiffCompareEvent } from './parallel-text-diff/compare-event.js';
export type { DiffInput, DiffMode } from './parallel-text-diff/compare-inputs.js';
export { ParallelTextInsertionsElement } from './parallel-text-insertions.js';
export { ParallelTextInsertionSelectEvent, ParallelTextInsertionsExportEvent } from './parallel-text-insertions/events.js';
export type { InsertionViewer } from './parallel-text-insertions/viewer-link.js';
export type { SortKey, SortDirection } from './parallel-text-insertions/index-view.js';
