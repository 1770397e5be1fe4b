/**
 * Registers every parallel-text tag. The only module of this package with side effects.
 * It re-exports the classes so one import both registers the tags and brings their types
 * (including the HTMLElementTagNameMap entries) into scope.
 */
import { ParallelTextElement } from './parallel-text.js';
import { ParallelTextDiffElement } from './parallel-text-diff.js';
import { ParallelTextInsertionsElement } from './parallel-text-insertions.js';

ParallelTextElement.define();
ParallelTextDiffElement.define();
ParallelTextInsertionsElement.define();

export * from './index.js';
