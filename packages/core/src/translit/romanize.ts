/**
 * Cyrillic → Latin under a named scheme, for display and export. Every character that is not
 * Cyrillic (spaces, punctuation, digits, Latin) comes out exactly as it went in.
 */
import { translate } from 'iuliia';
import { DEFAULT_TRANSLIT_SCHEME, schemaFor, type TranslitScheme } from './schemes.js';

/**
 * Letters some iuliia rule sets leave as Cyrillic: ё in the schemes that write it ë (ALA-LC,
 * BGN/PCGN, ISO 9, scientific…), and the non-Russian letters, given their ISO 9:1995 forms.
 * Without this a "romanized" string could still contain Cyrillic.
 */
const FALLBACK: Readonly<Record<string, string>> = {
  ё: 'ë', Ё: 'Ë',
  і: 'ì', І: 'Ì', ї: 'ï', Ї: 'Ï', є: 'ê', Є: 'Ê', ґ: 'g̀', Ґ: 'G̀', ў: 'ŭ', Ў: 'Ŭ',
  ђ: 'đ', Ђ: 'Đ', ј: 'ǰ', Ј: 'J̌', љ: 'l̂', Љ: 'L̂', њ: 'n̂', Њ: 'N̂', ћ: 'ć', Ћ: 'Ć',
  џ: 'd̂', Џ: 'D̂', ѕ: 'ẑ', Ѕ: 'Ẑ', ѓ: 'ǵ', Ѓ: 'Ǵ', ќ: 'ḱ', Ќ: 'Ḱ',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LEFTOVER = /[ёЁіІїЇєЄґҐўЎђЂјЈљЉњЊћЋџЏѕЅѓЃќЌ]/gu;

/** Romanizes the Cyrillic in `text` under `scheme` (default ALA-LC). */
export function romanize(text: string, scheme: TranslitScheme = DEFAULT_TRANSLIT_SCHEME): string {
  if (!CYRILLIC.test(text)) return text;
  const latin = translate(text, schemaFor(scheme));
  return latin.replace(LEFTOVER, (letter) => FALLBACK[letter] ?? letter);
}
