/** Benchmark tables: every benchmark returns one, and the runner prints them all. */
export interface BenchTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Lines printed under the table: what the baseline is, how figures were measured. */
  readonly notes?: readonly string[];
}

export interface Benchmark {
  readonly name: string;
  run(): Promise<BenchTable> | BenchTable;
}

function cell(value: string | number): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(Math.abs(value) >= 100 ? 0 : 3);
}

export function formatTable(table: BenchTable): string {
  const cells = table.rows.map((row) => row.map(cell));
  const widths = table.columns.map((column, index) => Math.max(column.length, ...cells.map((row) => (row[index] ?? '').length)));
  const line = (values: readonly string[]) => `| ${values.map((value, index) => value.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  return [
    `## ${table.title}`,
    line(table.columns),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...cells.map(line),
    ...(table.notes ?? []).map((note) => `  ${note}`),
  ].join('\n');
}
