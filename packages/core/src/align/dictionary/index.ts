/**
 * The built-in Russian–English seed dictionary, as the aligner uses it: Russian words and English
 * words reduced to Snowball stems, so that every inflected form meets its entry (страну, странах →
 * стран; countries → countri). A dictionary pair found in a Russian and an English paragraph is
 * evidence that they translate each other, as in hunalign; the aligner weighs it like any other key.
 * The entries are the project's own (see README.md here); callers may add or replace them.
 */
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import type { AlignOptions, DictionaryEntry } from '../../model.js';
import { ENTRIES as DOMAIN } from './domain.js';
import { ENTRIES as MODIFIERS } from './modifiers.js';
import { ENTRIES as NOUNS } from './nouns.js';
import { ENTRIES as VERBS } from './verbs.js';

/** Stem-level dictionary: a Russian stem's English stems, and every English stem any entry names. */
export interface StemDictionary {
  readonly russian: ReadonlyMap<string, readonly string[]>;
  readonly english: ReadonlySet<string>;
}


/** Russian stems shorter than this say too little (от, на…); English stems likewise. */
const MIN_STEM = 2;

export function stemRussian(word: string): string {
  return russianStem(word.toLowerCase().replaceAll('ё', 'е'));
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
    const stem = stemRussian(word);
    if (stem.length < MIN_STEM) continue;
    const list = russian.get(stem) ?? [];
    for (const translation of translations) {
      const englishStemmed = stemOnce(translation);
      if (englishStemmed.length < MIN_STEM || list.includes(englishStemmed)) continue;
      list.push(englishStemmed);
      english.add(englishStemmed);
    }
    if (list.length > 0) russian.set(stem, list);
  }
  return { russian, english };
}

let builtInList: DictionaryEntry[] | undefined;
let builtIn: StemDictionary | undefined;

/** The built-in entries, parsed on first use. */
export function builtInEntries(): readonly DictionaryEntry[] {
  builtInList ??= [NOUNS, VERBS, MODIFIERS, DOMAIN].flatMap(parseDictionary);
  return builtInList;
}

/** The built-in dictionary, stemmed on first use (a few milliseconds) and kept. */
export function builtInDictionary(): StemDictionary {
  builtIn ??= stemDictionary(builtInEntries());
  return builtIn;
}

/** The dictionary an alignment uses under its options (undefined: none). */
export function dictionaryFor(option: AlignOptions['dictionary']): StemDictionary | undefined {
  if (option === false) return undefined;
  // Options may come from JSON or a worker message: anything but a list of entries means the default.
  const given: unknown = typeof option === 'object' ? option.entries : undefined;
  if (!Array.isArray(given) || option === undefined) return builtInDictionary();
  const entries = given as readonly DictionaryEntry[];
  return stemDictionary(option.replace === true ? entries : [...builtInEntries(), ...entries]);
}
