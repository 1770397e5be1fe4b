/**
 * Child-process entry for the alignment benchmark: builds one case, runs one aligner on it once,
 * and prints one JSON line with strict pair scores, the aligner's wall and CPU time, and the
 * process's peak resident memory (which includes Node itself and the case's texts).
 * Usage: node run-case.js CASE_ID ours|gale-church [DRAW]
 */
import { align } from '@parallel-text/core';
import { CASES } from './cases.js';
import { galeChurch } from './gale-church.js';
import { strictPairScores } from './metrics.js';

export interface CaseResult {
  readonly id: string;
  readonly draw: number;
  readonly aligner: string;
  readonly sourceCount: number;
  readonly targetCount: number;
  readonly goldPairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Peak resident set size of the whole process, in MiB. */
  readonly peakRssMiB: number;
  /** Resident set size just before aligning (Node, the texts, the gold), in MiB. */
  readonly baseRssMiB: number;
}

const [id = '', aligner = '', drawArgument = '0'] = process.argv.slice(2);
const benchCase = CASES.find((candidate) => candidate.id === id);
const draw = Number(drawArgument);
if (!benchCase || (aligner !== 'ours' && aligner !== 'gale-church') || !Number.isInteger(draw) || draw < 0 || draw >= benchCase.draws) {
  console.error(`usage: run-case.js ${CASES.map((candidate) => candidate.id).join('|')} ours|gale-church [DRAW]`);
  process.exit(2);
}
const bitext = benchCase.build(draw);
const baseRssMiB = process.memoryUsage().rss / 2 ** 20;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const pairs = aligner === 'ours' ? align(bitext.source, bitext.target).pairs : galeChurch(bitext.source, bitext.target);
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const scores = strictPairScores(pairs, bitext.gold);
const result: CaseResult = {
  id,
  draw,
  aligner,
  sourceCount: bitext.source.length,
  targetCount: bitext.target.length,
  goldPairs: bitext.gold.length,
  ...scores,
  wallMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  baseRssMiB,
};
console.log(JSON.stringify(result));
