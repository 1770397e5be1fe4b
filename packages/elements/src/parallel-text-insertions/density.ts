/**
 * The density strip's bins: where in the document the translator intervened. At most `maxBins`
 * bins of consecutive body paragraphs, each with its count by kind. Pure.
 */
import { INSERTION_KINDS, type InsertionIndexRow, type InsertionKind } from '@parallel-text/core';

export interface DensityBin {
  /** 0-based first and last body paragraph of the bin. */
  readonly from: number;
  readonly to: number;
  readonly total: number;
  readonly byKind: Readonly<Record<InsertionKind, number>>;
  /** The first insertion of the bin in reading order, to reveal when the bin is chosen. */
  readonly first?: InsertionIndexRow;
}

export function densityBins(rows: readonly InsertionIndexRow[], paragraphs: number, maxBins = 60): DensityBin[] {
  if (paragraphs <= 0) return [];
  const size = Math.ceil(paragraphs / Math.max(1, maxBins));
  const count = Math.ceil(paragraphs / size);
  const bins = Array.from({ length: count }, (_, index) => ({
    from: index * size,
    to: Math.min(paragraphs, (index + 1) * size) - 1,
    total: 0,
    byKind: Object.fromEntries(INSERTION_KINDS.map((kind) => [kind, 0])) as Record<InsertionKind, number>,
    first: undefined as InsertionIndexRow | undefined,
  }));
  for (const row of rows) {
    const bin = bins[Math.floor(row.paragraph / size)];
    if (!bin) continue;
    bin.total += 1;
    bin.byKind[row.kind] += 1;
    if (!bin.first || row.paragraph < bin.first.paragraph || (row.paragraph === bin.first.paragraph && row.ordinal < bin.first.ordinal)) bin.first = row;
  }
  return bins.map(({ first, ...bin }) => (first ? { ...bin, first } : bin));
}

/** "Paragraphs 3–4: 2 insertions (1 supplied, 1 gloss)" — the bin's accessible name. */
export function binLabel(bin: DensityBin): string {
  const where = bin.from === bin.to ? `Paragraph ${bin.from}` : `Paragraphs ${bin.from}–${bin.to}`;
  if (bin.total === 0) return `${where}: no insertions`;
  const kinds = INSERTION_KINDS.filter((kind) => bin.byKind[kind] > 0).map((kind) => `${bin.byKind[kind]} ${kind}`);
  return `${where}: ${bin.total} ${bin.total === 1 ? 'insertion' : 'insertions'} (${kinds.join(', ')})`;
}
