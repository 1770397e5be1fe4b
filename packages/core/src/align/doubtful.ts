/**
 * The pairs a person should check, each with the reasons in words: low confidence, a length far
 * from what the rest of the texts predict, or a paragraph left without a counterpart. Pinned
 * pairs are a person's decision and are never listed.
 */
import type { AlignmentPair, DoubtfulPair } from '../model.js';

/** Standard deviations of length difference beyond which a pair is flagged whatever its score. */
const LENGTH_DELTA_LIMIT = 3;

function unpairedReason(pair: AlignmentPair): string | undefined {
  if (pair.target.length === 0) {
    return `source paragraph${pair.source.length > 1 ? 's' : ''} ${pair.source.join(', ')} ha${pair.source.length > 1 ? 've' : 's'} no counterpart (left out of the translation?)`;
  }
  if (pair.source.length === 0) {
    return `target paragraph${pair.target.length > 1 ? 's' : ''} ${pair.target.join(', ')} ha${pair.target.length > 1 ? 've' : 's'} no counterpart (added in the translation?)`;
  }
  return undefined;
}

export function doubtfulPairs(pairs: readonly AlignmentPair[], deltas: readonly number[], threshold: number): DoubtfulPair[] {
  const doubtful: DoubtfulPair[] = [];
  pairs.forEach((pair, index) => {
    if (pair.pinned === true) return;
    const reasons: string[] = [];
    if (pair.score < threshold) reasons.push(`low confidence (${pair.score.toFixed(2)})`);
    const delta = deltas[index] ?? 0;
    if (Math.abs(delta) > LENGTH_DELTA_LIMIT) {
      reasons.push(`the target is much ${delta > 0 ? 'longer' : 'shorter'} than the source predicts (${Math.abs(delta).toFixed(1)} standard deviations)`);
    }
    const unpaired = unpairedReason(pair);
    if (unpaired !== undefined) reasons.push(unpaired);
    if (reasons.length > 0) doubtful.push({ pair: index, source: pair.source, target: pair.target, score: pair.score, reasons });
  });
  return doubtful;
}
