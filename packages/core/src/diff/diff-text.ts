/**
 * A comparison as plain text for terminals and e-mail: changed rows with editor's markup,
 * `{+inserted+}` and `[-deleted-]`, under a heading that names the paragraphs. Changed runs are
 * printed whole; long unchanged runs may be shortened to their ends around a marked ` … `
 * (a report for reading — the JSON and HTML outputs carry every character).
 */
import { contextAfter, contextBefore } from '../insertions/insertion-index.js';
import type { DiffOp, TranslationComparison } from './types.js';

/** Marks where an unchanged run was shortened; the ⟨ ⟩ keep it apart from the text's own ellipses and brackets. */
export const ELISION = ' ⟨…⟩ ';

/** `context`: characters kept at each end of an unchanged run between changes (default: everything). */
export function opsToMarkup(ops: readonly DiffOp[], context = Infinity): string {
  return ops
    .map(({ op, text }, index) => {
      if (op === 'insert') return `{+${text}+}`;
      if (op === 'delete') return `[-${text}-]`;
      const keepStart = index > 0 ? context : 0;
      const keepEnd = index < ops.length - 1 ? context : 0;
      if (text.length <= keepStart + keepEnd + ELISION.length * 2) return text;
      const marker = index === 0 ? ELISION.trimStart() : index === ops.length - 1 ? ELISION.trimEnd() : ELISION;
      return `${contextAfter(text, 0, keepStart)}${marker}${contextBefore(text, text.length, keepEnd)}`;
    })
    .join('');
}

/** `3`, `3–4`, `3, 5` or `—`: 0-based paragraph indices as one label. */
export function paragraphLabel(indices: readonly number[]): string {
  if (indices.length === 0) return '—';
  const first = indices[0] ?? 0;
  const last = indices[indices.length - 1] ?? first;
  const contiguous = indices.every((index, position) => index === first + position);
  return indices.length === 1 ? String(first) : contiguous ? `${first}–${last}` : indices.join(', ');
}

export function rowHeading(row: { readonly source: readonly number[]; readonly a: readonly number[]; readonly b: readonly number[] }, withSource: boolean): string {
  const parts = withSource ? [`source ¶${paragraphLabel(row.source)}`] : [];
  return [...parts, `A ¶${paragraphLabel(row.a)}`, `B ¶${paragraphLabel(row.b)}`].join(' · ');
}

export function summaryLine(comparison: TranslationComparison): string {
  const { stats } = comparison;
  const unchanged = comparison.paragraphs.filter((row) => row.stats.changes === 0).length;
  return (
    `${stats.changes} ${stats.changes === 1 ? 'change' : 'changes'}: ${stats.insertedWords} words inserted, ${stats.deletedWords} deleted, ` +
    `${Math.round(stats.similarity * 100)}% of the text unchanged; ${unchanged} of ${comparison.paragraphs.length} rows unchanged`
  );
}

export function comparisonToText(comparison: TranslationComparison, options: { readonly context?: number } = {}): string {
  const lines = [summaryLine(comparison)];
  for (const notice of comparison.notices) lines.push(`note: ${notice.message}`);
  for (const diagnostic of comparison.diagnostics) lines.push(`${diagnostic.severity}: ${diagnostic.message}`);
  for (const row of comparison.paragraphs) {
    if (row.stats.changes === 0) continue;
    lines.push('', `## ${rowHeading(row, comparison.alignment === 'source')}`, opsToMarkup(row.ops, options.context));
  }
  return `${lines.join('\n')}\n`;
}
