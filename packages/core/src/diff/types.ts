/**
 * The shapes a comparison returns: edit operations whose texts, joined, rebuild both inputs
 * exactly, plus counts. Types only; nothing here may compute or alter a text.
 */
import type { AlignmentPair, Diagnostic } from '../model.js';

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

/** One row of a comparison of two translations: the paragraphs compared and the diff of their texts. */
export interface ParagraphComparison {
  /** 0-based source paragraphs both translations render here; empty without a source, or for paragraphs added with no source. */
  readonly source: readonly number[];
  /** 0-based paragraphs of A and of B in this row (several when a translation splits what the other keeps whole). */
  readonly a: readonly number[];
  readonly b: readonly number[];
  /** Diff of A's paragraphs against B's, each side's paragraphs joined by a blank line (`\n\n`). */
  readonly ops: readonly DiffOp[];
  readonly stats: DiffStats;
  readonly timedOut: boolean;
}

export interface TranslationComparison {
  /** `source`: both translations aligned to one source; `pairwise`: A aligned directly to B; `insertions`: one translation without (A) and with (B) its insertions. */
  readonly alignment: 'source' | 'pairwise' | 'insertions';
  readonly paragraphs: readonly ParagraphComparison[];
  readonly stats: DiffStats;
  readonly timedOut: boolean;
  readonly notices: readonly CompareNotice[];
  /** What the aligner reported (e.g. doubtful input), passed on as it came. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of compareTranslations and compareVersions. `timeout` is the budget of the whole comparison. */
export interface CompareTranslationsOptions extends CompareOptions {
  /** Precomputed pairs (e.g. corrected by a person) used instead of running the aligner: source↔A and source↔B, or A↔B for compareVersions. */
  readonly pairsA?: readonly AlignmentPair[];
  readonly pairsB?: readonly AlignmentPair[];
}
