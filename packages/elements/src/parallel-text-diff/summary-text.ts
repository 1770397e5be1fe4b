/** The words of `<parallel-text-diff>`'s live summary and row headings. Pure. */
import { paragraphLabel, type DiffStats, type ParagraphComparison } from '@parallel-text/core';
import type { DiffMode } from './compare-inputs.js';

const plural = (count: number, one: string, many: string): string => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

export function summaryText(stats: DiffStats, mode: DiffMode, rows: number, timedOut: boolean): string {
  const limit = timedOut ? ' Some changes are shown coarser than necessary: the comparison reached its time limit.' : '';
  if (mode === 'insertions') {
    return `${plural(stats.insertions, 'insertion', 'insertions')} by the translator, ${plural(stats.insertedWords, 'word', 'words')} in all, across ${plural(rows, 'paragraph', 'paragraphs')}.${limit}`;
  }
  if (stats.changes === 0) return `No differences in ${plural(rows, 'paragraph', 'paragraphs')}.${limit}`;
  return (
    `${plural(stats.changes, 'change', 'changes')}: ${plural(stats.insertedWords, 'word', 'words')} inserted, ` +
    `${plural(stats.deletedWords, 'word', 'words')} deleted; ${Math.round(stats.similarity * 100)}% of the text unchanged.${limit}`
  );
}

export function rowHeading(row: ParagraphComparison, names: { readonly a: string; readonly b: string }, withSource: boolean, mode: DiffMode): string {
  if (mode === 'insertions') return `Paragraph ${paragraphLabel(row.a)}`;
  const parts = withSource ? [`Source ¶ ${paragraphLabel(row.source)}`] : [];
  parts.push(`${names.a} ¶ ${paragraphLabel(row.a)}`, `${names.b} ¶ ${paragraphLabel(row.b)}`);
  return parts.join(' · ');
}
