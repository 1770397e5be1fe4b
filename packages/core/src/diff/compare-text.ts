/**
 * compareText: a word-level (or character-level) diff of two strings on diff-match-patch, with
 * semantic cleanup so the result reads like an editor's markup. The ops always rebuild both
 * inputs exactly; a time limit is set on purpose and reported when reached, never silent.
 */
import { diffCleanupSemantic, diffMain, type Diff } from 'diff-match-patch-es';
import { anchoredDiff } from './anchored-diff.js';
import { decodeDiffs, encodeTokens } from './token-codes.js';
import { tokenize } from './tokenize.js';
import { diffStats } from './diff-stats.js';
import type { CompareNotice, CompareOptions, DiffOp, Granularity, TextComparison } from './types.js';

/** Long enough for two 100,000-word texts in a browser, short enough that a pathological pair never freezes a page for long. */
export const DEFAULT_TIMEOUT_MS = 2000;

const OP_NAMES = { [-1]: 'delete', 0: 'equal', 1: 'insert' } as const;

/** Anchor length in code units: about six words in a word diff, five or so in a character diff. */
const ANCHOR_UNITS = { word: 12, char: 32, 'code-unit': 32 } as const;

/**
 * Characters that make a "character" longer than one UTF-16 unit: combining marks and variation
 * selectors, ZWJ, CR (of CRLF), astral code points (emoji, flags, modifiers, tags) and lone
 * surrogates. A text with none of them is its own character encoding, with no tokenizing.
 */
const GROUPED_CHARACTER = /[\p{M}\u200d\r]|[\u{10000}-\u{10ffff}]|[\ud800-\udfff]/u;

export function compareText(a: string, b: string, options: CompareOptions = {}): TextComparison {
  const requested: Granularity = options.granularity ?? 'word';
  const timeout = Math.max(0, options.timeout ?? DEFAULT_TIMEOUT_MS);
  const notices: CompareNotice[] = [];
  const prepared = prepareDiff(a, b, requested, notices);
  const { diffs, timedOut } = runDiff(prepared, timeout);
  if (timedOut) {
    notices.push({
      code: 'timeout',
      message: `the comparison reached its ${timeout} ms limit; every character is still accounted for, but some changes are shown coarser than necessary`,
    });
  }
  const ops = diffs.filter((diff) => diff[1] !== '').map(([kind, text]): DiffOp => ({ op: OP_NAMES[kind], text }));
  return { ops, stats: diffStats(ops), timedOut, granularity: prepared.granularity, notices };
}

/** Two texts ready for diff-match-patch: encoded as one code unit per token, with the table to decode them. */
interface PreparedDiff {
  readonly a: string;
  readonly b: string;
  readonly table?: readonly (string | undefined)[];
  readonly granularity: TextComparison['granularity'];
}

/** Encodes the texts as token strings, falling back to finer units only when the tokens do not fit the code space. */
function prepareDiff(a: string, b: string, requested: Granularity, notices: CompareNotice[]): PreparedDiff {
  if (requested === 'char' && !GROUPED_CHARACTER.test(a) && !GROUPED_CHARACTER.test(b)) return { a, b, granularity: 'char' };
  const order: Granularity[] = requested === 'word' ? ['word', 'char'] : ['char'];
  for (const granularity of order) {
    const encoded = encodeTokens(tokenize(a, granularity), tokenize(b, granularity), granularity === 'char');
    if (encoded) return { ...encoded, granularity };
    notices.push({
      code: 'granularity-fallback',
      message: `the texts hold too many distinct ${granularity === 'word' ? 'words' : 'characters'} for a ${granularity} diff; compared by ${granularity === 'word' ? 'characters' : 'UTF-16 code units'} instead`,
    });
  }
  return { a, b, granularity: 'code-unit' };
}

/**
 * diff-match-patch gives up refining a region once its deadline passes and keeps that region
 * as one deletion plus one insertion, without saying so. The deadline is therefore set here and
 * checked as soon as the diff returns: a diff that finished past it is reported as timed out.
 */
function runDiff(prepared: PreparedDiff, timeout: number): { diffs: Diff[]; timedOut: boolean } {
  const deadline = timeout > 0 ? Date.now() + timeout : Number.MAX_VALUE;
  const options = { diffTimeout: timeout / 1000 };
  const diffs = anchoredDiff(prepared.a, prepared.b, ANCHOR_UNITS[prepared.granularity], (a, b) => diffMain(a, b, options, true, deadline));
  const timedOut = Date.now() > deadline;
  diffCleanupSemantic(diffs);
  if (prepared.table) decodeDiffs(diffs, prepared.table);
  return { diffs, timedOut };
}
