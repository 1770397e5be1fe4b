/**
 * `parallel-text diff A B [--source S]`: compares two translations (or two versions of one) and
 * prints the result as JSON, text or a standalone HTML page. It only reads files and calls core.
 */
import {
  compareInsertions,
  compareTranslations,
  compareVersions,
  comparisonToHtml,
  comparisonToText,
  parse,
  type InsertionComparison,
  type TextDocument,
  type TranslationComparison,
} from '@parallel-text/core';
import type { Command } from '../main.js';
import { UsageError } from '../io.js';
import { oneOf, parseCommandArgs } from '../args.js';

const FORMATS = ['json', 'text', 'html'] as const;
const GRANULARITIES = ['word', 'char'] as const;
/** Characters of unchanged text kept on each side of a change in the text report. */
const TEXT_CONTEXT = 80;

const USAGE = `Usage: parallel-text diff A B [--source S] [--format json|text|html] [--granularity word|char]
                          [--timeout MS] [--insertions]

Compares translation A with translation B paragraph by paragraph. With --source, both are aligned
to the same source text and compared per source paragraph (a paragraph one splits and the other
keeps whole is compared as a whole); without it, A is aligned to B and each pair is compared.

  --format       json (default), text ({+inserted+} [-deleted-], long unchanged stretches
                 shortened to ⟨…⟩) or html (a standalone page)
  --granularity  word (default) or char
  --timeout      time budget in milliseconds (default 2000, 0 for none); reaching it is reported
  --insertions   compare the translators' insertions instead: which are shared, reworded,
                 of another kind, or only in one (json or text)

A, B and S may be - for standard input (one of them at most). Paragraph indices are 0-based.`;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'compare two translations (or versions) paragraph by paragraph, or their insertions',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      source: { type: 'string' },
      format: { type: 'string' },
      granularity: { type: 'string' },
      timeout: { type: 'string' },
      insertions: { type: 'boolean' },
    });
    const format = oneOf(values.format, FORMATS, 'json', 'format');
    const granularity = oneOf(values.granularity, GRANULARITIES, 'word', 'granularity');
    const timeout = readTimeout(values.timeout);
    const [fileA, fileB, ...extra] = positionals;
    if (fileA === undefined || fileB === undefined || extra.length > 0) throw new UsageError('expects two files, A and B (see --help)');
    if ([fileA, fileB, values.source].filter((file) => file === '-').length > 1) throw new UsageError('only one input can be standard input (-)');
    const a = parse(await io.readText(fileA));
    const b = parse(await io.readText(fileB));
    const source = values.source === undefined ? undefined : parse(await io.readText(values.source));
    const options = { granularity, ...(timeout !== undefined ? { timeout } : {}) };

    if (values.insertions === true) {
      if (format === 'html') throw new UsageError('--insertions prints json or text');
      const result = compareInsertions(a, b, options);
      io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : insertionsText(result));
      return 0;
    }
    const comparison = source ? compareTranslations(source, a, b, options) : compareVersions(a, b, options);
    if (format === 'json') io.stdout(`${JSON.stringify(jsonReport(comparison), null, 2)}\n`);
    else if (format === 'text') io.stdout(comparisonToText(comparison, { context: TEXT_CONTEXT }));
    else io.stdout(comparisonToHtml(comparison, { a, b, ...(source ? { source } : {}), labelA: label(fileA, a), labelB: label(fileB, b) }));
    return 0;
  },
};

function readTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new UsageError(`--timeout must be a whole number of milliseconds (got '${value}')`);
  return number;
}

function label(file: string, document: TextDocument): string {
  return file === '-' ? `standard input (${document.lang})` : file;
}

/** The JSON shape: per row the 0-based paragraph indices and the ops; then the totals and what to know. */
function jsonReport(comparison: TranslationComparison) {
  return {
    alignment: comparison.alignment,
    paragraphs: comparison.paragraphs.map((row) => ({ source: row.source, a: row.a, b: row.b, ops: row.ops })),
    stats: comparison.stats,
    timedOut: comparison.timedOut,
    notices: comparison.notices,
    diagnostics: comparison.diagnostics,
  };
}

function insertionsText(result: InsertionComparison): string {
  const counts = Object.entries(result.counts).map(([change, count]) => `${count} ${change}`).join(', ');
  const lines = [`insertions: ${counts}`];
  for (const difference of result.differences) {
    const a = difference.a ? `${difference.a.id} ${difference.a.kind} ${difference.a.text}` : '—';
    const b = difference.b ? `${difference.b.id} ${difference.b.kind} ${difference.b.text}` : '—';
    const other = difference.counterpart === undefined ? '' : difference.unbracketed ? ' (printed without brackets in the other)' : difference.counterpart === '' ? '' : ` (other has: ${JSON.stringify(difference.counterpart)})`;
    lines.push(`${difference.change.padEnd(12)} A: ${a}  B: ${b}${other}`);
  }
  return `${lines.join('\n')}\n`;
}
