/**
 * Perturbed bitexts with exact gold: paragraphs merged, split and dropped at random (seeded), and
 * optionally a run of consecutive paragraphs omitted from one side, as an abridged translation
 * would. Every paragraph remembers which gold pairs it came from, so the new gold is derived, not guessed.
 */
import type { Bitext, GoldPair } from './bitext.js';
import { randomInt, seededRandom, type Random } from './prng.js';

export interface Perturbation {
  readonly seed: number;
  /** Each is a count of operations, spread over both sides at random. */
  readonly merges: number;
  readonly splits: number;
  readonly drops: number;
  /** A run of `length` consecutive paragraphs removed from one side, starting near `at` (0..1 of the text). */
  readonly omitted?: { readonly side: 'source' | 'target'; readonly length: number; readonly at: number };
}

interface Unit {
  readonly text: string;
  /** Gold pairs this paragraph holds part or all of: a range [first, last]. */
  readonly first: number;
  readonly last: number;
}

function unitsOf(paragraphs: readonly string[], gold: readonly GoldPair[], side: 'source' | 'target'): Unit[] {
  const owner = new Int32Array(paragraphs.length);
  gold.forEach((pair, g) => {
    for (const p of pair[side]) owner[p] = g;
  });
  return paragraphs.map((text, p) => ({ text, first: owner[p] ?? 0, last: owner[p] ?? 0 }));
}

/** Cuts at the sentence end nearest the middle, or failing that at the space nearest the middle (a page break). */
function splitText(text: string): [string, string] | undefined {
  const middle = text.length / 2;
  let best = -1;
  for (const match of text.matchAll(/[.!?;]\s+/g)) {
    const cut = match.index + match[0].length;
    if (cut < text.length - 1 && (best < 0 || Math.abs(cut - middle) < Math.abs(best - middle))) best = cut;
  }
  if (best < 0) {
    for (const match of text.matchAll(/\s+/g)) {
      const cut = match.index + match[0].length;
      if (best < 0 || Math.abs(cut - middle) < Math.abs(best - middle)) best = cut;
    }
  }
  if (best <= 0 || best >= text.length) return undefined;
  return [text.slice(0, best).trim(), text.slice(best).trim()];
}

function applyRandom(units: Unit[], operation: 'merge' | 'split' | 'drop', random: Random): void {
  if (units.length < 2) return;
  const k = randomInt(random, units.length - 1);
  const unit = units[k];
  const next = units[k + 1];
  if (!unit || !next) return;
  if (operation === 'merge') {
    units.splice(k, 2, { text: `${unit.text} ${next.text}`, first: unit.first, last: next.last });
  } else if (operation === 'split') {
    const parts = splitText(unit.text);
    if (parts) units.splice(k, 1, { ...unit, text: parts[0] }, { ...unit, text: parts[1] });
  } else {
    units.splice(k, 1);
  }
}

/** Groups gold ranges that some paragraph joins (union over ranges), then lists each group's paragraphs. */
function deriveGold(source: readonly Unit[], target: readonly Unit[], goldCount: number): GoldPair[] {
  const group = new Int32Array(goldCount).map((_, g) => g);
  // Ranges only ever join neighbours, so "group = the first gold pair of the run" is enough.
  for (const unit of [...source, ...target]) for (let g = unit.first + 1; g <= unit.last; g += 1) group[g] = -1;
  let current = 0;
  for (let g = 0; g < goldCount; g += 1) {
    if ((group[g] ?? 0) >= 0) current = g;
    group[g] = current;
  }
  const pairs = new Map<number, { source: number[]; target: number[] }>();
  const place = (units: readonly Unit[], side: 'source' | 'target') => {
    units.forEach((unit, index) => {
      const id = group[unit.first] ?? 0;
      let pair = pairs.get(id);
      if (!pair) {
        pair = { source: [], target: [] };
        pairs.set(id, pair);
      }
      pair[side].push(index);
    });
  };
  place(source, 'source');
  place(target, 'target');
  return [...pairs.entries()].sort(([a], [b]) => a - b).map(([, pair]) => pair);
}

export function perturb(bitext: Bitext, perturbation: Perturbation, name: string): Bitext {
  const random = seededRandom(perturbation.seed);
  const sides = { source: unitsOf(bitext.source, bitext.gold, 'source'), target: unitsOf(bitext.target, bitext.gold, 'target') };
  if (perturbation.omitted) {
    const units = sides[perturbation.omitted.side];
    const start = Math.max(0, Math.min(units.length - perturbation.omitted.length, Math.floor(perturbation.omitted.at * units.length)));
    units.splice(start, perturbation.omitted.length);
  }
  const operations: ('merge' | 'split' | 'drop')[] = [
    ...Array<'merge'>(perturbation.merges).fill('merge'),
    ...Array<'split'>(perturbation.splits).fill('split'),
    ...Array<'drop'>(perturbation.drops).fill('drop'),
  ];
  for (const operation of operations) applyRandom(random() < 0.5 ? sides.source : sides.target, operation, random);
  // Splitting a paragraph that an earlier merge built is fine: both halves keep the merged range.
  return {
    name,
    source: sides.source.map((unit) => unit.text),
    target: sides.target.map((unit) => unit.text),
    gold: deriveGold(sides.source, sides.target, bitext.gold.length),
  };
}
