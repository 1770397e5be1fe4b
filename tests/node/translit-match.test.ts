import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchKey, romanize, similarKeys, skeleton, SIMILAR_THRESHOLD, type TranslitScheme } from '@parallel-text/core';

// The same name or term written in Cyrillic and in the spellings translators actually print.
const SAME_WORD: readonly (readonly [string, string])[] = [
  ['Кеннеди', 'Kennedy'],
  ['Томпсон', 'Thompson'],
  ['НАТО', 'NATO'],
  ['Добрынин', 'Dobrynin'],
  ['договорённость', 'dogovorion-nost'],
  ['договорённость', 'dogovorionnost'],
  ['договорённость', 'dogovorennost'],
  ['договорённость', 'dogovorënnostʹ'],
  ['договоренность', 'dogovoryonnost'],
  ['Хрущёв', 'Khrushchev'],
  ['Хрущёв', 'Khrushchyov'],
  ['Хрущёв', 'Khruschev'],
  ['Хрущёв', 'Hruŝëv'],
  ['Хрущёв', 'Xruščëv'],
  ['Хрущев', 'KHRUSHCHEV'],
  ['Юлия', 'Iuliia'],
  ['Юлия', 'Yuliya'],
  ['Юлия', 'Julija'],
  ['советский', 'sovetskii'],
  ['советский', 'sovetskiy'],
  ['советский', 'sovetsky'],
  ['Громыко', 'Gromyko'],
  ['Жуков', 'Zhukov'],
  ['Жуков', 'Žukov'],
  ['Ельцин', 'Yeltsin'],
  ['Чайковский', 'Tchaikovsky'],
  ['Чайковский', 'Tschaikowski'],
  ['Америка', 'America'],
  ['Куба', 'Cuba'],
  ['Александр', 'Aleksandr'],
  ['объявить', 'ob"yavit\''],
  ['Ёлка', 'Yëlka'],
];

for (const [cyrillic, latin] of SAME_WORD) {
  test(`matchKey: ${cyrillic} and ${latin} get the same key`, () => {
    assert.equal(matchKey(latin), matchKey(cyrillic));
    assert.equal(similarKeys(cyrillic, latin), 1);
  });
}

// Different words: keys must stay apart, or the aligner would link anything to anything.
const DIFFERENT: readonly (readonly [string, string])[] = [
  ['Кеннеди', 'Thompson'],
  ['Раск', 'back'],
  ['Хрущёв', 'Dobrynin'],
  ['договорённость', 'understanding'],
  ['Турция', 'Cuba'],
  ['письмо', 'President'],
];

for (const [a, b] of DIFFERENT) {
  test(`similarKeys: ${a} and ${b} are not similar`, () => {
    assert.notEqual(matchKey(a), matchKey(b));
    assert.ok(similarKeys(a, b) < SIMILAR_THRESHOLD, `${a} ~ ${b} scored ${similarKeys(a, b)}`);
  });
}

// Close but not equal: a vowel changed in translation, a cognate with an English ending.
const CLOSE: readonly (readonly [string, string, number])[] = [
  ['Раск', 'Rusk', 0.9],
  ['президент', 'President', 0.9],
  ['Хрущёв', 'Chruschtschow', 0.9],
  ['дипломатия', 'diplomacy', SIMILAR_THRESHOLD],
  ['Александр', 'Alexander', SIMILAR_THRESHOLD],
];

for (const [a, b, atLeast] of CLOSE) {
  test(`similarKeys: ${a} and ${b} score at least ${atLeast}`, () => {
    const score = similarKeys(a, b);
    assert.ok(score >= atLeast && score < 1, `${a} ~ ${b} scored ${score}`);
  });
}

const SKELETONS: readonly (readonly [string, string])[] = [
  ['Раск', 'rsk'],
  ['Rusk', 'rsk'],
  ['президент', 'prstnt'],
  ['President', 'prstnt'],
  ['Хрущёв', 'hrščf'],
  ['Chruschtschow', 'hrščf'],
  ['Ольга', 'olk'],
];

for (const [word, expected] of SKELETONS) {
  test(`skeleton(${word}) is ${expected}`, () => {
    assert.equal(skeleton(word), expected);
  });
}

// Whatever scheme romanized a word, the key must come back to the Cyrillic word's key.
const ROUND_TRIP_SCHEMES: readonly TranslitScheme[] = [
  'ala-lc', 'ala-lc-plain', 'bgn-pcgn', 'bs-2979', 'iso-9', 'gost-7.79-b', 'gost-7.0.34',
  'iso-9-1968', 'scientific', 'ungegn-1987', 'wikipedia', 'mosmetro',
];
const WORDS = (
  'Кеннеди Томпсон Раск Хрущёв Добрынин договорённость Юлия советский Щеглова Жуков Чайковский ' +
  'Ельцин Цицерон Шеварднадзе Евгений Ёлка подъезд Солженицын Маяковский Достоевский Толстой ' +
  'Громыко Вьетнам Брежнев Большаков Дзержинский Турция инструкций'
).split(' ');

for (const scheme of ROUND_TRIP_SCHEMES) {
  test(`matchKey folds every word romanized under ${scheme} back to its Cyrillic key`, () => {
    const misses = WORDS.filter((word) => matchKey(romanize(word, scheme)) !== matchKey(word));
    assert.deepEqual(
      misses.map((word) => `${word} → ${romanize(word, scheme)}`),
      [],
    );
  });
}

test('matchKey ignores case, hyphens, soft signs and combining tie bars', () => {
  assert.equal(matchKey('I͡ULII͡A'), matchKey('Юлия'));
  assert.equal(matchKey('Rostov-na-Donu'), matchKey('Ростов-на-Дону'));
  assert.equal(matchKey('Kazan\u2019'), matchKey('Казань'));
});

test('matchKey of an empty string or of punctuation is empty or unchanged, never an exception', () => {
  assert.equal(matchKey(''), '');
  assert.equal(matchKey('1962'), '1962');
  assert.equal(similarKeys('', 'Раск'), 0);
});

test('matchKey is stable when called again (the cache returns what was computed)', () => {
  const first = matchKey('Шеварднадзе');
  for (let i = 0; i < 25_000; i += 1) matchKey(`слово${i}`);
  assert.equal(matchKey('Шеварднадзе'), first);
});
