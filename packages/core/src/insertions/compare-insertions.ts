/**
 * compareInsertions: which insertions two versions of a translation share, which one has and the
 * other lacks, and which changed wording or kind. Insertions are matched by position: A and B
 * are aligned, each aligned row is diffed, and an insertion of A is carried to B through the diff.
 * It reads both documents and never changes them.
 */
import type { AlignmentPair, Diagnostic, InsertionKind, TextDocument } from '../model.js';
import { compareVersions, PARAGRAPH_JOINER } from '../diff/compare-translations.js';
import { invertOps, mapRange } from '../diff/op-positions.js';
import type { DiffOp, Granularity } from '../diff/types.js';
import { paragraphInsertions, type InsertionRef } from './insertion-refs.js';
import { contextAfter } from './insertion-index.js';

/** `same`: same wording and kind; `reworded`: another wording at the same place; `kind-changed`: same wording, another kind. */
export type InsertionChange = 'same' | 'reworded' | 'kind-changed' | 'only-a' | 'only-b';

export const INSERTION_CHANGES: readonly InsertionChange[] = ['same', 'reworded', 'kind-changed', 'only-a', 'only-b'];

export interface InsertionSide {
  /** `p{j}-i{k}` in that version. */
  readonly id: string;
  readonly paragraph: number;
  readonly ordinal: number;
  readonly kind: InsertionKind;
  /** The bracket as printed and what stands between the brackets. */
  readonly text: string;
  readonly content: string;
}

export interface InsertionDifference {
  readonly change: InsertionChange;
  readonly a?: InsertionSide;
  readonly b?: InsertionSide;
  /** For `only-a` / `only-b`: what the other version prints at that place ('' when nothing), at most about 200 characters. */
  readonly counterpart?: string;
  /** True when `counterpart` is the start of a longer stretch. */
  readonly counterpartTruncated?: boolean;
  /** For `only-a` / `only-b`: the other version has the same words there, without brackets. */
  readonly unbracketed?: boolean;
}

export interface InsertionComparison {
  /** In reading order of A, B's own insertions placed where they stand. */
  readonly differences: readonly InsertionDifference[];
  readonly counts: Readonly<Record<InsertionChange, number>>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface CompareInsertionsOptions {
  /** A↔B pairs to use instead of running the aligner. */
  readonly pairs?: readonly AlignmentPair[];
  readonly granularity?: Granularity;
  readonly timeout?: number;
}

/** Longest counterpart quoted, so a deleted page does not end up inside one entry. */
const COUNTERPART_LIMIT = 200;

export function compareInsertions(a: TextDocument, b: TextDocument, options: CompareInsertionsOptions = {}): InsertionComparison {
  const comparison = compareVersions(a, b, {
    ...(options.pairs ? { pairsB: options.pairs } : {}),
    ...(options.granularity ? { granularity: options.granularity } : {}),
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  });
  const differences: InsertionDifference[] = [];
  for (const row of comparison.paragraphs) {
    differences.push(...compareRow(rowInsertions(a, row.a), rowInsertions(b, row.b), row.ops, rowTextOf(a, row.a), rowTextOf(b, row.b)));
  }
  const counts = Object.fromEntries(INSERTION_CHANGES.map((change) => [change, 0])) as Record<InsertionChange, number>;
  for (const difference of differences) counts[difference.change] += 1;
  return { differences, counts, diagnostics: comparison.diagnostics };
}

/** An insertion placed in a row's text: the paragraphs of the row joined as compareVersions joins them. */
interface Placed {
  readonly ref: InsertionRef;
  readonly start: number;
  readonly end: number;
}

function rowInsertions(document: TextDocument, indices: readonly number[]): Placed[] {
  const placed: Placed[] = [];
  let offset = 0;
  for (const index of indices) {
    const paragraph = document.paragraphs[index];
    if (!paragraph) continue;
    for (const ref of paragraphInsertions(paragraph)) placed.push({ ref, start: offset + ref.start, end: offset + ref.end });
    offset += paragraph.text.length + PARAGRAPH_JOINER.length;
  }
  return placed;
}

function rowTextOf(document: TextDocument, indices: readonly number[]): string {
  return indices.map((index) => document.paragraphs[index]?.text ?? '').join(PARAGRAPH_JOINER);
}

function compareRow(inA: readonly Placed[], inB: readonly Placed[], ops: readonly DiffOp[], textA: string, textB: string): InsertionDifference[] {
  const matchedB = new Set<number>();
  const out: { at: number; difference: InsertionDifference }[] = [];
  for (const insertion of inA) {
    const mapped = mapRange(ops, insertion);
    let best = -1;
    let bestOverlap = 0;
    inB.forEach((candidate, index) => {
      if (matchedB.has(index)) return;
      const overlap = Math.min(mapped.end, candidate.end) - Math.max(mapped.start, candidate.start);
      if (overlap > bestOverlap) {
        best = index;
        bestOverlap = overlap;
      }
    });
    const partner = inB[best];
    if (partner) {
      matchedB.add(best);
      out.push({ at: insertion.start, difference: matched(insertion.ref, partner.ref) });
    } else {
      out.push({ at: insertion.start, difference: unmatched('only-a', insertion.ref, textB.slice(mapped.start, mapped.end)) });
    }
  }
  const inverted = invertOps(ops);
  inB.forEach((insertion, index) => {
    if (matchedB.has(index)) return;
    const mapped = mapRange(inverted, insertion);
    out.push({ at: mapped.start, difference: unmatched('only-b', insertion.ref, textA.slice(mapped.start, mapped.end)) });
  });
  // Stable sort: B's own insertions take their place among A's by where they stand in A.
  return out.sort((left, right) => left.at - right.at).map((entry) => entry.difference);
}

function side(ref: InsertionRef): InsertionSide {
  return { id: ref.id, paragraph: ref.paragraph, ordinal: ref.ordinal, kind: ref.span.kind, text: ref.span.text, content: ref.span.content };
}

function matched(a: InsertionRef, b: InsertionRef): InsertionDifference {
  const sameWords = a.span.content.trim() === b.span.content.trim();
  const change: InsertionChange = !sameWords ? 'reworded' : a.span.kind === b.span.kind ? 'same' : 'kind-changed';
  return { change, a: side(a), b: side(b) };
}

function unmatched(change: 'only-a' | 'only-b', ref: InsertionRef, counterpart: string): InsertionDifference {
  const quoted = contextAfter(counterpart, 0, COUNTERPART_LIMIT);
  const details = {
    counterpart: quoted,
    counterpartTruncated: quoted.length < counterpart.length,
    unbracketed: normalizeSpace(counterpart) === normalizeSpace(ref.span.content) && ref.span.content.trim() !== '',
  };
  return change === 'only-a' ? { change, a: side(ref), ...details } : { change, b: side(ref), ...details };
}

function normalizeSpace(text: string): string {
  return text.trim().replace(/\s+/gu, ' ');
}
