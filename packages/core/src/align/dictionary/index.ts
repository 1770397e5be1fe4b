/**
 * The built-in Russian–English seed dictionary, as the aligner uses it: Russian words and English
 * words reduced to Snowball stems, so that every inflected form meets its entry (страну, странах →
 * стран; countries → countri). A dictionary pair found in a Russian and an English paragraph is
 * evidence that they translate each other, as in hunalign; the aligner weighs it like any other key.
 * The entries are the project's own (entries.ts); callers may add or replace them. The aligner
 * reads them stemmed ahead of time (stems.ts): stemming 5,700 entries took ~90 ms on every first call.
 */
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import type { AlignOptions, DictionaryEntry } from '../../model.js';
import { STEMS } from './stems.js';
import { russianNounForms } from './noun-forms.js';
import { russianVerbForms } from './verb-forms.js';

/** Stem-level dictionary: a Russian stem's English stems, and every English stem any entry names. */
export interface StemDictionary {
  readonly russian: ReadonlyMap<string, readonly string[]>;
  readonly english: ReadonlySet<string>;
}

/** Russian stems shorter than this say too little (от, на…); English stems likewise. */
const MIN_STEM = 2;
/** A stem of a form made by rule (verb-forms, noun-forms) needs this much: shorter ones are common words' stems (не, на). */
const MIN_MADE_STEM = 3;

/**
 * Short words that Snowball would cut to a stem they share with others: она, оно and они all give
 * он, неё and ней give не (the commonest word there is), ему gives ем (I eat), для gives дл
 * (длиться), весь gives ве. They are looked up as they are spelt, marked so that no stem is mistaken for them.
 */
const EXACT = new Set(
  'я меня мне мной мною ты тебя тебе тобой тобою он его него ему нему им ним нем она ее нее ей ней ею нею оно мы нас нам нами вы вас вам вами они их них ими ними для весь вся все всех всем всеми'.split(' '),
);

export function stemRussian(word: string): string {
  const lower = word.toLowerCase().replaceAll('ё', 'е');
  return EXACT.has(lower) ? `=${lower}` : russianStem(lower);
}

export function stemEnglish(word: string): string {
  return englishStem(word.toLowerCase());
}

/**
 * Entries from text, one per line: the Russian word, a tab, the English words separated by spaces
 * or commas. Lines starting with # and lines without a tab are skipped. The built-in files use it,
 * and so may callers with a glossary of their own.
 */
export function parseDictionary(text: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const line of text.split(/\r?\n/u)) {
    const tab = line.indexOf('\t');
    if (tab <= 0 || line.startsWith('#')) continue;
    const russian = line.slice(0, tab).trim();
    const english = line
      .slice(tab + 1)
      .split(/[\s,]+/u)
      .filter((word) => word.length > 0);
    if (russian.length > 0 && english.length > 0) entries.push([russian, english]);
  }
  return entries;
}

/** Builds the stem dictionary; entries that share a Russian stem pool their translations. Malformed entries are skipped. */
export function stemDictionary(entries: Iterable<DictionaryEntry>): StemDictionary {
  const russian = new Map<string, string[]>();
  const english = new Set<string>();
  // Translations repeat (about 11,700 words, 5,300 distinct in the built-in entries): each is stemmed once.
  const stemmed = new Map<string, string>();
  const stemOnce = (word: string) => {
    let stem = stemmed.get(word);
    if (stem === undefined) {
      stem = stemEnglish(word);
      stemmed.set(word, stem);
    }
    return stem;
  };
  for (const entry of entries) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) continue;
    const [word, given] = entry;
    const translations = given.filter((translation): translation is string => typeof translation === 'string');
    const englishStems = translations.map(stemOnce).filter((stem) => stem.length >= MIN_STEM);
    // Many forms stem apart from the lemma (взять → взят, взяла → взял; отец → отец, отца → отц): each stem gets the translations.
    const lower = word.toLowerCase();
    // A made form must not take over a short common word: неся stems to не, длят's для is «for».
    const madeStems = [...russianVerbForms(lower), ...russianNounForms(lower)].map(stemRussian).filter((stem) => stem.length >= MIN_MADE_STEM && !stem.startsWith('='));
    const stems = new Set([stemRussian(word), ...madeStems]);
    for (const stem of stems) {
      if (stem.length < MIN_STEM) continue;
      const list = russian.get(stem) ?? [];
      for (const englishStemmed of englishStems) {
        if (list.includes(englishStemmed)) continue;
        list.push(englishStemmed);
        english.add(englishStemmed);
      }
      if (list.length > 0) russian.set(stem, list);
    }
  }
  return { russian, english };
}

