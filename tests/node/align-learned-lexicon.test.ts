import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align } from '@parallel-text/core';
import { randomInt, seededRandom } from '../bench/support/prng.js';

/**
 * Word pairs that share no transliteration key (no cognates, no names, no numbers): the only way
 * to tell which paragraph translates which is to learn from the text which words go together.
 */
const WORDS: readonly (readonly [string, string])[] = [
  ['дорога', 'highway'], ['корабль', 'steamship'], ['девушка', 'maiden'], ['крыша', 'chimney'],
  ['лопата', 'shovel'], ['подарок', 'present'], ['тишина', 'silence'], ['ветер', 'wind'],
  ['звезда', 'starlight'], ['ворота', 'gateway'], ['берег', 'shoreline'], ['мельница', 'windmill'],
  ['кузнец', 'blacksmith'], ['пшеница', 'wheat'], ['печаль', 'sorrow'], ['смех', 'laughter'],
  ['садовник', 'gardener'], ['кошелёк', 'purse'], ['свеча', 'candle'], ['подушка', 'pillow'],
  ['тетрадь', 'notebook'], ['ложка', 'spoon'], ['вишня', 'cherry'], ['орех', 'walnut'],
  ['пустыня', 'desert'], ['болото', 'swamp'], ['ручей', 'brook'], ['жених', 'groom'],
  ['невеста', 'bride'], ['купец', 'merchant'], ['солдат', 'soldier'], ['телега', 'cart'],
  ['лошадь', 'horse'], ['волк', 'wolf'], ['гроза', 'thunderstorm'], ['радуга', 'rainbow'],
  ['мороз', 'frost'], ['сугроб', 'snowdrift'], ['огород', 'vegetable'], ['капуста', 'cabbage'],
];

/** Paragraphs of six words each, so that lengths hardly differ; one target paragraph left out. */
function bitext(seed: number, count: number, omitted: number): { source: string[]; target: string[] } {
  const random = seededRandom(seed);
  const source: string[] = [];
  const target: string[] = [];
  for (let p = 0; p < count; p += 1) {
    const picks = Array.from({ length: 6 }, () => WORDS[randomInt(random, WORDS.length)] ?? ['', '']);
    source.push(`${picks.map(([ru]) => ru).join(' ')}.`);
    if (p !== omitted) target.push(`${picks.map(([, en]) => en).join(' ')}.`);
  }
  return { source, target };
}

for (const seed of [1, 2, 3]) {
  test(`a left-out paragraph among paragraphs of one length is found by words learned from the text itself (seed ${String(seed)})`, () => {
    const count = 80;
    const omitted = 41;
    const { source, target } = bitext(seed, count, omitted);
    const { pairs } = align(source, target);
    const expected = Array.from({ length: count }, (_, i) => `${String(i)}:${i === omitted ? '' : String(i < omitted ? i : i - 1)}`);
    assert.deepEqual(
      pairs.map((pair) => `${pair.source.join(',')}:${pair.target.join(',')}`),
      expected,
    );
  });
}
