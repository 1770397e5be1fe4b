/**
 * The benchmark's cases by name, each built on demand (so a child process builds only its own).
 * Real bitexts as they are, the same perturbed at random, and synthetic book-scale pairs. A random
 * case is built from several seeds (its `draws`), so that a reported F1 is not one lucky draw.
 */
import type { Bitext } from './bitext.js';
import { perturb } from './perturb.js';
import { loadProse } from './prose.js';
import { samplePairs } from './synthetic.js';
import { loadTypeScriptMessages } from './ts-messages.js';
import { loadUdhr } from './udhr.js';

export interface BenchCase {
  readonly id: string;
  readonly label: string;
  /** How many seeded draws the case has (1 for a real bitext as it is). */
  readonly draws: number;
  /** False where the Gale–Church baseline's band (±2|n − m| paragraphs) would take many minutes. */
  readonly baseline?: boolean;
  /** Builds draw `draw` (0-based); draw 0 keeps the seed the case always had. */
  build(draw: number): Bitext;
}

/** The seed of draw `draw` of a case whose first seed is `seed`. */
function seedOf(seed: number, draw: number): number {
  return seed + 1000 * draw;
}

export const CASES: readonly BenchCase[] = [
  { id: 'udhr', label: 'UDHR ru/en (as published)', draws: 1, build: loadUdhr },
  {
    id: 'udhr-perturbed',
    label: 'UDHR, 6 merges 6 splits 4 drops',
    draws: 10,
    build: (draw) => perturb(loadUdhr(), { seed: seedOf(11, draw), merges: 6, splits: 6, drops: 4 }, 'udhr-perturbed'),
  },
  {
    id: 'udhr-omitted',
    label: 'UDHR, 12 target paras omitted + 3/3/2',
    draws: 10,
    build: (draw) => perturb(loadUdhr(), { seed: seedOf(12, draw), merges: 3, splits: 3, drops: 2, omitted: { side: 'target', length: 12, at: 0.45 } }, 'udhr-omitted'),
  },
  { id: 'story', label: 'story ru/en, literary translation', draws: 1, build: () => loadProse('story') },
  {
    id: 'story-perturbed',
    label: 'story, 8 merges 4 splits 6 drops',
    draws: 10,
    build: (draw) => perturb(loadProse('story'), { seed: seedOf(61, draw), merges: 8, splits: 4, drops: 6 }, 'story-perturbed'),
  },
  { id: 'classic', label: 'classic-style story, Garnett-style translation, 10 paras cut', draws: 1, build: () => loadProse('classic') },
  {
    id: 'classic-perturbed',
    label: 'classic story, 8 merges 4 splits 6 drops',
    draws: 10,
    build: (draw) => perturb(loadProse('classic'), { seed: seedOf(91, draw), merges: 8, splits: 4, drops: 6 }, 'classic-perturbed'),
  },
  { id: 'ruth', label: 'Ruth, Synodal / King James (recalled)', draws: 1, build: () => loadProse('scripture') },
  {
    id: 'ruth-omitted',
    label: 'Ruth, 10 target verses omitted + 3/3/3',
    draws: 10,
    build: (draw) => perturb(loadProse('scripture'), { seed: seedOf(71, draw), merges: 3, splits: 3, drops: 3, omitted: { side: 'target', length: 10, at: 0.5 } }, 'ruth-omitted'),
  },
  { id: 'prophets', label: 'Jonah, Habakkuk 1–2 (recalled; KJV with gaps)', draws: 1, build: () => loadProse('prophets') },
  {
    id: 'prophets-omitted',
    label: 'Jonah, Habakkuk, 10 source verses omitted + 3/3/3',
    draws: 10,
    build: (draw) => perturb(loadProse('prophets'), { seed: seedOf(81, draw), merges: 3, splits: 3, drops: 3, omitted: { side: 'source', length: 10, at: 0.3 } }, 'prophets-omitted'),
  },
  { id: 'ts', label: 'TypeScript messages ru/en', draws: 1, build: loadTypeScriptMessages },
  {
    id: 'ts-perturbed',
    label: 'TS messages, 60 merges 60 splits 40 drops',
    draws: 4,
    build: (draw) => perturb(loadTypeScriptMessages(), { seed: seedOf(21, draw), merges: 60, splits: 60, drops: 40 }, 'ts-perturbed'),
  },
  {
    id: 'ts-omitted',
    label: 'TS messages, 80 source paras omitted + 20/20/10',
    draws: 4,
    build: (draw) => perturb(loadTypeScriptMessages(), { seed: seedOf(22, draw), merges: 20, splits: 20, drops: 10, omitted: { side: 'source', length: 80, at: 0.6 } }, 'ts-omitted'),
  },
  {
    id: 'ts-omitted-300',
    label: 'TS messages, 300 source paras omitted + 10/10/5',
    draws: 4,
    build: (draw) => perturb(loadTypeScriptMessages(), { seed: seedOf(23, draw), merges: 10, splits: 10, drops: 5, omitted: { side: 'source', length: 300, at: 0.4 } }, 'ts-omitted-300'),
  },
  {
    id: 'synthetic-5k-omitted-1000',
    label: 'synthetic 5,000, 1,000 source paras omitted + 100/100/50',
    draws: 3,
    build: (draw) =>
      perturb(
        samplePairs([loadUdhr(), loadTypeScriptMessages()], 5_000, seedOf(41, draw)),
        { seed: seedOf(42, draw), merges: 100, splits: 100, drops: 50, omitted: { side: 'source', length: 1_000, at: 0.5 } },
        'synthetic-5k-omitted-1000',
      ),
  },
  {
    id: 'synthetic-30k',
    label: 'synthetic 30,000 x 30,000 (+600/600/300, 150 omitted)',
    draws: 2,
    build: (draw) =>
      perturb(
        samplePairs([loadUdhr(), loadTypeScriptMessages()], 30_000, seedOf(31, draw)),
        { seed: seedOf(32, draw), merges: 600, splits: 600, drops: 300, omitted: { side: 'target', length: 150, at: 0.3 } },
        'synthetic-30k',
      ),
  },
  {
    id: 'synthetic-30k-omitted-3000',
    label: 'synthetic 30,000, 3,000 source paras omitted + 600/600/300',
    draws: 2,
    baseline: false,
    build: (draw) =>
      perturb(
        samplePairs([loadUdhr(), loadTypeScriptMessages()], 30_000, seedOf(51, draw)),
        { seed: seedOf(52, draw), merges: 600, splits: 600, drops: 300, omitted: { side: 'source', length: 3_000, at: 0.5 } },
        'synthetic-30k-omitted-3000',
      ),
  },
];
