/**
 * Small bitexts built to a given list of pair shapes from real translation pairs (UDHR articles):
 * 1:2 joins two Russian paragraphs' worth into one, 2:2 cuts the two sides at different places,
 * 1:0 and 0:1 leave a paragraph without counterpart. Gold follows from the construction.
 */
import type { Bitext, GoldPair } from './bitext.js';

export type Shape = readonly [number, number];

/**
 * `pool` holds [russian, english] pairs used in order. An a:b shape with a, b ≥ 1 consumes
 * max(a, b) pool pairs (2:2 consumes three, cut 1+2 on one side and 2+1 on the other).
 */
export function bitextFromShapes(shapes: readonly Shape[], pool: readonly (readonly [string, string])[], offset = 0): Bitext {
  const source: string[] = [];
  const target: string[] = [];
  const gold: GoldPair[] = [];
  let next = offset;
  const take = (count: number) => {
    const taken = pool.slice(next, next + count);
    if (taken.length < count) throw new Error('pool too small for these shapes');
    next += count;
    return taken;
  };
  const join = (parts: readonly (readonly [string, string])[], side: 0 | 1) => parts.map((pair) => pair[side]).join(' ');
  for (const [a, b] of shapes) {
    const s0 = source.length;
    const t0 = target.length;
    if (a === 2 && b === 2) {
      const parts = take(3);
      source.push(join(parts.slice(0, 1), 0), join(parts.slice(1), 0));
      target.push(join(parts.slice(0, 2), 1), join(parts.slice(2), 1));
    } else if (a === 0 || b === 0) {
      const [part] = take(1);
      if (part && a > 0) source.push(part[0]);
      if (part && b > 0) target.push(part[1]);
    } else {
      const parts = take(Math.max(a, b));
      if (a === 1) source.push(join(parts, 0));
      else for (const part of parts) source.push(part[0]);
      if (b === 1) target.push(join(parts, 1));
      else for (const part of parts) target.push(part[1]);
    }
    gold.push({ source: Array.from({ length: source.length - s0 }, (_, k) => s0 + k), target: Array.from({ length: target.length - t0 }, (_, k) => t0 + k) });
  }
  return { name: shapes.map(([a, b]) => `${a}:${b}`).join(' '), source, target, gold };
}

/** UDHR article paragraphs that pair one to one, as [russian, english]. */
export function udhrArticlePairs(udhr: Bitext): [string, string][] {
  return udhr.gold
    .filter((pair) => pair.source.length === 1 && pair.target.length === 1 && (pair.source[0] ?? 0) >= 9)
    .map((pair) => [udhr.source[pair.source[0] ?? 0] ?? '', udhr.target[pair.target[0] ?? 0] ?? '']);
}

/** Content length (letters and digits), as the aligner counts it. */
function contentLength(text: string): number {
  return text.replace(/[^\p{L}\p{N}]/gu, '').length;
}

/**
 * Whether length evidence can identify the special pair of a bitext built from `shapes` (the first
 * shape that is not 1:1): an unpaired paragraph must be long enough that joining it to a
 * neighbour would change that pair's length by half, and differ from each neighbour by a quarter
 * (so which paragraph is unpaired is decidable); a 2:2 must cut each side 40% away from a 1:1 split.
 * Used to choose which stretch of the pool a test uses; it never looks at an aligner's output.
 */
export function lengthIdentifies(bitext: Bitext): boolean {
  const special = bitext.gold.find((pair) => pair.source.length !== 1 || pair.target.length !== 1);
  if (!special) return true;
  const far = (a: number, b: number) => Math.abs(a - b) >= 0.4 * Math.max(a, b);
  const sideOf = (pair: GoldPair) => (pair.target.length === 0 ? 'source' : 'target');
  if (special.source.length === 0 || special.target.length === 0) {
    const side = sideOf(special);
    const texts = bitext[side];
    const unpaired = new Set(bitext.gold.filter((pair) => pair.source.length === 0 || pair.target.length === 0).flatMap((pair) => pair[side]));
    const first = special[side][0] ?? 0;
    let last = first;
    while (unpaired.has(last + 1)) last += 1;
    const length = (index: number) => contentLength(texts[index] ?? '');
    const distinct = (a: number, b: number) => a >= 0.5 * b && Math.abs(a - b) >= 0.25 * Math.max(a, b);
    // Shifting the run by one paragraph either way must change the lengths that get paired.
    return distinct(length(first), length(last + 1)) && distinct(length(last), length(first - 1)) && distinct(length(first), length(first - 1)) && distinct(length(last), length(last + 1));
  }
  if (special.source.length === 2 && special.target.length === 2) {
    const [s0 = 0, s1 = 0] = special.source.map((i) => contentLength(bitext.source[i] ?? ''));
    const [t0 = 0, t1 = 0] = special.target.map((j) => contentLength(bitext.target[j] ?? ''));
    return far(s0, t0 / 0.87) && far(s1, t1 / 0.87);
  }
  return true;
}

/** The first pool offset at which `lengthIdentifies` holds for these shapes. */
export function identifiableBitext(shapes: readonly Shape[], pool: readonly (readonly [string, string])[]): Bitext {
  for (let offset = 0; offset + shapes.length * 3 <= pool.length; offset += 1) {
    const bitext = bitextFromShapes(shapes, pool, offset);
    if (lengthIdentifies(bitext)) return bitext;
  }
  throw new Error('no stretch of the pool makes these shapes identifiable by length');
}
