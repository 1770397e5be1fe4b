/**
 * The shapes a comparison returns: edit operations whose texts, joined, rebuild both inputs
 * exactly, plus counts. Types only; nothing here may compute or alter a text.
 */

export type DiffOpKind = 'equal' | 'insert' | 'delete';

/** One run of the edit script: `equal` is in both texts, `delete` only in A, `insert` only in B. */
export interface DiffOp {
  readonly op: DiffOpKind;
  readonly text: string;
}

/** `word`: words, punctuation marks and whitespace characters are the units; `char`: characters (a base with its combining marks). */
export type Granularity = 'word' | 'char';

export interface CompareOptions {
  /** Default `word`. */
  readonly granularity?: Granularity;
  /**
   * Milliseconds the diff may spend before it settles for a coarser (still exact) result:
   * `timedOut` then says so. Default 2000; 0 means no limit.
   */
  readonly timeout?: number;
}

export interface DiffStats {
  /** Characters (UTF-16 code units) kept, inserted and deleted. */
  readonly equalChars: number;
  readonly insertedChars: number;
  readonly deletedChars: number;
  /** Words (letters, digits and marks; apostrophes inside a word included) in each kind of run. */
  readonly equalWords: number;
  readonly insertedWords: number;
  readonly deletedWords: number;
  /** Number of `insert` and of `delete` runs. */
  readonly insertions: number;
  readonly deletions: number;
  /** Places where the texts differ: maximal stretches of consecutive non-equal runs. */
  readonly changes: number;
  /** 0..1: share of both texts' characters that are kept (1 for identical texts, including two empty ones). */
  readonly similarity: number;
}

/** Something the caller should know about how a comparison was computed. */
export interface CompareNotice {
  readonly code: 'timeout' | 'granularity-fallback';
  readonly message: string;
}

export interface TextComparison {
  readonly ops: readonly DiffOp[];
  readonly stats: DiffStats;
  /** True when the time limit was reached: the ops still rebuild both texts, but some changes may be coarser than necessary. */
  readonly timedOut: boolean;
  /** The granularity actually used (a word diff falls back to characters only when the texts hold too many distinct words; a notice says so). */
  readonly granularity: Granularity | 'code-unit';
  readonly notices: readonly CompareNotice[];
}
