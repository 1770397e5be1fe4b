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
  const starts = [0];
  for (let i = 0; i < source.length; i += 1) {
    const code = source.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (source.charCodeAt(i + 1) === 10) i += 1;
      starts.push(i + 1);
    }
  }
  return (offset) => {
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
