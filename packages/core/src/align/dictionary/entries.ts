/**
 * The built-in dictionary's entries as written: the source that stems.ts is made from. The aligner
 * itself reads stems.ts, so bundles leave these files out; the stems script and tests read them.
 */
import type { DictionaryEntry } from '../../model.js';
import { parseDictionary } from './index.js';
import { ENTRIES as DOMAIN } from './domain.js';
import { ENTRIES as MODIFIERS } from './modifiers.js';
import { ENTRIES as NOUNS } from './nouns.js';
import { ENTRIES as VERBS } from './verbs.js';

export function builtInEntries(): readonly DictionaryEntry[] {
  return [NOUNS, VERBS, MODIFIERS, DOMAIN].flatMap(parseDictionary);
}
