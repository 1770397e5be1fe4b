/**
 * Carries a range of text A over to text B through the ops of their diff, the way
 * diff-match-patch's diff_xIndex carries one position, so an annotation of A (an insertion, say)
 * can be found again in B. Reads the ops; never changes a text.
 */
import type { DiffOp } from './types.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * The stretch of B that stands where `[start, end)` stands in A. When the range ends inside or
 * at the end of a deletion, the insertion that replaced it is included ("[back]" → "back");
 * an insertion next to unchanged text is not.
 */
export function mapRange(ops: readonly DiffOp[], range: Range): Range {
  const start = mapStart(ops, range.start);
  return { start, end: Math.max(start, mapEnd(ops, range.end)) };
}

function mapStart(ops: readonly DiffOp[], position: number): number {
  let a = 0;
  let b = 0;
  for (const { op, text } of ops) {
    const length = text.length;
    if (op === 'insert') {
      b += length;
      continue;
    }
    if (position < a + length) return op === 'equal' ? b + (position - a) : b;
    a += length;
    if (op === 'equal') b += length;
  }
  return b;
}

function mapEnd(ops: readonly DiffOp[], position: number): number {
  let a = 0;
  let b = 0;
  for (let index = 0; index < ops.length; index += 1) {
    const { op, text } = ops[index] ?? { op: 'equal', text: '' };
    const length = text.length;
    if (op === 'insert') {
      b += length;
      continue;
    }
    if (op === 'equal' && position <= a + length) return b + Math.max(0, position - a);
    if (op === 'delete' && position <= a) return b;
    if (op === 'delete' && position <= a + length) return b + replacementLength(ops, index + 1);
    a += length;
    if (op === 'equal') b += length;
  }
  return b;
}

/** Length of the insertions that directly follow a deletion: what replaced it in B. */
function replacementLength(ops: readonly DiffOp[], from: number): number {
  let length = 0;
  for (let index = from; index < ops.length && ops[index]?.op === 'insert'; index += 1) length += ops[index]?.text.length ?? 0;
  return length;
}

/** The same ops seen from B: insertions become deletions and the other way round. */
export function invertOps(ops: readonly DiffOp[]): DiffOp[] {
  const inverted = ops.map(({ op, text }): DiffOp => ({ op: op === 'insert' ? 'delete' : op === 'delete' ? 'insert' : 'equal', text }));
  // Keep deletions before insertions within a change, as diff-match-patch does.
  for (let index = 1; index < inverted.length; index += 1) {
    const previous = inverted[index - 1];
    const current = inverted[index];
    if (previous?.op === 'insert' && current?.op === 'delete') {
      inverted[index - 1] = current;
      inverted[index] = previous;
      if (index > 1) index -= 2;
    }
  }
  return inverted;
}
