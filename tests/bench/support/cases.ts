/**
 * The benchmark's cases by name, each built on demand (so a child process builds only its own).
 * Real bitexts as they are, the same perturbed with a seed, and a synthetic book-scale pair.
 */
import type { Bitext } from './bitext.js';
import { perturb } from './perturb.js';
import { samplePairs } from './synthetic.js';
import { loadTypeScriptMessages } from './ts-messages.js';
import { loadUdhr } from './udhr.js';

export interface BenchCase {
  readonly id: string;
  readonly label: string;
  build(): Bitext;
}

export const CASES: readonly BenchCase[] = [
  { id: 'udhr', label: 'UDHR ru/en (as published)', build: loadUdhr },
  {
    id: 'udhr-perturbed',
    label: 'UDHR, 6 merges 6 splits 4 drops',
    build: () => perturb(loadUdhr(), { seed: 11, merges: 6, splits: 6, drops: 4 }, 'udhr-perturbed'),
  },
  {
    id: 'udhr-omitted',
    label: 'UDHR, 12 target paras omitted + 3/3/2',
    build: () => perturb(loadUdhr(), { seed: 12, merges: 3, splits: 3, drops: 2, omitted: { side: 'target', length: 12, at: 0.45 } }, 'udhr-omitted'),
  },
  { id: 'ts', label: 'TypeScript messages ru/en', build: loadTypeScriptMessages },
  {
    id: 'ts-perturbed',
    label: 'TS messages, 60 merges 60 splits 40 drops',
    build: () => perturb(loadTypeScriptMessages(), { seed: 21, merges: 60, splits: 60, drops: 40 }, 'ts-perturbed'),
  },
  {
    id: 'ts-omitted',
    label: 'TS messages, 80 source paras omitted + 20/20/10',
    build: () => perturb(loadTypeScriptMessages(), { seed: 22, merges: 20, splits: 20, drops: 10, omitted: { side: 'source', length: 80, at: 0.6 } }, 'ts-omitted'),
  },
  {
    id: 'ts-omitted-300',
    label: 'TS messages, 300 source paras omitted + 10/10/5',
    build: () => perturb(loadTypeScriptMessages(), { seed: 23, merges: 10, splits: 10, drops: 5, omitted: { side: 'source', length: 300, at: 0.4 } }, 'ts-omitted-300'),
  },
  {
    id: 'synthetic-5k-omitted-1000',
    label: 'synthetic 5,000, 1,000 source paras omitted + 100/100/50',
    build: () =>
      perturb(
        samplePairs([loadUdhr(), loadTypeScriptMessages()], 5_000, 41),
        { seed: 42, merges: 100, splits: 100, drops: 50, omitted: { side: 'source', length: 1_000, at: 0.5 } },
        'synthetic-5k-omitted-1000',
      ),
  },
  {
    id: 'synthetic-30k',
    label: 'synthetic 30,000 x 30,000 (+600/600/300, 150 omitted)',
    build: () =>
      perturb(
        samplePairs([loadUdhr(), loadTypeScriptMessages()], 30_000, 31),
        { seed: 32, merges: 600, splits: 600, drops: 300, omitted: { side: 'target', length: 150, at: 0.3 } },
        'synthetic-30k',
      ),
  },
];
