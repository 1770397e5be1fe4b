/**
 * Evidence that a Latin-script word is transliterated Russian rather than English: Russian
 * endings, the digraphs of the romanization schemes, soft-sign apostrophes, scholarly
 * diacritics, and the print edition's line-break hyphen. It weighs evidence; it decides nothing.
 */
import { englishSuffix, isCommonEnglish } from './english-words.js';

export interface Evidence {
  /** Positive: transliteration; negative: English. */
  readonly score: number;
  /** Human phrases for the strongest signals, best first. */
  readonly signals: readonly string[];
}

/** Russian grammatical endings as the common schemes spell them, with their weight. */
const ENDINGS: readonly (readonly [string, number, string])[] = [
  ['nost', 3, 'ends like a Russian abstract noun (-nost\u2019)'],
  ['stvo', 3, 'ends like a Russian noun in -stvo'],
  ['stva', 2, 'ends like a Russian noun in -stva'],
  ['tsiya', 3, 'ends like a Russian noun in -tsiya'],
  ['tsiia', 3, 'ends like a Russian noun in -tsiia'],
  ['tsii', 2, 'ends like a Russian noun in -tsii'],
  ['iya', 2, 'ends in the Russian -iya'],
  ['iia', 2, 'ends in the Russian -iia'],
  ['ija', 2, 'ends in the Russian -ija'],
  ['skii', 3, 'ends like a Russian adjective (-skii)'],
  ['skiy', 3, 'ends like a Russian adjective (-skiy)'],
  ['skij', 3, 'ends like a Russian adjective (-skij)'],
  ['skaya', 3, 'ends like a Russian adjective (-skaya)'],
  ['skaia', 3, 'ends like a Russian adjective (-skaia)'],
  ['skoe', 2, 'ends like a Russian adjective (-skoe)'],
  ['skogo', 3, 'ends like a Russian adjective (-skogo)'],
  ['sky', 1, 'ends in -sky, as Russian surnames do'],
  ['ovich', 3, 'ends like a Russian patronymic'],
  ['evich', 3, 'ends like a Russian patronymic'],
  ['ovna', 3, 'ends like a Russian patronymic'],
  ['evna', 3, 'ends like a Russian patronymic'],
  ['enie', 3, 'ends like a Russian verbal noun (-enie)'],
  ['anie', 3, 'ends like a Russian verbal noun (-anie)'],
  ['niye', 3, 'ends like a Russian verbal noun (-niye)'],
  ['nyi', 2, 'ends like a Russian adjective (-nyi)'],
  ['nyy', 2, 'ends like a Russian adjective (-nyy)'],
  ['nii', 2, 'ends like a Russian adjective (-nii)'],
  ['ogo', 2, 'ends in the Russian genitive -ogo'],
  ['omu', 2, 'ends in the Russian dative -omu'],
  ['emu', 1, 'ends in the Russian dative -emu'],
  ['ykh', 3, 'ends in the Russian plural -ykh'],
  ['ikh', 2, 'ends in the Russian plural -ikh'],
  ['shchik', 3, 'ends like a Russian agent noun (-shchik)'],
  ['chik', 2, 'ends like a Russian agent noun (-chik)'],
  ['nik', 1, 'ends like a Russian agent noun (-nik)'],
  ['ost', 1, 'ends in -ost, as Russian abstract nouns do'],
  ['ov', 1, 'ends in -ov'],
  ['ev', 1, 'ends in -ev'],
  ['aya', 2, 'ends in the Russian feminine -aya'],
  ['oye', 2, 'ends in the Russian neuter -oye'],
  ['enno', 2, 'ends like a Russian adverb (-enno)'],
  ['etno', 2, 'ends like a Russian adverb (-etno)'],
];

/** Letter patterns of the romanization schemes that English spelling does not use. */
const CLUSTERS: readonly (readonly [RegExp, number, string])[] = [
  [/shch|šč|ŝ/u, 3, 'has shch, the romanized щ'],
  [/kh/u, 2, 'has kh, the romanized х'],
  [/zh/u, 2, 'has zh, the romanized ж'],
  [/[čšžëŭĭȳʹʺ]|\u0361/u, 3, 'has letters of a scholarly transliteration'],
  [/(?:^|[aeiou])ts[aeiouy]/u, 1, 'has ts, the romanized ц'],
  [/(?:ii|iy|yy|iia|iu)(?:$|[^aeiou])/u, 2, 'has ii or iy, as romanized Russian does'],
  [/[bdfgklmnprstvz]y[bdfgklmnprstvz]/u, 1, 'has y between consonants, the romanized ы'],
  [/^(?:ya|yu|yo)|[^aeiou](?:ya|yu|yo)/u, 1, 'has ya, yu or yo, romanized я, ю, ё'],
];

/** Spellings that are English, not romanized Russian. */
const ENGLISH_SPELLINGS = /w|q|x|th|ph|wh|gh|ck|ee|oo|ea|ou|oa|c(?!h)/gu;

/** A soft or hard sign written as an apostrophe after a consonant (vlast', ob''ekt), not a contraction. */
const SOFT_SIGN = /[bcdfgklmnprstvz]['’](?=$|[a-z])/u;
const CONTRACTION = /['’](?:s|t|ll|re|ve|d|m)$/u;

/** Words recur (a term is bracketed again and again): remember the evidence, within bounds. */
const CACHE_LIMIT = 5_000;
const cache = new Map<string, Evidence>();

/** How strongly one Latin word (no spaces; hyphens allowed) looks like transliterated Russian. */
export function transliterationEvidence(word: string): Evidence {
  const cached = cache.get(word);
  if (cached) return cached;
  const evidence = weigh(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, evidence);
  return evidence;
}

function weigh(word: string): Evidence {
  const lower = word.toLowerCase();
  const parts = lower.split(/[-‐‑\u00ad]/u).filter(Boolean);
  if (parts.length > 1 && parts.every((part) => isCommonEnglish(part))) return { score: -4, signals: [] };
  const joined = parts.join('').replace(/['’ʹʺ"]/gu, '');
  if (isCommonEnglish(joined) || isCommonEnglish(lower)) return { score: -4, signals: [] };

  const found: (readonly [number, string])[] = [];
  const ending = ENDINGS.find(([suffix]) => joined.length > suffix.length + 1 && joined.endsWith(suffix));
  if (ending) found.push([ending[1], ending[2]]);
  for (const [pattern, weight, signal] of CLUSTERS) if (pattern.test(lower)) found.push([weight, signal]);
  if (SOFT_SIGN.test(lower) && !CONTRACTION.test(lower)) found.push([2, 'marks a soft sign with an apostrophe']);
  if (parts.length > 1 && looksLikeLineBreakHyphen(parts)) found.push([1, 'is split by a line-break hyphen']);

  let score = found.reduce((sum, [weight]) => sum + weight, 0);
  const suffix = englishSuffix(joined);
  if (suffix && !ending) score -= 2;
  score -= Math.min(3, joined.match(ENGLISH_SPELLINGS)?.length ?? 0);
  const signals = [...found].sort((a, b) => b[0] - a[0]).map(([, signal]) => signal);
  return { score, signals };
}

/**
 * A hyphen inside one word whose pieces are not English words is a print edition's line break
 * (dogovorion-nost). A short first piece is a Russian prefix or particle instead (po-delovomu).
 */
function looksLikeLineBreakHyphen(parts: readonly string[]): boolean {
  const [first = '', second = ''] = parts;
  return parts.length === 2 && first.length >= 4 && second.length >= 2 && !isCommonEnglish(first) && !isCommonEnglish(second);
}
