/**
 * Scheme-independent comparison keys for Cyrillic or Latin words, so that Кеннеди, Kennedy,
 * Khrushchev, Хрущёв and Chruschtschow can be compared without knowing which transliteration
 * a translator used. Keys are for comparing only, never for display.
 */
import { CYRILLIC_TO_LATIN } from './cyrillic-latin.js';
import { foldLatin } from './fold-latin.js';

/** Big enough for the vocabulary of a long document pair, small enough to stay cheap. */
const CACHE_LIMIT = 20_000;
const keyCache = new Map<string, string>();
const skeletonCache = new Map<string, string>();

/** Combining marks (ALA-LC tie bars, decomposed háčeks): compose first, then drop what is left. */
const COMBINING = /[\u0300-\u036f]/u;
const COMBINING_ALL = /[\u0300-\u036f]/gu;

/**
 * The comparison key of one word: lower-cased, Cyrillic spelled in Latin, spelling variants
 * folded (kh/h/x, zh/ž, ts/tz/c, ch/tch/č, sh/š, shch/sch/šč, ye/je/e, yo/io/jo/ë/ё, ya/ia/ja,
 * yu/iu/ju, y/i/j, th→t, w→v, ph→f), doubled letters collapsed, signs, apostrophes and hyphens
 * dropped. Equal keys mean "the same word under some scheme".
 */
export function matchKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  const key = computeKey(word);
  remember(keyCache, word, key);
  return key;
}

/**
 * The consonant skeleton of a word's key: the first letter kept, later vowels dropped and
 * voiced consonants merged with their voiceless pairs (Russian devoices them at word ends:
 * Хрущёв is said -f). Раск and Rusk both give `rsk`; президент and President both give `prstnt`.
 */
export function skeleton(word: string): string {
  const cached = skeletonCache.get(word);
  if (cached !== undefined) return cached;
  const out = skeletonOfKey(matchKey(word));
  remember(skeletonCache, word, out);
  return out;
}

/**
 * `skeleton` without the caches, for a caller that keeps its own per spelling (the aligner's key
 * vocabulary meets each spelling once): filling a cache it never reads again cost it a fifth of its time.
 */
export function uncachedSkeleton(word: string): string {
  return skeletonOfKey(computeKey(word));
}

function skeletonOfKey(key: string): string {
  let out = key.charAt(0);
  let previous = SKELETON_FOLD[out] ?? out;
  for (let i = 1; i < key.length; i += 1) {
    const char = key.charAt(i);
    if (KEY_VOWELS.includes(char)) continue;
    const folded = SKELETON_FOLD[char] ?? char;
    if (folded !== previous) out += folded;
    previous = folded;
  }
  return out;
}

const KEY_VOWELS = 'aeiou';
const SKELETON_FOLD: Readonly<Record<string, string>> = { b: 'p', d: 't', g: 'k', z: 's', v: 'f', ž: 'š' };

/** CYRILLIC_TO_LATIN by char code from U+0400: charAt would make a new string of every Cyrillic letter. */
const CYRILLIC_BY_CODE = Array.from({ length: 0x100 }, (_, k) => CYRILLIC_TO_LATIN[String.fromCharCode(0x400 + k)]);

function computeKey(word: string): string {
  let text = word.toLowerCase();
  if (COMBINING.test(text)) text = text.normalize('NFC').replace(COMBINING_ALL, '');
  let latin = '';
  // By UTF-16 unit: the table has no astral letters, so a surrogate pair passes through as it is.
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const cyrillic = code >= 0x400 && code < 0x500 ? CYRILLIC_BY_CODE[code - 0x400] : undefined;
    if (cyrillic !== undefined) latin += cyrillic;
    else {
      const char = text.charAt(i);
      latin += CYRILLIC_TO_LATIN[char] ?? char;
    }
  }
  return foldLatin(latin);
}

/** A plain bounded cache: when full it starts again, which keeps the common case one Map lookup. */
function remember(cache: Map<string, string>, word: string, value: string): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, value);
}
