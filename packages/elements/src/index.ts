/**
 * @parallel-text/elements: the element classes, free of side effects.
 * Import `@parallel-text/elements/define.js` to register the tags.
 */
export { ParallelTextElement } from './parallel-text.js';
