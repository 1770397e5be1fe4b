/**
 * `parallel-text-ready`: both documents are parsed and aligned and the rows are rendered.
 * Fired again whenever the input changes and the viewer settles on a new result.
 */
import type { AlignmentPair, TextDocument } from '@parallel-text/core';

export class ParallelTextReadyEvent extends Event {
  static readonly eventName = 'parallel-text-ready';
  readonly sourceDocument: TextDocument;
  readonly targetDocument: TextDocument;
  readonly pairs: readonly AlignmentPair[];

  constructor(sourceDocument: TextDocument, targetDocument: TextDocument, pairs: readonly AlignmentPair[]) {
    super(ParallelTextReadyEvent.eventName, { bubbles: true, composed: true });
    this.sourceDocument = sourceDocument;
    this.targetDocument = targetDocument;
    this.pairs = pairs;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parallel-text-ready': ParallelTextReadyEvent;
  }
}
