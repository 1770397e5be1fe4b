/**
 * The baseline: plain Gale–Church (1993) paragraph alignment, as a TypeScript port would do it —
 * character lengths only, the published priors and variance, the ratio taken from the totals,
 * and the cost −log(P(match) · 2(1 − Φ(|δ|))). For memory it searches a diagonal band of
 * ±max(200, 2·|n − m|) paragraphs (exhaustive on small texts). Benchmark use only.
 */
import type { GoldPair } from './bitext.js';

const MOVES: readonly (readonly [number, number, number])[] = [
  // [source, target, prior probability] from Gale & Church (1993), table 5.
  [1, 1, 0.89],
  [1, 0, 0.0099 / 2],
  [0, 1, 0.0099 / 2],
  [2, 1, 0.089 / 2],
  [1, 2, 0.089 / 2],
  [2, 2, 0.011],
];
const VARIANCE = 6.8;

/** Two-sided tail probability of a standard normal deviate, via the Abramowitz–Stegun erfc approximation. */
function twoTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return Math.min(1, erfc);
}

function lengthCost(source: number, target: number, ratio: number): number {
  if (source === 0 && target === 0) return 0;
  const mean = (source + target / ratio) / 2;
  const z = (ratio * source - target) / Math.sqrt(mean * VARIANCE);
  return -Math.log(Math.max(1e-300, twoTail(z)));
}

export function galeChurch(source: readonly string[], target: readonly string[]): GoldPair[] {
  const n = source.length;
  const m = target.length;
  const ls = source.map((text) => text.length);
  const lt = target.map((text) => text.length);
  const totalS = ls.reduce((a, b) => a + b, 0);
  const totalT = lt.reduce((a, b) => a + b, 0);
  const ratio = totalS > 0 && totalT > 0 ? totalT / totalS : 1;
  const halfWidth = Math.max(200, 2 * Math.abs(n - m));
  const exhaustive = (n + 1) * (m + 1) <= 4_000_000;
  const lo = (i: number) => (exhaustive ? 0 : Math.max(0, Math.floor((i * m) / Math.max(1, n)) - halfWidth));
  const hi = (i: number) => (exhaustive ? m : Math.min(m, Math.ceil((i * m) / Math.max(1, n)) + halfWidth));
  const rowStart = new Float64Array(n + 2);
  for (let i = 0; i <= n; i += 1) rowStart[i + 1] = (rowStart[i] ?? 0) + hi(i) - lo(i) + 1;
  const cells = rowStart[n + 1] ?? 0;
  const cost = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells);
  const at = (i: number, j: number) => (j < lo(i) || j > hi(i) ? -1 : (rowStart[i] ?? 0) + j - lo(i));
  for (let i = 0; i <= n; i += 1) {
    for (let j = lo(i); j <= hi(i); j += 1) {
      const here = at(i, j);
      if (i === 0 && j === 0) {
        cost[here] = 0;
        continue;
      }
      MOVES.forEach(([a, b, prior], k) => {
        if (i < a || j < b) return;
        const from = at(i - a, j - b);
        if (from < 0) return;
        let s = 0;
        for (let x = i - a; x < i; x += 1) s += ls[x] ?? 0;
        let t = 0;
        for (let y = j - b; y < j; y += 1) t += lt[y] ?? 0;
        const value = (cost[from] ?? Infinity) - Math.log(prior) + lengthCost(s, t, ratio);
        if (value < (cost[here] ?? Infinity)) {
          cost[here] = value;
          back[here] = k;
        }
      });
    }
  }
  const pairs: GoldPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = MOVES[back[at(i, j)] ?? 0] ?? [1, 1, 0];
    const [a, b] = move;
    pairs.push({ source: Array.from({ length: a }, (_, x) => i - a + x), target: Array.from({ length: b }, (_, y) => j - b + y) });
    i -= a;
    j -= b;
  }
  return pairs.reverse();
}
