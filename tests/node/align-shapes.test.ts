import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align, parse } from '@parallel-text/core';
import { loadUdhr } from '../bench/support/udhr.js';
import { identifiableBitext, udhrArticlePairs, type Shape } from '../bench/support/shapes.js';

const pool = udhrArticlePairs(loadUdhr());

function describe(pairs: readonly { source: readonly number[]; target: readonly number[] }[]): string[] {
  return pairs.map((pair) => `${pair.source.join(',')}:${pair.target.join(',')}`);
}

/**
 * Every pair shape the aligner names, each between ordinary 1:1 pairs of real UDHR text, taken
 * from a stretch of the UDHR where the lengths make the shape identifiable at all (a paragraph
 * left out must not be as long as its neighbours, or nothing could tell which one it was).
 */
const CASES: { name: string; shapes: Shape[] }[] = [
  { name: '1:1 only', shapes: [[1, 1], [1, 1], [1, 1], [1, 1], [1, 1]] },
  { name: '1:2 (the translator split a paragraph)', shapes: [[1, 1], [1, 1], [1, 2], [1, 1], [1, 1]] },
  { name: '2:1 (the translator joined two paragraphs)', shapes: [[1, 1], [1, 1], [2, 1], [1, 1], [1, 1]] },
  { name: '2:2 (both sides cut at different places)', shapes: [[1, 1], [1, 1], [2, 2], [1, 1], [1, 1]] },
  { name: '1:3', shapes: [[1, 1], [1, 1], [1, 3], [1, 1], [1, 1]] },
  { name: '3:1', shapes: [[1, 1], [1, 1], [3, 1], [1, 1], [1, 1]] },
  { name: '1:0 (a paragraph left out of the translation)', shapes: [[1, 1], [1, 1], [1, 0], [1, 1], [1, 1]] },
  { name: '0:1 (a paragraph added in the translation)', shapes: [[1, 1], [1, 1], [0, 1], [1, 1], [1, 1]] },
  { name: 'an omitted run of four paragraphs', shapes: [[1, 1], [1, 1], [1, 0], [1, 0], [1, 0], [1, 0], [1, 1], [1, 1]] },
  { name: 'mixed', shapes: [[1, 1], [2, 1], [1, 1], [1, 2], [1, 1], [1, 0], [1, 1], [2, 2], [1, 1]] },
];

for (const { name, shapes } of CASES) {
  test(`pairs real paragraphs by shape: ${name}`, () => {
    const bitext = identifiableBitext(shapes, pool);
    const result = align(bitext.source, bitext.target);
    assert.deepEqual(describe(result.pairs), describe(bitext.gold));
  });
}

// Three paragraphs of equal length, one without counterpart: length cannot tell which one it is.
// They are long enough that joining two of them is no option; only the anchors can decide.
const BODY_RU =
  'посол сообщил министерству подробности беседы, изложил позицию правительства и просил дальнейших указаний по всем вопросам, затронутым собеседником; ' +
  'он также передал содержание личного послания и отметил, что ответ ожидается в ближайшее время, после консультаций с союзниками';
const BODY_EN =
  'the ambassador reported the details of the conversation to the ministry, set out the position of the government and asked for further instructions on every question raised; ' +
  'he also conveyed the content of the personal message and noted that an answer is expected shortly, after consultations with the allies';

test('numbers and dates decide where length cannot (30.X.62 ↔ October 30, 1962)', () => {
  const source = ['30.X.62', '31.X.62', '1.XI.62'].map((date) => `Телеграмма от ${date}: ${BODY_RU}.`);
  const target = ['October 30, 1962', 'November 1, 1962'].map((date) => `Telegram of ${date}: ${BODY_EN}.`);
  assert.deepEqual(describe(align(source, target).pairs), ['0:0', '1:', '2:1']);
});

test('numbers in words meet numerals where length cannot (Глава пятая ↔ CHAPTER V, двадцать пятая ↔ XXV, Часть первая ↔ Part One)', () => {
  const headed = (headings: readonly string[], body: string) => headings.map((heading) => `${heading}. ${body}.`);
  const cases: { source: string[]; target: string[]; expected: string[] }[] = [
    { source: ['Глава пятая', 'Глава шестая', 'Глава седьмая'], target: ['CHAPTER V', 'CHAPTER VII'], expected: ['0:0', '1:', '2:1'] },
    { source: ['Глава пятая', 'Глава шестая', 'Глава седьмая'], target: ['CHAPTER VI', 'CHAPTER VII'], expected: ['0:', '1:0', '2:1'] },
    { source: ['Глава V', 'Глава VI', 'Глава VII'], target: ['Chapter Five', 'Chapter Seven'], expected: ['0:0', '1:', '2:1'] },
    { source: ['Глава двадцать третья', 'Глава двадцать четвёртая', 'Глава двадцать пятая'], target: ['CHAPTER XXIII', 'CHAPTER XXV'], expected: ['0:0', '1:', '2:1'] },
    { source: ['Часть первая', 'Часть вторая', 'Часть третья'], target: ['Part One', 'Part Three'], expected: ['0:0', '1:', '2:1'] },
    { source: ['Книга 1', 'Книга 2', 'Книга 3'], target: ['BOOK TWO', 'BOOK THREE'], expected: ['0:', '1:0', '2:1'] },
  ];
  for (const { source, target, expected } of cases) {
    assert.deepEqual(describe(align(headed(source, BODY_RU), headed(target, BODY_EN)).pairs), expected, `${source.join(' / ')} ↔ ${target.join(' / ')}`);
  }
});