let builtIn: StemDictionary | undefined;

/**
 * The built-in dictionary, read from its stemmed form on first use and kept. stems.ts is written
 * by `pnpm --filter @parallel-text/core run stems` from the entries, and a test checks that it
 * still says what stemming the entries says.
 */
export function builtInDictionary(): StemDictionary {
  builtIn ??= readStems(STEMS);
  return builtIn;
}

/** `russian stems…<TAB>english stems…` lines, as `writeStems` prints them. */
function readStems(text: string): StemDictionary {
  const russian = new Map<string, string[]>();
  const english = new Set<string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const translations = line.slice(tab + 1).split(' ');
    for (const stem of line.slice(0, tab).split(' ')) russian.set(stem, translations);
    for (const translation of translations) english.add(translation);
  }
  return { russian, english };
}

/**
 * A stem dictionary as text: what stems.ts holds. The Russian stems that share one list of
 * translations (a lemma's forms, mostly) share a line, so a verb's twenty forms cost one list.
 */
export function writeStems(dictionary: StemDictionary): string {
  const byTranslations = new Map<string, string[]>();
  for (const [stem, translations] of dictionary.russian) {
    const key = translations.join(' ');
    const stems = byTranslations.get(key) ?? [];
    stems.push(stem);
    byTranslations.set(key, stems);
  }
  const inOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byTranslations]
    .map(([translations, stems]) => `${stems.sort(inOrder).join(' ')}\t${translations}`)
    .sort(inOrder)
    .join('\n');
}

/** `base` with `added`'s translations appended to each stem's (as if its entries came after base's). */
function mergeDictionaries(base: StemDictionary, added: StemDictionary): StemDictionary {
  const russian = new Map<string, readonly string[]>(base.russian);
  for (const [stem, translations] of added.russian) {
    const list = [...(russian.get(stem) ?? [])];
    for (const translation of translations) if (!list.includes(translation)) list.push(translation);
    russian.set(stem, list);
  }
  return { russian, english: new Set([...base.english, ...added.english]) };
}

/**
 * The glossary entries the options give, if any. Options may come from JSON or a worker message
 * (null, a string…): anything but an object with a list of entries gives none.
 */
function glossaryEntries(option: unknown): readonly DictionaryEntry[] | undefined {
  if (typeof option !== 'object' || option === null) return undefined;
  const entries: unknown = (option as { entries?: unknown }).entries;
  return Array.isArray(entries) ? (entries as readonly DictionaryEntry[]) : undefined;
}

/** True unless the options turn the built-in dictionary off or replace it with a glossary. */
export function usesBuiltInDictionary(option: AlignOptions['dictionary']): boolean {
  if (option === false) return false;
  return !(glossaryEntries(option) !== undefined && (option as { replace?: unknown }).replace === true);
}

/** The dictionary an alignment uses under its options (undefined: none). */
export function dictionaryFor(option: AlignOptions['dictionary']): StemDictionary | undefined {
  if (option === false) return undefined;
  const entries = glossaryEntries(option);
  if (entries === undefined) return builtInDictionary();
  const glossary = stemDictionary(entries);
  return usesBuiltInDictionary(option) ? mergeDictionaries(builtInDictionary(), glossary) : glossary;
}
