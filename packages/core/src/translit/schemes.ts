/**
 * The named romanization schemes parallel-text offers, mapped onto iuliia's rule sets.
 * It only names and looks up schemes; it never transliterates by itself.
 */
import {
  ALA_LC,
  ALA_LC_ALT,
  BGN_PCGN,
  BS_2979,
  GOST_7034,
  GOST_779,
  GOST_779_ALT,
  ICAO_DOC_9303,
  ISO_9_1968,
  MOSMETRO,
  SCIENTIFIC,
  TELEGRAM,
  UNGEGN_1987,
  WIKIPEDIA,
  type Schema,
} from 'iuliia';

/** Every scheme name accepted by `romanize`, with the iuliia rule set behind it. */
const SCHEMES = {
  /** Library of Congress (ALA-LC), with its tie bars: i͡a, t͡s. The scholarly default in US archives. */
  'ala-lc': ALA_LC,
  /** ALA-LC without diacritics, as most English-language editions print it. */
  'ala-lc-plain': ALA_LC_ALT,
  /** BGN/PCGN 1947, British and US geographic names. */
  'bgn-pcgn': BGN_PCGN,
  /** British Standard 2979:1958. */
  'bs-2979': BS_2979,
  /** ISO 9:1995, identical to GOST 7.79-2000 System A: one Latin letter per Cyrillic letter. */
  'iso-9': GOST_779,
  /** GOST 7.79-2000 System A (= ISO 9:1995). */
  'gost-7.79-a': GOST_779,
  /** GOST 7.79-2000 System B, ASCII only. */
  'gost-7.79-b': GOST_779_ALT,
  /** GOST 7.0.34-2014, the Russian bibliographic standard. */
  'gost-7.0.34': GOST_7034,
  /** ISO/R 9:1968. */
  'iso-9-1968': ISO_9_1968,
  /** The linguists' scientific transliteration: č, š, ž, x. */
  scientific: SCIENTIFIC,
  /** UNGEGN 1987 (V/18). */
  'ungegn-1987': UNGEGN_1987,
  /** English Wikipedia's simplified BGN/PCGN: Khrushchyov, Yuliya. */
  wikipedia: WIKIPEDIA,
  /** ICAO Doc 9303, machine-readable passports: Iuliia. */
  icao: ICAO_DOC_9303,
  /** Moscow Metro signage. */
  mosmetro: MOSMETRO,
  /** Informal "telegram" Latin: ASCII, no digraph rules. */
  telegram: TELEGRAM,
} as const satisfies Record<string, Schema>;

export type TranslitScheme = keyof typeof SCHEMES;

/** Every scheme name, in the order above. */
export const TRANSLIT_SCHEMES: readonly TranslitScheme[] = Object.keys(SCHEMES) as TranslitScheme[];

/** ALA-LC: the standard US archives and libraries use for Russian. */
export const DEFAULT_TRANSLIT_SCHEME: TranslitScheme = 'ala-lc';

export function isTranslitScheme(name: string): name is TranslitScheme {
  return Object.hasOwn(SCHEMES, name);
}

export function schemaFor(scheme: TranslitScheme): Schema {
  return SCHEMES[scheme];
}
