/**
 * `parallel-text-diff-compare`: `<parallel-text-diff>` finished a comparison. Carries the result
 * as core returns it, so an embedder can show its own counts or save it.
 */
import type { TranslationComparison } from '@parallel-text/core';

export class ParallelTextDiffCompareEvent extends Event {
  static readonly eventName = 'parallel-text-diff-compare';
  readonly comparison: TranslationComparison;

  constructor(comparison: TranslationComparison) {
    super(ParallelTextDiffCompareEvent.eventName, { bubbles: true, composed: true });
    this.comparison = comparison;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parallel-text-diff-compare': ParallelTextDiffCompareEvent;
  }
}
