import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align, type DictionaryEntry } from '@parallel-text/core';

const shape = (pairs: readonly { source: readonly number[]; target: readonly number[] }[]) => pairs.map((pair) => `${pair.source.join(',')}:${pair.target.join(',')}`);

/**
 * Two Russian paragraphs of nearly one length, the English of only one of them: nothing but the
 * words tells which is left out. The pairs below are general vocabulary (no names, numbers or
 * cognates); in Russian they stand in forms other than the dictionary's (страну, not страна).
 */
const SOURCE = [
  'Старик долго смотрел на море и думал о своей жизни.',
  'Утром мальчик принёс хлеб, воду и свежую рыбу.',
  'Вечером в деревне шёл сильный дождь, и дети сидели дома.',
  'Потом женщина открыла окно и позвала собаку.',
  'Ночью над лесом светила луна, и было очень тихо.',
];
const TARGET = [
  'For a long time the old man looked at the sea and thought about his life.',
  'In the evening heavy rain fell in the village, and the children stayed at home.',
  'Then the woman opened the window and called the dog.',
  'At night the moon shone over the forest, and it was very quiet.',
];

test('the built-in dictionary finds which of two look-alike paragraphs the translation leaves out', () => {
  const { pairs } = align(SOURCE, TARGET);
  assert.deepEqual(shape(pairs), ['0:0', '1:', '2:1', '3:2', '4:3']);
});

/**
 * Invented Russian words no dictionary, stemmer or transliteration could know, glossed with English
 * words that share no transliteration key with them, in paragraphs otherwise alike.
 */
const INVENTED: readonly (readonly [string, string])[] = [
  ['кварбла', 'lantern'],
  ['мурфель', 'anchor'],
  ['пламбус', 'saddle'],
  ['зиндрок', 'kettle'],
  ['флумпет', 'ribbon'],
  ['грызобль', 'basket'],
  ['трельпин', 'ladder'],
  ['шмокарь', 'whistle'],
];
const glossary: DictionaryEntry[] = INVENTED.map(([ru, en]) => [ru, [en]]);
const glossarySource = INVENTED.map(([ru]) => `Вот ${ru} у старой дороги, где весной бывает много воды и птиц, а летом тихо и пыльно.`);
/** The English leaves out the fourth paragraph. */
const glossaryTarget = INVENTED.filter((_, k) => k !== 3).map(([, en]) => `Here is the ${en} by the old road: much water and birds in spring, quiet and dust in summer.`);
const GLOSSARY_GOLD = ['0:0', '1:1', '2:2', '3:', '4:3', '5:4', '6:5', '7:6'];

test('a caller glossary alone (replace) finds the left-out paragraph among paragraphs of one length', () => {
  assert.deepEqual(shape(align(glossarySource, glossaryTarget, { dictionary: { entries: glossary, replace: true } }).pairs), GLOSSARY_GOLD);
  // Without it nothing tells the paragraphs apart: the glossary is what decides.
  assert.notDeepEqual(shape(align(glossarySource, glossaryTarget).pairs), GLOSSARY_GOLD);
});

test('a caller glossary beside the built-in dictionary does the same', () => {
  assert.deepEqual(shape(align(glossarySource, glossaryTarget, { dictionary: { entries: glossary } }).pairs), GLOSSARY_GOLD);
});

test('dictionary: false means no dictionary evidence, and malformed entries are skipped without a throw', () => {
  // The look-alike paragraphs above need the dictionary: without it the aligner guesses otherwise.
  assert.notDeepEqual(shape(align(SOURCE, TARGET, { dictionary: false }).pairs), ['0:0', '1:', '2:1', '3:2', '4:3']);
  const odd = [['', []], ['слово'], [42, ['x']], ['дом', [null, 'house', 7]], 'nonsense'] as unknown as DictionaryEntry[];
  const result = align(SOURCE, TARGET, { dictionary: { entries: odd } });
  assert.deepEqual(shape(result.pairs), ['0:0', '1:', '2:1', '3:2', '4:3']);
});

test('dictionary options from JSON that are not a glossary (null, a string, an object without entries) mean the built-in dictionary', () => {
  for (const option of [null, 'all', { replace: true }, { entries: 'кварбла\tlantern', replace: true }]) {
    const result = align(SOURCE, TARGET, { dictionary: option as unknown as false });
    assert.deepEqual(shape(result.pairs), ['0:0', '1:', '2:1', '3:2', '4:3'], JSON.stringify(option));
    assert.deepEqual(result.diagnostics.map((diagnostic) => diagnostic.code), [], JSON.stringify(option));
  }
});
