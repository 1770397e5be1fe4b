/**
 * Finds the square brackets of one paragraph: balanced outermost pairs, and the broken ones
 * (nested, unclosed, stray, empty) for diagnostics. Round brackets are the author's and are
 * never looked at. It reports offsets only and never throws.
 */

export interface BracketPair {
  /** Offset of `[` within the scanned text. */
  readonly open: number;
  /** Offset of `]` within the scanned text. */
  readonly close: number;
}

export interface BracketScan {
  /** Outermost balanced pairs, in order. */
  readonly pairs: readonly BracketPair[];
  /** `[` inside an outer pair that is itself closed. */
  readonly nested: readonly number[];
  /** `[` never closed in this text. */
  readonly unclosed: readonly number[];
  /** `]` with no `[` before it. */
  readonly stray: readonly number[];
}

export function scanBrackets(text: string): BracketScan {
  const stack: number[] = [];
  const closed: BracketPair[] = [];
  const stray: number[] = [];
  // Jump from bracket to bracket with indexOf (most of a paragraph has none); each search
  // restarts only after the bracket it found, so the scan stays linear.
  let nextOpen = text.indexOf('[');
  let nextClose = text.indexOf(']');
  while (nextOpen !== -1 || nextClose !== -1) {
    if (nextClose === -1 || (nextOpen !== -1 && nextOpen < nextClose)) {
      stack.push(nextOpen);
      nextOpen = text.indexOf('[', nextOpen + 1);
    } else {
      const open = stack.pop();
      if (open === undefined) stray.push(nextClose);
      else closed.push({ open, close: nextClose });
      nextClose = text.indexOf(']', nextClose + 1);
    }
  }
  // Keep only the pairs no other closed pair contains; inner ones are reported as nested.
  closed.sort((a, b) => a.open - b.open);
  const pairs: BracketPair[] = [];
  const nested: number[] = [];
  for (const pair of closed) {
    const outer = pairs.at(-1);
    if (outer && pair.open > outer.open && pair.close < outer.close) nested.push(pair.open);
    else pairs.push(pair);
  }
  return { pairs, nested, unclosed: stack, stray };
}
