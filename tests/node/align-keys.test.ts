import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../support/paths.js';

/**
 * The anchor keys two paragraphs share, read from the built core's internal modules (keys are no
 * public API): what the aligner can see in common between a Russian and an English paragraph.
 */
interface KeyRows {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
}
interface Keyer {
  add(body: string, rendering: string, counts: object): void;
  rows(): KeyRows;
}
interface Modules {
  KeyVocabulary: new (dictionary?: unknown) => object;
  ParagraphKeyer: new (vocabulary: object, marksLatin: boolean) => Keyer;
  emptyCounts: () => object;
}

async function modules(): Promise<Modules> {
  const dir = join(repoRoot, 'packages/core/dist/align');
  const keys = (await import(pathToFileURL(join(dir, 'keys.js')).href)) as Pick<Modules, 'KeyVocabulary' | 'ParagraphKeyer'>;
  const scan = (await import(pathToFileURL(join(dir, 'scan.js')).href)) as Pick<Modules, 'emptyCounts'>;
  return { ...keys, ...scan };
}

/** How many keys the Russian and the English paragraph have in common (no dictionary: names, numbers and skeletons only). */
async function sharedKeys(russian: string, english: string): Promise<number> {
  const { KeyVocabulary, ParagraphKeyer, emptyCounts } = await modules();
  const vocabulary = new KeyVocabulary();
  const rowOf = (text: string, isSource: boolean) => {
    const keyer = new ParagraphKeyer(vocabulary, isSource);
    keyer.add(text, '', emptyCounts());
    const { ids, offsets } = keyer.rows();
    return new Set(ids.subarray(offsets[0] ?? 0, offsets[1] ?? 0));
  };
  const source = rowOf(russian, true);
  return [...rowOf(english, false)].filter((id) => source.has(id)).length;
}

test('chapter numbers standing alone as Roman letters are numbers in either language, but a one-word line of dialogue is not', async () => {
  assert.equal(await sharedKeys('I', 'I'), 1);
  assert.equal(await sharedKeys('V.', 'V.'), 1);
  assert.equal(await sharedKeys('X', '10'), 1);
  assert.equal(await sharedKeys('I', 'V'), 0);
  assert.equal(await sharedKeys('— Я?', '“I?”'), 0);
});

test('numbers in words meet digits and Roman numerals, joined where they form one number (двадцать пятая ↔ XXV)', async () => {
  assert.equal(await sharedKeys('Глава двадцать пятая', 'CHAPTER XXV'), 1);
  assert.equal(await sharedKeys('Их было сорок два.', 'There were 42 of them.'), 1);
  assert.equal(await sharedKeys('Часть первая', 'Part One'), 1);
  // Cardinal one is a pronoun as often as a number, and семью is «family» more often than «by seven».
  assert.equal(await sharedKeys('Один из них ушёл.', 'One of them left at 1.'), 0);
  assert.equal(await sharedKeys('Он взял семью с собой.', 'He took 7 with him.'), 0);
});

test('names that reached the two languages by different routes share a key (Руфь ↔ Ruth, Вооз ↔ Boaz, Елимелех ↔ Elimelech)', async () => {
  // Each name may give a key with and one without a final consonant: count names, not keys.
  assert.ok((await sharedKeys('Пришли Руфь и Вооз.', 'Then came Ruth and Boaz.')) >= 2);
  assert.ok((await sharedKeys('Умер Елимелех.', 'Then Elimelech died.')) >= 1);
  assert.ok((await sharedKeys('с Моавом', 'with Moab')) >= 1);
  assert.equal(await sharedKeys('Пришли Руфь и Вооз.', 'Then came Naomi and Orpah.'), 0);
});

test('month names in either language are numbers, in any case form, and only month names are (мартышка, may)', async () => {
  assert.equal(await sharedKeys('в октябре', '10'), 1);
  assert.equal(await sharedKeys('ОКТЯБРЯ', '10'), 1);
  assert.equal(await sharedKeys('Декабрь', '12'), 1);
  assert.equal(await sharedKeys('в мае', '5'), 1);
  assert.equal(await sharedKeys('10', 'in October'), 1);
  assert.equal(await sharedKeys('5', 'in May'), 1);
  assert.equal(await sharedKeys('мартышка', '3'), 0);
  assert.equal(await sharedKeys('5', 'you may'), 0);
});
