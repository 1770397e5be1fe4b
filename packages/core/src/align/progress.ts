/**
 * Progress reports for a caller's progress bar: never backwards, never past the total until the
 * work is done, and never allowed to break the alignment if the caller's callback throws.
 */
export class Progress {
  private done = 0;

  constructor(
    private readonly callback: ((done: number, total: number) => void) | undefined,
    private readonly total: number,
  ) {}

  /** Reports `done` units of work if that is further than before; the last unit waits for `finish`. */
  set(done: number): void {
    const capped = Math.min(Math.floor(done), this.total - 1);
    if (capped <= this.done) return;
    this.done = capped;
    this.report();
  }

  finish(): void {
    this.done = this.total;
    this.report();
  }

  private report(): void {
    if (typeof this.callback !== 'function') return;
    try {
      this.callback(this.done, this.total);
    } catch {
      // A broken progress bar must not cost the reader the alignment.
    }
  }
}
