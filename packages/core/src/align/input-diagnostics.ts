/**
 * What a person should know about the input before trusting an alignment: empty sides, sizes
 * or lengths too far apart for a translation, two texts in the same script, identical texts.
 * Each is a diagnostic, never an exception.
 */
import type { Diagnostic, Severity } from '../model.js';
import type { AlignSide } from './input.js';
import type { PairProfile } from './profile.js';

function note(severity: Severity, code: string, message: string): Diagnostic {
  return { severity, code, message, line: 0, column: 0 };
}

/** More paragraphs than this times the other side's count is not an ordinary translation. */
const SIZE_RATIO_LIMIT = 3;
/** A paragraph longer than this (in letters and digits) is more likely a whole text pasted as one. */
const LONG_PARAGRAPH = 100_000;
/** Translations between Russian and English stay well within these character-length ratios. */
const LENGTH_RATIO_RANGE = [0.4, 2.5] as const;

export function inputDiagnostics(source: AlignSide, target: AlignSide, profile: PairProfile): Diagnostic[] {
  const found: Diagnostic[] = [];
  const n = source.count;
  const m = target.count;
  if (n === 0 && m === 0) {
    found.push(note('info', 'align-empty', 'both texts have no paragraphs: there is nothing to align'));
    return found;
  }
  if (n === 0 || m === 0) {
    const empty = n === 0 ? 'source' : 'target';
    found.push(note('warning', 'align-one-side-empty', `the ${empty} has no paragraphs: every paragraph of the other text is left unpaired`));
    return found;
  }
  const larger = Math.max(n, m);
  const smaller = Math.min(n, m);
  if (larger > SIZE_RATIO_LIMIT * smaller && larger - smaller > 2) {
    found.push(
      note('warning', 'align-size-mismatch', `the source has ${n} paragraphs and the target ${m}: texts this different in size are rarely translations of each other, so many pairs are guesses`),
    );
  }
  const sourceLength = profile.source.length[n] ?? 0;
  const targetLength = profile.target.length[m] ?? 0;
  const overall = sourceLength > 0 ? targetLength / sourceLength : 0;
  if (sourceLength > 0 && targetLength > 0 && (overall < LENGTH_RATIO_RANGE[0] || overall > LENGTH_RATIO_RANGE[1])) {
    found.push(
      note('warning', 'align-length-mismatch', `the target is ${overall.toFixed(2)} times as long as the source: one text may be incomplete or not a translation of the other`),
    );
  }
  const sourceCyrillic = profile.source.cyrillicShare > 0.5;
  const targetCyrillic = profile.target.cyrillicShare > 0.5;
  if (sourceCyrillic === targetCyrillic) {
    found.push(
      note('info', 'align-same-script', `both texts are mostly in ${sourceCyrillic ? 'Cyrillic' : 'Latin'} script; the aligner expects a Russian source and an English target, so names and cognates help less`),
    );
  }
  for (const [name, side] of [['source', profile.source], ['target', profile.target]] as const) {
    let longest = -1;
    let longestLength = 0;
    for (let i = 0; i < side.count; i += 1) {
      const length = (side.length[i + 1] ?? 0) - (side.length[i] ?? 0);
      if (length > longestLength) {
        longest = i;
        longestLength = length;
      }
    }
    if (longestLength > LONG_PARAGRAPH) {
      found.push(note('warning', 'align-long-paragraph', `${name} paragraph ${longest} is very long (${longestLength} letters and digits): the pairs around it rest on little evidence`));
    }
  }
  if (n === m && source.bodies.every((body, i) => body === target.bodies[i])) {
    found.push(note('info', 'align-identical', 'the two texts are identical: every paragraph is paired with itself'));
  }
  return found;
}
