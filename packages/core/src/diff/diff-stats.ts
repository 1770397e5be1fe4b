/** Counts what a list of diff ops keeps, inserts and deletes. Reads the ops; never changes them. */
import { countWords } from './tokenize.js';
import type { DiffOp, DiffStats } from './types.js';

export function diffStats(ops: readonly DiffOp[]): DiffStats {
  let equalChars = 0;
  let insertedChars = 0;
  let deletedChars = 0;
  let equalWords = 0;
  let insertedWords = 0;
  let deletedWords = 0;
  let insertions = 0;
  let deletions = 0;
  let changes = 0;
  let inChange = false;
  for (const { op, text } of ops) {
    if (op === 'equal') {
      equalChars += text.length;
      equalWords += countWords(text);
      inChange = false;
      continue;
    }
    if (!inChange) changes += 1;
    inChange = true;
    if (op === 'insert') {
      insertions += 1;
      insertedChars += text.length;
      insertedWords += countWords(text);
    } else {
      deletions += 1;
      deletedChars += text.length;
      deletedWords += countWords(text);
    }
  }
  const total = 2 * equalChars + insertedChars + deletedChars;
  const similarity = total === 0 ? 1 : (2 * equalChars) / total;
  return { equalChars, insertedChars, deletedChars, equalWords, insertedWords, deletedWords, insertions, deletions, changes, similarity };
}

/** Adds up the stats of several comparisons (e.g. one per aligned paragraph). */
export function sumStats(all: readonly DiffStats[]): DiffStats {
  const sum = (key: Exclude<keyof DiffStats, 'similarity'>): number => all.reduce((total, stats) => total + stats[key], 0);
  const equalChars = sum('equalChars');
  const insertedChars = sum('insertedChars');
  const deletedChars = sum('deletedChars');
  const total = 2 * equalChars + insertedChars + deletedChars;
  return {
    equalChars,
    insertedChars,
    deletedChars,
    equalWords: sum('equalWords'),
    insertedWords: sum('insertedWords'),
    deletedWords: sum('deletedWords'),
    insertions: sum('insertions'),
    deletions: sum('deletions'),
    changes: sum('changes'),
    similarity: total === 0 ? 1 : (2 * equalChars) / total,
  };
}
