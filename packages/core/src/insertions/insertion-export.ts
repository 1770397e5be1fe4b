/**
 * The insertion index as files: CSV (RFC 4180) for spreadsheets and JSON for programs. Both are
 * built here so the browser download, the CLI and any script produce the same bytes. JSON keeps
 * every character; CSV does too, except the one documented guard against spreadsheet formulas.
 */
import type { TextDocument } from '../model.js';
import type { InsertionIndexRow } from './insertion-index.js';
import { emptyByKind, insertionStats, type InsertionCounts } from './insertion-stats.js';

export const INSERTION_INDEX_FORMAT = 'parallel-text-insertions';
export const INSERTION_INDEX_VERSION = 1;

const CSV_COLUMNS = ['id', 'paragraph', 'ordinal', 'kind', 'text', 'content', 'before', 'after', 'source_word', 'source_paragraph', 'confidence', 'overridden'] as const;

export interface CsvOptions {
  /**
   * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return as a
   * formula, so a hostile text could make one execute. When true (the default) such a cell gets a
   * leading apostrophe, which spreadsheets hide; set false for the exact text (e.g. for a script).
   */
  readonly guardFormulas?: boolean;
}

export function insertionIndexToCsv(rows: readonly InsertionIndexRow[], options: CsvOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  const cell = (value: string | number | boolean | undefined): string => {
    let text = value === undefined ? '' : String(value);
    if (guard && typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    // Leading or trailing spaces are quoted too: some importers trim unquoted fields.
    return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      [row.id, row.paragraph, row.ordinal, row.kind, row.text, row.content, row.before, row.after, row.sourceWord, row.sourceParagraph, row.confidence, row.overridden]
        .map(cell)
        .join(','),
    );
  }
  // RFC 4180 ends records with CRLF.
  return `${lines.join('\r\n')}\r\n`;
}

export interface InsertionIndexJson {
  readonly format: typeof INSERTION_INDEX_FORMAT;
  readonly version: typeof INSERTION_INDEX_VERSION;
  readonly document: {
    readonly title?: string;
    readonly lang: string;
    readonly provenance: TextDocument['meta']['provenance'];
    readonly words: number;
    /** Every insertion of the document, whether or not all are exported. */
    readonly insertions: number;
  };
  /** Counts of the exported rows (fewer than the document's when the index was filtered). */
  readonly stats: InsertionCounts;
  readonly insertions: readonly InsertionIndexRow[];
}

/** The rows (all, or as filtered) with the document they describe: title, language, provenance, size. */
export function insertionIndexToJson(document: TextDocument, rows: readonly InsertionIndexRow[]): string {
  const whole = insertionStats(document);
  const byKind = emptyByKind();
  for (const row of rows) byKind[row.kind] += 1;
  const value: InsertionIndexJson = {
    format: INSERTION_INDEX_FORMAT,
    version: INSERTION_INDEX_VERSION,
    document: {
      ...(document.meta.title !== undefined ? { title: document.meta.title } : {}),
      lang: document.lang,
      provenance: document.meta.provenance,
      words: whole.words,
      insertions: whole.total,
    },
    stats: { total: rows.length, byKind },
    insertions: rows,
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
