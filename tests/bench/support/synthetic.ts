/**
 * A book-scale pair for time and memory: each paragraph joins one to four real translation pairs
 * drawn at random (seeded) from the UDHR and the TypeScript messages, half from each, so
 * paragraph lengths vary as in prose (a few words to a long page). The text is real translation;
 * the book is not.
 */
import { oneToOne, type Bitext } from './bitext.js';
import { seededRandom, randomInt } from './prng.js';

function oneToOnePairs(pool: Bitext): [string, string][] {
  const pairs: [string, string][] = [];
  for (const pair of pool.gold) {
    const [i] = pair.source;
    const [j] = pair.target;
    if (pair.source.length === 1 && pair.target.length === 1 && i !== undefined && j !== undefined) pairs.push([pool.source[i] ?? '', pool.target[j] ?? '']);
  }
  return pairs;
}

export function samplePairs(pools: readonly Bitext[], count: number, seed: number): Bitext {
  const byPool = pools.map(oneToOnePairs).filter((pairs) => pairs.length > 0);
  const random = seededRandom(seed);
  const source: string[] = [];
  const target: string[] = [];
  for (let k = 0; k < count; k += 1) {
    const parts = 1 + randomInt(random, 4);
    const ru: string[] = [];
    const en: string[] = [];
    for (let p = 0; p < parts; p += 1) {
      const pool = byPool[randomInt(random, byPool.length)] ?? [];
      const [r, e] = pool[randomInt(random, pool.length)] ?? ['', ''];
      ru.push(r);
      en.push(e);
    }
    source.push(ru.join(' '));
    target.push(en.join(' '));
  }
  return { name: `synthetic ${count}`, source, target, gold: oneToOne(count) };
}
