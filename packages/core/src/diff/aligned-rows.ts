/**
 * Combines two alignments to one source (source↔A, source↔B) into rows that A and B can be
 * compared in: each row is the smallest run of source paragraphs that both alignments keep
 * together, with the A and B paragraphs aligned to it. Reads indices only; never touches text.
 */
import type { AlignmentPair } from '../model.js';

export interface AlignedRow {
  /** 0-based source paragraphs; empty for paragraphs a translator added with no source. */
  readonly source: readonly number[];
  readonly a: readonly number[];
  readonly b: readonly number[];
}

interface Counts {
  readonly source: number;
  readonly a: number;
  readonly b: number;
}

/**
 * Every paragraph of A and B lands in exactly one row, in reading order, even when a received
 * alignment misses some or repeats them: a missed paragraph joins the row of the paragraph before it.
 */
export function combineAlignments(pairsA: readonly AlignmentPair[], pairsB: readonly AlignmentPair[], counts: Counts): AlignedRow[] {
  const group = sourceGroups([...pairsA, ...pairsB], counts.source);
  const groupCount = group.length === 0 ? 0 : (group[group.length - 1] ?? 0) + 1;
  // Slot 2g is the gap before group g (paragraphs with no source), slot 2g+1 is group g.
  const slots = 2 * groupCount + 1;
  const source = bucket(group.map((value) => 2 * value + 1), slots);
  const a = bucket(place(pairsA, group, counts.a, slots), slots);
  const b = bucket(place(pairsB, group, counts.b, slots), slots);
  const rows: AlignedRow[] = [];
  for (let slot = 0; slot < slots; slot += 1) {
    const row = { source: source[slot] ?? [], a: a[slot] ?? [], b: b[slot] ?? [] };
    if (row.source.length + row.a.length + row.b.length > 0) rows.push(row);
  }
  return rows;
}

/** Rows for two texts aligned directly to each other (no source): one row per pair. */
export function rowsFromPairs(pairs: readonly AlignmentPair[], counts: { readonly a: number; readonly b: number }): AlignedRow[] {
  const asSource = pairs.map((pair) => ({ source: pair.source, target: pair.source, score: pair.score }));
  return combineAlignments(asSource, pairs, { source: counts.a, a: counts.a, b: counts.b }).map((row) => ({ source: [], a: row.a, b: row.b }));
}

/** For each source paragraph, the number of its group: runs that some pair of either alignment keeps together share one. */
function sourceGroups(pairs: readonly AlignmentPair[], count: number): number[] {
  // joined[i] = 1 when source i and i + 1 must be in one group.
  const joined = new Uint8Array(Math.max(0, count));
  for (const pair of pairs) {
    const valid = pair.source.filter((index) => Number.isInteger(index) && index >= 0 && index < count);
    if (valid.length < 2) continue;
    const low = Math.min(...valid);
    const high = Math.max(...valid);
    for (let index = low; index < high; index += 1) joined[index] = 1;
  }
  const group: number[] = [];
  let current = 0;
  for (let index = 0; index < count; index += 1) {
    group.push(current);
    if (joined[index] !== 1) current += 1;
  }
  return group;
}

/** The slot of each paragraph of one translation. */
function place(pairs: readonly AlignmentPair[], group: readonly number[], count: number, slots: number): number[] {
  const slotOf = new Array<number>(count).fill(-1);
  let lastSlot = 0;
  for (const pair of pairs) {
    const groups = pair.source.map((index) => group[index]).filter((value): value is number => value !== undefined);
    const slot = groups.length > 0 ? 2 * Math.min(...groups) + 1 : gapAfter(lastSlot);
    lastSlot = Math.max(lastSlot, slot);
    for (const index of pair.target) {
      if (Number.isInteger(index) && index >= 0 && index < count && slotOf[index] === -1) slotOf[index] = Math.min(slot, slots - 1);
    }
  }
  let previous = 0;
  for (let index = 0; index < count; index += 1) {
    if (slotOf[index] === -1) slotOf[index] = previous;
    previous = slotOf[index] ?? previous;
  }
  return slotOf;
}

/** The gap slot that follows a slot: after group g (slot 2g+1) comes gap 2g+2; a gap stays where it is. */
function gapAfter(slot: number): number {
  return slot % 2 === 1 ? slot + 1 : slot;
}

/** Paragraph indices grouped by slot, ascending within each slot. */
function bucket(slotOf: readonly number[], slots: number): number[][] {
  const buckets = Array.from({ length: slots }, (): number[] => []);
  slotOf.forEach((slot, index) => buckets[slot]?.push(index));
  return buckets;
}
