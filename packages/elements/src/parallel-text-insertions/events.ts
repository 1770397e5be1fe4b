/** The events `<parallel-text-insertions>` fires, with readonly typed fields. */

/** `parallel-text-insertion-select`: a reader chose an insertion in the index (click, Enter or Space). */
export class ParallelTextInsertionSelectEvent extends Event {
  static readonly eventName = 'parallel-text-insertion-select';
  /** `p{j}-i{k}`: 0-based target paragraph j, k-th insertion of that paragraph. */
  readonly id: string;
  readonly paragraph: number;
  readonly ordinal: number;

  constructor(id: string, paragraph: number, ordinal: number) {
    super(ParallelTextInsertionSelectEvent.eventName, { bubbles: true, composed: true });
    this.id = id;
    this.paragraph = paragraph;
    this.ordinal = ordinal;
  }
}

/**
 * `parallel-text-insertions-export`: the index is about to be downloaded as CSV or JSON. Cancel
 * it (preventDefault) to handle the text yourself, e.g. to upload it instead.
 */
export class ParallelTextInsertionsExportEvent extends Event {
  static readonly eventName = 'parallel-text-insertions-export';
  readonly format: 'csv' | 'json';
  readonly filename: string;
  readonly mediaType: string;
  /** The file's content, built by @parallel-text/core. */
  readonly text: string;

  constructor(format: 'csv' | 'json', filename: string, mediaType: string, text: string) {
    super(ParallelTextInsertionsExportEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.format = format;
    this.filename = filename;
    this.mediaType = mediaType;
    this.text = text;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'parallel-text-insertion-select': ParallelTextInsertionSelectEvent;
    'parallel-text-insertions-export': ParallelTextInsertionsExportEvent;
  }
}
