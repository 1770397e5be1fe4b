/**
 * Writes src/align/dictionary/stems.ts: the built-in dictionary's entries reduced to Snowball stems,
 * as the aligner reads them. Run after editing an entry file: `pnpm --filter @parallel-text/core run stems`
 * (it builds first, since it reads the compiled entries and stemmer).
 */
import { writeFileSync } from 'node:fs';
import { builtInEntries } from '../dist/align/dictionary/entries.js';
import { stemDictionary, writeStems } from '../dist/align/dictionary/index.js';

const dictionary = stemDictionary(builtInEntries());
const text = writeStems(dictionary);
const header = `/**
 * The built-in dictionary stemmed (Russian stems, a tab, their English stems): written by
 * scripts/write-stems.mjs from the entry files; do not edit by hand. A test checks it is current.
 */
`;
writeFileSync(new URL('../src/align/dictionary/stems.ts', import.meta.url), `${header}export const STEMS = \`${text}\`;\n`);
console.log(`stems.ts: ${dictionary.russian.size} Russian stems on ${text.split('\n').length} lines`);
