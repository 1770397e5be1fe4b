/**
 * Turns offsets into the 1-based line and column people see in an editor, with CRLF, LF and a
 * lone CR each ending one line. It only reads the string.
 */

export interface Position {
  readonly line: number;
  /** 1-based, counted in UTF-16 code units as JavaScript and most editors count them. */
  readonly column: number;
}

/** Builds a lookup from offset to position for one source string (binary search over line starts). */
export function lineIndex(source: string): (offset: number) => Position {
  // Built on first use: most documents never need a position, and large ones are costly to index.
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= lineStarts(source);
    const at = Math.max(0, Math.min(offset, source.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - (starts[low] ?? 0) + 1 };
  };
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (const match of source.matchAll(/\r\n|\n|\r/gu)) starts.push(match.index + match[0].length);
  return starts;
}
