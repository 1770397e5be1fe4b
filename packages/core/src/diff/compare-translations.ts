/**
 * compareTranslations and compareVersions: diff two translations paragraph by paragraph, in
 * rows that the aligner's pairs define, so a translation that splits a paragraph the other keeps
 * whole is compared against the whole. Texts are only read; the ops rebuild each row exactly.
 */
import { align } from '../align/index.js';
import type { AlignmentPair, Diagnostic, TextDocument } from '../model.js';
import { combineAlignments, rowsFromPairs, type AlignedRow } from './aligned-rows.js';
import { compareText, DEFAULT_TIMEOUT_MS } from './compare-text.js';
import { sumStats } from './diff-stats.js';
import type { CompareNotice, CompareTranslationsOptions, ParagraphComparison, TranslationComparison } from './types.js';

/** What the aligner notes about two texts in one script, or identical ones: expected of two versions, so not passed on. */
const EXPECTED_FOR_VERSIONS = new Set(['align-same-script', 'align-identical']);

/** Paragraphs that share a row are joined by a blank line, as in the plain-text input form. */
export const PARAGRAPH_JOINER = '\n\n';

/** Aligns A and B to the same source and diffs A against B per source paragraph (or run of paragraphs). */
export function compareTranslations(
  source: TextDocument,
  a: TextDocument,
  b: TextDocument,
  options: CompareTranslationsOptions = {},
): TranslationComparison {
  const diagnostics: Diagnostic[] = [];
  const pairsA = options.pairsA ?? alignedPairs(source, a, diagnostics, 'A');
  const pairsB = options.pairsB ?? alignedPairs(source, b, diagnostics, 'B');
  const rows = combineAlignments(pairsA, pairsB, { source: source.paragraphs.length, a: a.paragraphs.length, b: b.paragraphs.length });
  return compareRows('source', rows, a, b, options, diagnostics);
}

/** Aligns A directly to B (two editions of one translation, or two translations with no source at hand) and diffs each pair. */
export function compareVersions(a: TextDocument, b: TextDocument, options: CompareTranslationsOptions = {}): TranslationComparison {
  const diagnostics: Diagnostic[] = [];
  const pairs = options.pairsB ?? alignedPairs(a, b, diagnostics, 'B');
  const rows = rowsFromPairs(pairs, { a: a.paragraphs.length, b: b.paragraphs.length });
  const relevant = diagnostics.filter((diagnostic) => !EXPECTED_FOR_VERSIONS.has(diagnostic.code));
  return compareRows('pairwise', rows, a, b, options, relevant);
}

/** The text a row compares on one side: its paragraphs as printed, joined by a blank line. */
export function rowText(document: TextDocument, indices: readonly number[]): string {
  return indices.map((index) => document.paragraphs[index]?.text ?? '').join(PARAGRAPH_JOINER);
}

function alignedPairs(from: TextDocument, to: TextDocument, diagnostics: Diagnostic[], side: string): readonly AlignmentPair[] {
  const alignment = align(from, to);
  for (const diagnostic of alignment.diagnostics) diagnostics.push({ ...diagnostic, message: `aligning ${side}: ${diagnostic.message}` });
  return alignment.pairs;
}

function compareRows(
  alignment: TranslationComparison['alignment'],
  rows: readonly AlignedRow[],
  a: TextDocument,
  b: TextDocument,
  options: CompareTranslationsOptions,
  diagnostics: readonly Diagnostic[],
): TranslationComparison {
  const budget = Math.max(0, options.timeout ?? DEFAULT_TIMEOUT_MS);
  const deadline = Date.now() + budget;
  const notices = new Map<string, CompareNotice>();
  const paragraphs = rows.map((row): ParagraphComparison => {
    // Each row gets what is left of the budget (at least 1 ms, since 0 would mean "no limit").
    const timeout = budget === 0 ? 0 : Math.max(1, deadline - Date.now());
    const result = compareText(rowText(a, row.a), rowText(b, row.b), { granularity: options.granularity ?? 'word', timeout });
    for (const notice of result.notices) if (!notices.has(notice.code)) notices.set(notice.code, notice);
    return { source: row.source, a: row.a, b: row.b, ops: result.ops, stats: result.stats, timedOut: result.timedOut };
  });
  const timedOut = paragraphs.some((paragraph) => paragraph.timedOut);
  if (timedOut) {
    notices.set('timeout', {
      code: 'timeout',
      message: `the comparison reached its ${budget} ms budget; every character is still accounted for, but some rows show coarser changes than necessary`,
    });
  }
  return {
    alignment,
    paragraphs,
    stats: sumStats(paragraphs.map((paragraph) => paragraph.stats)),
    timedOut,
    notices: [...notices.values()],
    diagnostics,
  };
}
