/**
 * Which script a word is written in. A word may carry combining marks, apostrophes, primes
 * for soft and hard signs, and hyphens (including a line-break hyphen), but no spaces or digits.
 */

const CYRILLIC_WORD = /^(?=.*\p{Script=Cyrillic})[\p{Script=Cyrillic}\p{M}'’ʼ\-‐‑\u00ad]+$/u;
const LATIN_WORD = /^(?=.*\p{Script=Latin})[\p{Script=Latin}\p{M}'’ʼʹʺ"”\-‐‑\u00ad]+$/u;

/** True for one word in Cyrillic script (Раск, договорённость, Ростов-на-Дону). */
export function isCyrillicWord(text: string): boolean {
  return CYRILLIC_WORD.test(text);
}

/** True for one word in Latin script, transliterations included (dogovorion-nost, obʺjavitʹ). */
export function isLatinWord(text: string): boolean {
  return LATIN_WORD.test(text);
}
