import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isCyrillicWord, isLatinWord, romanize, TRANSLIT_SCHEMES, isTranslitScheme, type TranslitScheme } from '@parallel-text/core';

const ROMANIZED: readonly (readonly [TranslitScheme, string, string])[] = [
  ['ala-lc', 'Хрущёв', 'Khrushchëv'],
  ['ala-lc', 'Юлия', 'I͡ulii͡a'],
  ['ala-lc-plain', 'договорённость', "dogovorennost'"],
  ['bgn-pcgn', 'Ёлка', 'Yëlka'],
  ['iso-9', 'Щеглова', 'Ŝeglova'],
  ['gost-7.79-a', 'Хрущёв', 'Hruŝëv'],
  ['gost-7.79-b', 'Хрущёв', 'Xrushhyov'],
  ['scientific', 'Хрущёв', 'Xruščëv'],
  ['wikipedia', 'Хрущёв', 'Khrushchyov'],
  ['wikipedia', 'договорённость', 'dogovoryonnost'],
  ['icao', 'Юлия', 'Iuliia'],
  ['bgn-pcgn', 'Добрынин', 'Dobrynin'],
];

for (const [scheme, cyrillic, latin] of ROMANIZED) {
  test(`romanize(${cyrillic}, ${scheme}) is ${latin}`, () => {
    assert.equal(romanize(cyrillic, scheme), latin);
  });
}

test('romanize defaults to ALA-LC', () => {
  assert.equal(romanize('Раск'), romanize('Раск', 'ala-lc'));
  assert.equal(romanize('Щука'), 'Shchuka');
});

test('romanize leaves every non-Cyrillic character exactly as it was', () => {
  assert.equal(romanize('«Привет», мир!\n\t1962 — OK', 'wikipedia'), '«Privet», mir!\n\t1962 — OK');
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      fc.pre(!/\p{Script=Cyrillic}/u.test(text));
      assert.equal(romanize(text, 'scientific'), text);
    }),
    { numRuns: 2000 },
  );
});

test('romanize leaves no Cyrillic letter behind in any scheme', () => {
  const text = 'Ёлка ёж ЁЖ Щука Юлия Эхо объём; Київ Ґанок Беларусь Ўлада';
  for (const scheme of TRANSLIT_SCHEMES) {
    assert.doesNotMatch(romanize(text, scheme), /\p{Script=Cyrillic}/u, scheme);
  }
});

test('romanize never throws on arbitrary Unicode', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom(...TRANSLIT_SCHEMES), (text, scheme) => {
      assert.equal(typeof romanize(text, scheme), 'string');
    }),
    { numRuns: 2000 },
  );
});

test('isTranslitScheme accepts the listed names only', () => {
  assert.ok(TRANSLIT_SCHEMES.every(isTranslitScheme));
  assert.equal(isTranslitScheme('klingon'), false);
  assert.equal(isTranslitScheme('toString'), false);
});

const SCRIPTS: readonly (readonly [string, boolean, boolean])[] = [
  ['Раск', true, false],
  ['Ростов-на-Дону', true, false],
  ['Rusk', false, true],
  ['dogovorion-nost', false, true],
  ['obʺjavitʹ', false, true],
  ['I͡uliia', false, true],
  ['Раск Rusk', false, false],
  ['Rаsk', false, false], // a Cyrillic а hiding in a Latin word
  ['1962', false, false],
  ['', false, false],
  ['-', false, false],
];

for (const [text, cyrillic, latin] of SCRIPTS) {
  test(`isCyrillicWord(${JSON.stringify(text)}) is ${cyrillic}, isLatinWord ${latin}`, () => {
    assert.equal(isCyrillicWord(text), cyrillic);
    assert.equal(isLatinWord(text), latin);
  });
}
