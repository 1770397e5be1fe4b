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

/** A stretch of one gold pair's text on one side; a paragraph is one or more pieces. */
interface Piece {
  readonly gold: number;
  readonly text: string;
}

interface Unit {
  readonly text: string;
  /** What the paragraph is made of, in order; `text` is the pieces joined by single spaces. */
  readonly pieces: readonly Piece[];
  /** Gold pairs this paragraph holds part or all of: a range [first, last]. */
  readonly first: number;
  readonly last: number;
}

function unitOf(pieces: readonly Piece[]): Unit {
  return { text: pieces.map((piece) => piece.text).join(' '), pieces, first: pieces[0]?.gold ?? 0, last: pieces[pieces.length - 1]?.gold ?? 0 };
}

function unitsOf(paragraphs: readonly string[], gold: readonly GoldPair[], side: 'source' | 'target'): Unit[] {
  const owner = new Int32Array(paragraphs.length);
  gold.forEach((pair, g) => {
    for (const p of pair[side]) owner[p] = g;
  });
  return paragraphs.map((text, p) => unitOf([{ gold: owner[p] ?? 0, text }]));
}

/** Where to cut: the sentence end nearest the middle, or failing that the space nearest the middle (a page break). */
function cutPoint(text: string): number | undefined {
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
  return best <= 0 || best >= text.length ? undefined : best;
}

/**
 * Splits a paragraph at `cut` (a position in its text, after whitespace). Each half holds only the
 * pieces it contains, so splitting a merged paragraph where the merge joined it gives back two
 * paragraphs with their own gold, not two halves of one merged gold pair; a piece cut in two
 * leaves its gold pair in both halves.
 */
function splitUnit(unit: Unit, cut: number): { parts: [Unit, Unit]; cutGold: number } | undefined {
  const left: Piece[] = [];
  const right: Piece[] = [];
  let cutGold = -1;
  let start = 0;
  for (const piece of unit.pieces) {
    const end = start + piece.text.length;
    if (end <= cut) left.push(piece);
    else if (start >= cut) right.push(piece);
    else {
      cutGold = piece.gold;
      left.push({ gold: piece.gold, text: piece.text.slice(0, cut - start).trim() });
      right.push({ gold: piece.gold, text: piece.text.slice(cut - start).trim() });
    }
    start = end + 1;
  }
  const kept = (pieces: Piece[]) => pieces.filter((piece) => piece.text.length > 0);
  const [before, after] = [kept(left), kept(right)];
  return before.length > 0 && after.length > 0 ? { parts: [unitOf(before), unitOf(after)], cutGold } : undefined;
}

/** Applies one operation at a random place; returns where, and how to undo it, or undefined when nothing changed. */
function applyRandom(units: Unit[], operation: 'merge' | 'split' | 'drop', random: Random): { at: number; undo: () => void; cutGold?: number } | undefined {
  if (units.length < 2) return undefined;
  const k = randomInt(random, units.length - 1);
  const unit = units[k];
  const next = units[k + 1];
  if (!unit || !next) return undefined;
  if (operation === 'merge') {
    units.splice(k, 2, unitOf([...unit.pieces, ...next.pieces]));
    return { at: k, undo: () => units.splice(k, 1, unit, next) };
  }
  if (operation === 'split') {
    const cut = cutPoint(unit.text);
    const split = cut === undefined ? undefined : splitUnit(unit, cut);
    if (!split) return undefined;
    units.splice(k, 1, ...split.parts);
    return { at: k, undo: () => units.splice(k, 2, unit), cutGold: split.cutGold };
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

/** True when the text of original pair `gold` is spread over more than one paragraph of `units`. */
function isCut(units: readonly Unit[], gold: number): boolean {
  const [from, to] = overlapping(units, gold, gold);
  return units.slice(from, to).filter((unit) => unit.pieces.some((piece) => piece.gold === gold)).length > 1;
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
    // Both sides of one original pair cut in two: whether the halves correspond is unknown (the
    // cuts may or may not fall at the same sentence), so the gold could not say; leave it whole.
    else if (change?.cutGold !== undefined && change.cutGold >= 0 && isCut(sides[side === 'source' ? 'target' : 'source'], change.cutGold)) change.undo();
  }
  return {
    name,
    source: sides.source.map((unit) => unit.text),
    target: sides.target.map((unit) => unit.text),
    gold: deriveGold(sides.source, sides.target, bitext.gold.length),
  };
}
