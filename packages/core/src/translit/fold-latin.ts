/**
 * Stage two of a match key: folds the spelling variants of romanized Russian (kh/h/x, zh/ž,
 * shch/sch/šč, ts/tz/c, ch/tch/č, ye/je/e, yo/io/ë, y/i/j, th, w, ph, doubled letters) onto one
 * spelling. Table-driven and allocation-light because the aligner calls it about a million times.
 * It only builds a comparison key: the result is never shown as a transliteration.
 * j always folds with i and y (ja, Jelzin's J): the French/informal j for ж is not recognised.
 */

/** Single letters that always fold the same way, whatever surrounds them. */
const LETTER: Readonly<Record<string, string>> = {
  y: 'i', j: 'i', w: 'v', q: 'k',
  // Diacritics used by ISO 9, GOST 7.79, ALA-LC and scientific transliteration.
  ë: 'io', ё: 'io', é: 'e', è: 'e', ê: 'e', ė: 'e', ē: 'e', ǵ: 'g', ŭ: 'u', ū: 'u', ü: 'u',
  â: 'ia', û: 'iu', ŝ: 'šč', ĉ: 'č', ĥ: 'h', ẑ: 'z', ì: 'i', í: 'i', ï: 'i', ī: 'i', ǐ: 'i',
  á: 'a', à: 'a', ä: 'a', ā: 'a', ó: 'o', ò: 'o', ö: 'o', ō: 'o', ú: 'u', ù: 'u', ý: 'i', ỳ: 'i',
  ĭ: 'i', ȳ: 'i', ć: 'č', ś: 'š', ź: 'ž', ż: 'ž', ł: 'l', ń: 'n', đ: 'd', ǰ: 'i',
};

/** Multi-letter spellings, longest first within each starting letter. */
const CLUSTERS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  s: [['schtsch', 'šč'], ['shch', 'šč'], ['sch', 'šč'], ['shh', 'šč'], ['sh', 'š']],
  t: [['tsch', 'č'], ['tch', 'č'], ['ts', 'c'], ['tz', 'c'], ['th', 't']],
  z: [['zh', 'ž']],
  k: [['kh', 'h']],
  p: [['ph', 'f']],
  c: [['ch', 'č'], ['ck', 'k'], ['cz', 'č']],
};

const VOWELS = 'aeiouy';

/** The first of `clusters` spelt at word[i], if any (a loop, not `find` with a closure: this runs for every letter of a book's words). */
function clusterAt(word: string, i: number, clusters: readonly (readonly [string, string])[] | undefined): readonly [string, string] | undefined {
  if (!clusters) return undefined;
  for (const cluster of clusters) if (word.startsWith(cluster[0], i)) return cluster;
  return undefined;
}

/** Folds a lower-cased Latin(-ised) word onto its comparison spelling. */
export function foldLatin(word: string): string {
  let out = '';
  const length = word.length;
  for (let i = 0; i < length; ) {
    const char = word.charAt(i);
    // German and Greek "chr"/"chl" at the start is the Russian х (Chruschtschow, Christ).
    if (i === 0 && char === 'c' && word.charAt(1) === 'h' && (word.charAt(2) === 'r' || word.charAt(2) === 'l')) {
      out += 'h';
      i += 2;
      continue;
    }
    const cluster = clusterAt(word, i, CLUSTERS[char]);
    if (cluster) {
      out += cluster[1];
      i += cluster[0].length;
      continue;
    }
    if (char === 'c') {
      // English c is k before a back vowel or consonant; before e/i/y it is the ц of ISO 9 (cent ↔ цент).
      const next = word.charAt(i + 1);
      out += next === 'e' || next === 'i' || next === 'y' ? 'c' : 'k';
    } else if (char === 'x') {
      // Scientific x is х; between vowels it is English ks (Alexander ↔ Александр).
      const between = i > 0 && VOWELS.includes(word.charAt(i - 1)) && VOWELS.includes(word.charAt(i + 1) || '-');
      out += between ? 'ks' : 'h';
    } else {
      out += LETTER[char] ?? char;
    }
    i += 1;
  }
  return foldVowelsAndDoubles(out);
}

/**
 * ie/io → e (ye, je, yo, jo, ë and ё all meet at e: Хрущёв ↔ Khrushchev), then runs of one
 * letter collapse (Kennedy ↔ Кеннеди, -skii ↔ -sky ↔ -ский).
 */
function foldVowelsAndDoubles(word: string): string {
  let out = '';
  let previous = '';
  for (let i = 0; i < word.length; i += 1) {
    let char = word.charAt(i);
    if (char === 'i' && (word.charAt(i + 1) === 'e' || word.charAt(i + 1) === 'o')) {
      char = 'e';
      i += 1;
      // BGN/PCGN's yë (ё after a vowel or at the start) spells the glide twice.
      if (previous === 'i') {
        out = out.slice(0, -1);
        previous = out.charAt(out.length - 1);
      }
    }
    if (char !== previous) out += char;
    previous = char;
  }
  return out;
}
