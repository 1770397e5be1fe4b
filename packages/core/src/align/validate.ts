/**
 * Checks an alignment that arrives from elsewhere (a JSON file, a server, an old session) against
 * the two documents: every pair well-formed, monotone, covering each paragraph exactly once.
 * It reports problems as diagnostics and never throws, whatever shape the data has at run time.
 */
import type { Diagnostic } from '../model.js';

/** At most this many diagnostics per kind, so a wholly wrong file gives a readable report. */
const MAX_PER_CODE = 20;

type Side = 'source' | 'target';

function diagnostic(code: string, message: string, pair?: number): Diagnostic {
  return pair === undefined
    ? { severity: 'error', code, message, line: 0, column: 0 }
    : { severity: 'error', code, message, line: 0, column: 0, pair };
}

function isIndexList(value: unknown): value is readonly number[] {
  return Array.isArray(value) && value.every((item) => Number.isInteger(item));
}

/** Walks one side's indices in pair order; each must be the next paragraph not yet covered. */
class CoverageWalk {
  private expected = 0;
  constructor(
    private readonly side: Side,
    private readonly count: number,
    private readonly report: (code: string, message: string, pair?: number) => void,
  ) {}

  visit(index: number, pair: number): void {
    if (index < 0 || index >= this.count) {
      this.report('alignment-index-out-of-range', `pair ${pair}: ${this.side} paragraph ${index} does not exist (the ${this.side} has ${this.count})`, pair);
    } else if (index < this.expected) {
      this.report('alignment-not-monotone', `pair ${pair}: ${this.side} paragraph ${index} comes after paragraph ${this.expected - 1} (repeated or out of order)`, pair);
    } else {
      if (index > this.expected) this.reportMissing(this.expected, index, pair);
      this.expected = index + 1;
    }
  }

  finish(): void {
    if (this.expected < this.count) this.reportMissing(this.expected, this.count);
  }

  private reportMissing(from: number, to: number, pair?: number): void {
    const range = to - from === 1 ? `paragraph ${from}` : `paragraphs ${from}–${to - 1}`;
    const where = pair === undefined ? 'after the last pair' : `before pair ${pair}`;
    this.report('alignment-uncovered', `${this.side} ${range} belong to no pair (${where})`, pair);
  }
}

/**
 * Diagnostics for `pairs` as an alignment of `sourceCount` with `targetCount` paragraphs; an empty
 * list means the alignment is usable as it is.
 */
export function validateAlignment(pairs: unknown, sourceCount: number, targetCount: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const perCode = new Map<string, number>();
  const report = (code: string, message: string, pair?: number) => {
    const seen = perCode.get(code) ?? 0;
    perCode.set(code, seen + 1);
    if (seen < MAX_PER_CODE) diagnostics.push(diagnostic(code, message, pair));
  };
  if (!Array.isArray(pairs)) {
    return [diagnostic('alignment-not-a-list', 'the alignment is not a list of pairs')];
  }
  const walks = {
    source: new CoverageWalk('source', Math.max(0, Math.floor(sourceCount)), report),
    target: new CoverageWalk('target', Math.max(0, Math.floor(targetCount)), report),
  };
  (pairs as readonly unknown[]).forEach((value, k) => {
    const pair = value as Partial<Record<'source' | 'target' | 'score', unknown>> | null;
    if (typeof pair !== 'object' || pair === null || !isIndexList(pair.source) || !isIndexList(pair.target)) {
      report('alignment-malformed-pair', `pair ${k} is not {source: number[], target: number[], score}`, k);
      return;
    }
    if (pair.source.length + pair.target.length === 0) report('alignment-empty-pair', `pair ${k} holds no paragraph`, k);
    if (typeof pair.score !== 'number' || !(pair.score >= 0 && pair.score <= 1)) {
      report('alignment-bad-score', `pair ${k}: score must be a number from 0 to 1`, k);
    }
    for (const index of pair.source) walks.source.visit(index, k);
    for (const index of pair.target) walks.target.visit(index, k);
  });
  walks.source.finish();
  walks.target.finish();
  for (const [code, count] of perCode) {
    if (count > MAX_PER_CODE) diagnostics.push(diagnostic(code, `${count - MAX_PER_CODE} more problem(s) of the kind '${code}' not listed`));
  }
  return diagnostics;
}
