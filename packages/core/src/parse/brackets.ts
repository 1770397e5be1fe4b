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

const OPEN = 91; // [
const CLOSE = 93; // ]

export function scanBrackets(text: string): BracketScan {
  const stack: number[] = [];
  const closed: BracketPair[] = [];
  const stray: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === OPEN) stack.push(i);
    else if (code === CLOSE) {
      const open = stack.pop();
      if (open === undefined) stray.push(i);
      else closed.push({ open, close: i });
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
