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

/** Applies one operation at a random place; returns where, and how to undo it, or undefined when nothing changed. */
function applyRandom(units: Unit[], operation: 'merge' | 'split' | 'drop', random: Random): { at: number; undo: () => void } | undefined {
  if (units.length < 2) return undefined;
  const k = randomInt(random, units.length - 1);
  const unit = units[k];
  const next = units[k + 1];
  if (!unit || !next) return undefined;
  if (operation === 'merge') {
    units.splice(k, 2, { text: `${unit.text} ${next.text}`, first: unit.first, last: next.last });
    return { at: k, undo: () => units.splice(k, 1, unit, next) };
  }
  if (operation === 'split') {
    const parts = splitText(unit.text);
    if (!parts) return undefined;
    units.splice(k, 1, { ...unit, text: parts[0] }, { ...unit, text: parts[1] });
    return { at: k, undo: () => units.splice(k, 2, unit) };
  }
  units.splice(k, 1);
  return { at: Math.max(0, k - 1), undo: () => units.splice(k, 0, unit) };
}

/** Units whose gold range meets [first, last], as a range of positions (units are in gold order). */
function overlapping(units: readonly Unit[], first: number, last: number): [number, number] {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((units[middle]?.last ?? 0) < first) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < units.length && (units[end]?.first ?? 0) <= last) end += 1;
  return [low, end];
}

/** The shape of the gold pair the paragraph at `unit` belongs to, found by growing its gold range until no paragraph straddles it. */
function groupShapeIsNamed(source: readonly Unit[], target: readonly Unit[], unit: Unit | undefined): boolean {
  if (!unit) return true;
  let first = unit.first;
  let last = unit.last;
  for (;;) {
    const [s0, s1] = overlapping(source, first, last);
    const [t0, t1] = overlapping(target, first, last);
    const ranges = [...source.slice(s0, s1), ...target.slice(t0, t1)];
    const grownFirst = Math.min(first, ...ranges.map((u) => u.first));
    const grownLast = Math.max(last, ...ranges.map((u) => u.last));
    if (grownFirst === first && grownLast === last) return isNamedShape(s1 - s0, t1 - t0);
    first = grownFirst;
    last = grownLast;
  }
}

function isNamedShape(a: number, b: number): boolean {
  if (a === 0 || b === 0) return true; // unpaired paragraphs are scored one by one
  return a <= 1 || b <= 1 ? a + b <= 4 : a === 2 && b === 2;
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
  // A paragraph with no counterpart is a pair of its own (1:0 or 0:1), however many neighbours share its fate.
  return [...pairs.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([, pair]): GoldPair[] =>
      pair.source.length === 0 || pair.target.length === 0
        ? [...pair.source.map((i) => ({ source: [i], target: [] })), ...pair.target.map((j) => ({ source: [], target: [j] }))]
        : [pair],
    );
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
  for (const operation of operations) {
    const side = random() < 0.5 ? 'source' : 'target';
    const units = sides[side];
    const change = applyRandom(units, operation, random);
    // Keep gold within the shapes an aligner can name (up to 3 paragraphs against 1, or 2:2):
    // a 1:4 pair is a different task, and 3:2 pairs are rare in real translations.
    if (change && !groupShapeIsNamed(sides.source, sides.target, units[change.at])) change.undo();
  }
  // Splitting a paragraph that an earlier merge built is fine: both halves keep the merged range.
  return {
    name,
    source: sides.source.map((unit) => unit.text),
    target: sides.target.map((unit) => unit.text),
    gold: deriveGold(sides.source, sides.target, bitext.gold.length),
  };
}
