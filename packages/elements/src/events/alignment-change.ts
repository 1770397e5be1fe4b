/**
 * `parallel-text-alignment-change`: a person corrected the alignment (merge, split or shift).
 * Carries the complete new pairs so an embedder can save them as they are.
 */
import type { AlignmentPair } from '@parallel-text/core';

export class ParallelTextAlignmentChangeEvent extends Event {
  static readonly eventName = 'parallel-text-alignment-change';
  /** Every pair after the edit, monotone and covering both documents; edited pairs are `pinned`. */
  readonly pairs: readonly AlignmentPair[];

  constructor(pairs: readonly AlignmentPair[]) {
    super(ParallelTextAlignmentChangeEvent.eventName, { bubbles: true, composed: true });
    this.pairs = pairs;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parallel-text-alignment-change': ParallelTextAlignmentChangeEvent;
  }
}
