/**
 * `parallel-text-select`: a reader chose a pair (a click on a row, or Enter or Space on it).
 * Carries indices only, never text. The paragraph lists are `sourceParagraphs` and
 * `targetParagraphs` because `Event.target` already names the element the event came from.
 */
export class ParallelTextSelectEvent extends Event {
  static readonly eventName = 'parallel-text-select';
  /** Index into the viewer's `pairs`. */
  readonly pairIndex: number;
  /** 0-based body-paragraph indices of the original's side of the pair (empty for a gap). */
  readonly sourceParagraphs: readonly number[];
  /** 0-based body-paragraph indices of the translation's side of the pair (empty for a gap). */
  readonly targetParagraphs: readonly number[];

  constructor(pairIndex: number, sourceParagraphs: readonly number[], targetParagraphs: readonly number[]) {
    super(ParallelTextSelectEvent.eventName, { bubbles: true, composed: true });
    this.pairIndex = pairIndex;
    this.sourceParagraphs = sourceParagraphs;
    this.targetParagraphs = targetParagraphs;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parallel-text-select': ParallelTextSelectEvent;
  }
}