test('names matched through transliteration decide where length cannot (Раском ↔ Rusk)', () => {
  const source = ['с Кеннеди', 'с Томпсоном', 'с Раском'].map((name) => `После встречи ${name} ${BODY_RU}.`);
  const target = ['with Kennedy', 'with Rusk'].map((name) => `After the meeting ${name} ${BODY_EN}.`);
  assert.deepEqual(describe(align(source, target).pairs), ['0:0', '1:', '2:1']);
});

test('names that reached the two languages by different routes meet (Елимелех ↔ Elimelech, Руфь ↔ Ruth, Вооз ↔ Boaz, Фома ↔ Thomas)', () => {
  const source = ['с Елимелехом', 'с Рахилью', 'с Михаилом'].map((name) => `После встречи ${name} ${BODY_RU}.`);
  const target = ['with Elimelech', 'with Michael'].map((name) => `After the meeting ${name} ${BODY_EN}.`);
  assert.deepEqual(describe(align(source, target).pairs), ['0:0', '1:', '2:1']);
  const other = ['with Rachel', 'with Michael'].map((name) => `After the meeting ${name} ${BODY_EN}.`);
  assert.deepEqual(describe(align(source, other).pairs), ['0:', '1:0', '2:1']);
  // Greek θ and β: ф and в in Russian, th and b in English.
  const greek = ['с Руфью', 'с Воозом', 'с Фомой'].map((name) => `После встречи ${name} ${BODY_RU}.`);
  assert.deepEqual(describe(align(greek, ['with Ruth', 'with Thomas'].map((name) => `After the meeting ${name} ${BODY_EN}.`)).pairs), ['0:0', '1:', '2:1']);
  assert.deepEqual(describe(align(greek, ['with Boaz', 'with Thomas'].map((name) => `After the meeting ${name} ${BODY_EN}.`)).pairs), ['0:', '1:0', '2:1']);
});

test('Latin-root words ending differently decide where length cannot (декларации ↔ declaration, религии ↔ religion)', () => {
  const source = ['о декларации', 'о религии', 'о политической'].map((topic) => `Разговор ${topic} ${BODY_RU}.`);
  const target = ['on the declaration', 'on political'].map((topic) => `A talk ${topic} ${BODY_EN}.`);
  assert.deepEqual(describe(align(source, target).pairs), ['0:0', '1:', '2:1']);
  const other = ['on religion', 'on political'].map((topic) => `A talk ${topic} ${BODY_EN}.`);
  assert.deepEqual(describe(align(source, other).pairs), ['0:', '1:0', '2:1']);
});

test('a transliterated insertion anchors its paragraph ([dogovorion-nost] ↔ договорённость)', () => {
  const source = ['Достигнута договорённость', 'Достигнута ясность', 'Достигнуто понимание'].map((head) => `${head}: ${BODY_RU}.`);
  const target = ['An understanding [dogovorion-nost] was reached', 'Some agreement [ponimanie] was reached'].map((head) => `${head}: ${BODY_EN}.`);
  assert.deepEqual(describe(align(source, target).pairs), ['0:0', '1:', '2:1']);
});

test('bracketed insertions do not count against the length of the English', () => {
  const source = pool.slice(0, 4).map(([ru]) => ru);
  const target = pool.slice(0, 4).map(([, en], k) => (k === 1 ? `${en} [Secretary of State Dean Rusk, the Soviet Ambassador and the President of the United States agreed on this in 1962]` : en));
  const result = align(source, target);
  assert.deepEqual(describe(result.pairs), ['0:0', '1:1', '2:2', '3:3']);
  assert.ok(!result.doubtful.some((doubt) => doubt.pair === 1 && doubt.reasons.some((reason) => reason.includes('longer'))));
});

test('a paragraph split by a page break (parse marks it continuing) pairs as one', () => {
  const cut = BODY_RU.lastIndexOf(' ', 60);
  const source = parse(`${BODY_RU.slice(0, cut)}\n\n${BODY_RU.slice(cut + 1)}.\n\nОтвет ожидается завтра.\n`);
  const target = parse(`${BODY_EN.charAt(0).toUpperCase()}${BODY_EN.slice(1)}.\n\nAn answer is expected tomorrow.\n`);
  assert.equal(source.paragraphs[0]?.continues, true);
  assert.deepEqual(describe(align(source, target).pairs), ['0,1:0', '2:1']);
});
