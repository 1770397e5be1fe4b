/**
 * Sorting and filtering of the insertion index as the reader sets them. Pure: it reorders and
 * selects rows that core built, never changes one.
 */
import type { InsertionIndexRow, InsertionKind } from '@parallel-text/core';

export type SortKey = 'position' | 'kind' | 'text' | 'source';
export type SortDirection = 'ascending' | 'descending';

export interface IndexView {
  readonly sort: SortKey;
  readonly direction: SortDirection;
  /** Kinds shown; the others are filtered out. */
  readonly kinds: ReadonlySet<InsertionKind>;
  /** Case-insensitive text that the insertion, its context or its source word must contain. */
  readonly query: string;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const byPosition = (a: InsertionIndexRow, b: InsertionIndexRow): number => a.paragraph - b.paragraph || a.ordinal - b.ordinal;

const COMPARE: Readonly<Record<SortKey, (a: InsertionIndexRow, b: InsertionIndexRow) => number>> = {
  position: byPosition,
  kind: (a, b) => collator.compare(a.kind, b.kind),
  text: (a, b) => collator.compare(a.content, b.content),
  // Rows with no linked source word go last in either direction.
  source: (a, b) => (a.sourceWord === undefined ? 1 : 0) - (b.sourceWord === undefined ? 1 : 0) || collator.compare(a.sourceWord ?? '', b.sourceWord ?? ''),
};

export function matchesQuery(row: InsertionIndexRow, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return true;
  return [row.text, row.before, row.after, row.sourceWord ?? '', row.kind].some((field) => field.toLocaleLowerCase().includes(needle));
}

/** The rows to show, in order: filtered by kind and query, sorted (ties keep reading order). */
export function viewRows(rows: readonly InsertionIndexRow[], view: IndexView): InsertionIndexRow[] {
  const sign = view.direction === 'ascending' ? 1 : -1;
  const compare = COMPARE[view.sort];
  return rows
    .filter((row) => view.kinds.has(row.kind) && matchesQuery(row, view.query))
    .sort((a, b) => {
      const primary = view.sort === 'source' && (a.sourceWord === undefined) !== (b.sourceWord === undefined) ? compare(a, b) : sign * compare(a, b);
      return primary || byPosition(a, b);
    });
}
