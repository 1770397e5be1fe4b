/**
 * `parallel-text-progress`: how far the aligner has got while it runs off the main thread.
 * `done` and `total` are in the aligner's own units; only their ratio is meaningful.
 */
export class ParallelTextProgressEvent extends Event {
  static readonly eventName = 'parallel-text-progress';
  readonly done: number;
  readonly total: number;

  constructor(done: number, total: number) {
    super(ParallelTextProgressEvent.eventName, { bubbles: true, composed: true });
    this.done = done;
    this.total = total;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parallel-text-progress': ParallelTextProgressEvent;
  }
}
