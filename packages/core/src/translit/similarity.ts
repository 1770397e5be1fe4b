/**
 * Fuzzy comparison of two words across scripts and transliteration schemes, 0..1. It is a
 * heuristic score for ranking candidates, never a proof that two words are the same.
 */
import { matchKey, skeleton } from './match-key.js';

/** Scores at or above this mean "probably the same word or a close cognate". */
export const SIMILAR_THRESHOLD = 0.75;

/**
 * How alike two words are once script and scheme are set aside: 1 for equal match keys,
 * 0.9 for equal consonant skeletons (Chruschtschow ↔ Хрущёв), otherwise the best of the
 * edit-distance ratios of keys and skeletons and a shared-prefix score (дипломатия ↔ diplomacy).
 */
export function similarKeys(a: string, b: string): number {
  const keyA = matchKey(a);
  const keyB = matchKey(b);
  if (keyA.length === 0 || keyB.length === 0) return 0;
  if (keyA === keyB) return 1;
  const skeletonA = skeleton(a);
  const skeletonB = skeleton(b);
  if (skeletonA === skeletonB && skeletonA.length >= 2) return 0.9;
  const keyRatio = editRatio(keyA, keyB);
  const skeletonRatio = 0.85 * editRatio(skeletonA, skeletonB);
  return round(Math.max(keyRatio, skeletonRatio, prefixScore(keyA, keyB)));
}

/** A long shared beginning is strong evidence for cognates whose endings differ by language. */
function prefixScore(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a.charCodeAt(shared) === b.charCodeAt(shared)) shared += 1;
  if (shared < 4) return 0;
  return 0.6 + 0.3 * (shared / Math.max(a.length, b.length));
}

/** 1 − Levenshtein distance / longer length, with one reusable row. */
function editRatio(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) row[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return 1 - (row[b.length] ?? longer) / longer;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
