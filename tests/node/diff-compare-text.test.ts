import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareText, type DiffOp, type TextComparison } from '@parallel-text/core';

/** Editor's markup: {+inserted+} and [-deleted-], the way a reader would see the changes. */
function markup(ops: readonly DiffOp[]): string {
  return ops.map(({ op, text }) => (op === 'equal' ? text : op === 'insert' ? `{+${text}+}` : `[-${text}-]`)).join('');
}

function sideA(result: TextComparison): string {
  return result.ops.filter((op) => op.op !== 'insert').map((op) => op.text).join('');
}

function sideB(result: TextComparison): string {
  return result.ops.filter((op) => op.op !== 'delete').map((op) => op.text).join('');
}

describe('compareText: word-level markup', () => {
  const cases: readonly { name: string; a: string; b: string; expected: string }[] = [
    { name: 'an added English word', a: 'The cat sat.', b: 'The black cat sat.', expected: 'The{+ black+} cat sat.' },
    { name: 'a word replaced, never letters inside it', a: 'the lessing of tension', b: 'the lessening of tension', expected: 'the [-lessing-]{+lessening+} of tension' },
    { name: 'the edition typo "we will meeting"', a: 'we will meeting with each other', b: 'we will be meeting with each other', expected: 'we will{+ be+} meeting with each other' },
    { name: 'a phrase rewritten reads as one change', a: 'The big cat', b: 'A small dog', expected: '[-The big cat-]{+A small dog+}' },
    { name: 'a supplied word unbracketed', a: 'take this letter [back], since', b: 'take this letter back, since', expected: 'take this letter [-[back]-]{+back+}, since' },
    { name: 'a gloss dropped', a: 'they are [Secretary of State Dean] Rusk and', b: 'they are Rusk and', expected: 'they are[- [Secretary of State Dean]-] Rusk and' },
    { name: 'punctuation is its own unit', a: 'Kennedy said, once again', b: 'Kennedy said once again', expected: 'Kennedy said[-,-] once again' },
    { name: 'a possessive stays one word', a: "Khrushchev's letter", b: 'Khrushchev letter', expected: "[-Khrushchev's-]{+Khrushchev+} letter" },
    { name: 'a Russian word added', a: 'Прошу указаний.', b: 'Прошу срочных указаний.', expected: 'Прошу{+ срочных+} указаний.' },
    { name: 'a Russian word replaced whole', a: 'Роберт Кеннеди сказал', b: 'Р. Кеннеди сказал', expected: '[-Роберт-]{+Р.+} Кеннеди сказал' },
    { name: 'Russian case endings change the word, not a letter soup', a: 'с Н.С. Хрущевым об устранении', b: 'с Н.С. Хрущёвым об устранении', expected: 'с Н.С. [-Хрущевым-]{+Хрущёвым+} об устранении' },
    { name: 'a stress mark (combining acute) stays on its word', a: 'сло́во и дело', b: 'слово и дело', expected: '[-сло́во-]{+слово+} и дело' },
    { name: 'a paragraph break is a change of whitespace', a: 'and that he hoped that\n\neverything would', b: 'and that he hoped that everything would', expected: 'and that he hoped that[-\n\n-]{+ +}everything would' },
    { name: 'an emoji sequence is never split', a: 'кот 🐈‍⬛ спит', b: 'кот 🐈 спит', expected: 'кот [-🐈‍⬛-]{+🐈+} спит' },
    { name: 'identical texts', a: 'Прошу указаний.', b: 'Прошу указаний.', expected: 'Прошу указаний.' },
    { name: 'A empty', a: '', b: 'I request instructions.', expected: '{+I request instructions.+}' },
    { name: 'B empty', a: 'I request instructions.', b: '', expected: '[-I request instructions.-]' },
    { name: 'both empty', a: '', b: '', expected: '' },
    { name: 'two languages share nothing but punctuation', a: 'Прошу указаний.', b: 'I request instructions.', expected: '[-Прошу указаний-]{+I request instructions+}.' },
  ];
  for (const { name, a, b, expected } of cases) {
    test(name, () => {
      assert.equal(markup(compareText(a, b).ops), expected);
    });
  }
});

describe('compareText: character-level markup', () => {
  const cases: readonly { name: string; a: string; b: string; expected: string }[] = [
    { name: 'letters inside a word', a: 'the lessing of tension', b: 'the lessening of tension', expected: 'the less{+en+}ing of tension' },
    { name: 'ё for е', a: 'Хрущевым', b: 'Хрущёвым', expected: 'Хрущ[-е-]{+ё+}вым' },
    { name: 'a base letter keeps its combining mark', a: 'сло́во', b: 'слово', expected: 'сл[-о́-]{+о+}во' },
    { name: 'a surrogate pair stays whole', a: 'a 𝔸 b', b: 'a 𝔹 b', expected: 'a [-𝔸-]{+𝔹+} b' },
  ];
  for (const { name, a, b, expected } of cases) {
    test(name, () => {
      const result = compareText(a, b, { granularity: 'char' });
      assert.equal(markup(result.ops), expected);
      assert.equal(result.granularity, 'char');
    });
  }
});

describe('compareText: counts', () => {
  test('counts words and characters kept, inserted and deleted', () => {
    const { stats } = compareText('take this letter [back], since', 'take this letter back, since');
    assert.equal(stats.insertedWords, 1);
    assert.equal(stats.deletedWords, 1);
    assert.equal(stats.equalWords, 4);
    assert.equal(stats.insertedChars, 4);
    assert.equal(stats.deletedChars, 6);
    assert.equal(stats.changes, 1);
    assert.equal(stats.insertions, 1);
    assert.equal(stats.deletions, 1);
  });

  test('identical texts are fully similar with no changes; disjoint ones are not', () => {
    assert.deepEqual([compareText('Прошу указаний.', 'Прошу указаний.').stats.similarity, compareText('a', 'a').stats.changes], [1, 0]);
    assert.equal(compareText('', '').stats.similarity, 1);
    assert.equal(compareText('abc', 'xyz').stats.similarity, 0);
  });

  test('counts each separate place of change once', () => {
    assert.equal(compareText('one two three four five', 'one TWO three four FIVE').stats.changes, 2);
  });
});

describe('compareText: bad input and limits', () => {
  test('a 1 MB paragraph against an edited copy: exact, in word mode', () => {
    const words = ['понимание', 'understanding', 'letter', 'письмо', 'Kennedy', 'Кеннеди', 'the', 'и', 'of', 'в'];
    const parts: string[] = [];
    let seed = 7;
    let length = 0;
    while (length < 1_000_000) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const word = words[seed % words.length] ?? 'x';
      parts.push(word);
      length += word.length + 1;
    }
    const a = parts.join(' ');
    const edited = [...parts];
    for (let index = 1000; index < edited.length; index += 5000) edited[index] = 'CHANGED';
    const b = edited.join(' ');
    assert.ok(a.length >= 1_000_000);
    const result = compareText(a, b);
    assert.equal(sideA(result), a);
    assert.equal(sideB(result), b);
    if (!result.timedOut) assert.equal(result.stats.insertedWords, Math.ceil((edited.length - 1000) / 5000));
  });

  test('book-length texts that differ in every paragraph are still compared word by word', () => {
    const vocabulary = ['declaration', 'rights', 'freedom', 'person', 'law', 'nations', 'equal', 'dignity', 'право', 'свобода', 'человек', 'закон'];
    let seed = 1962;
    const words = Array.from({ length: 60_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return `${vocabulary[seed % vocabulary.length] ?? ''}${(seed >> 8) % 400}`;
    });
    const paragraphs = (list: readonly string[]) => Array.from({ length: list.length / 100 }, (_, index) => list.slice(index * 100, index * 100 + 100).join(' ')).join('\n\n');
    const edited = words.map((word, index) => (index % 50 === 7 ? 'EDITED' : word));
    const a = paragraphs(words);
    const b = paragraphs(edited);
    const result = compareText(a, b, { timeout: 0 });
    assert.equal(sideA(result), a);
    assert.equal(sideB(result), b);
    assert.equal(result.stats.insertedWords, 60_000 / 50);
    assert.equal(result.stats.deletedWords, 60_000 / 50);
    assert.equal(result.stats.changes, 60_000 / 50);
  });

  test('a time limit that is reached is reported, and the result is still exact', () => {
    const a = Array.from({ length: 40_000 }, (_, index) => `w${(index * 7919) % 10007}`).join(' ');
    const b = Array.from({ length: 40_000 }, (_, index) => `w${(index * 104729) % 10007}`).join(' ');
    const result = compareText(a, b, { timeout: 1 });
    assert.equal(result.timedOut, true);
    assert.ok(result.notices.some((notice) => notice.code === 'timeout'));
    assert.equal(sideA(result), a);
    assert.equal(sideB(result), b);
  });

  test('no limit (timeout 0) is never reported as reached', () => {
    const result = compareText('one two three', 'one three two', { timeout: 0 });
    assert.equal(result.timedOut, false);
    assert.deepEqual(result.notices, []);
  });

  test('more distinct words than the code space holds falls back to characters, and says so', () => {
    const a = Array.from({ length: 70_000 }, (_, index) => `a${index.toString(36)}`).join(' ');
    const b = a.replace('a0 ', 'b0 ');
    const result = compareText(a, b);
    assert.equal(result.granularity, 'char');
    assert.ok(result.notices.some((notice) => notice.code === 'granularity-fallback'));
    assert.equal(sideB(result), b);
  });

  test('hostile markup is compared as the characters it is', () => {
    const result = compareText('<script>alert(1)</script>', '<img src=x onerror=alert(1)>');
    assert.equal(sideA(result), '<script>alert(1)</script>');
    assert.equal(sideB(result), '<img src=x onerror=alert(1)>');
  });
});

describe('compareText: properties', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.array(fc.constantFrom('кот', 'Кеннеди', 'the', 'letter', ' ', '\n\n', ',', '[', ']', 'сло́во', '🐈‍⬛', '\r\n'), { maxLength: 30 }).map((parts) => parts.join('')),
  );

  test('the ops rebuild both texts exactly and never throw, in both granularities', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom('word' as const, 'char' as const), (a, b, granularity) => {
        const result = compareText(a, b, { granularity });
        assert.equal(sideA(result), a);
        assert.equal(sideB(result), b);
        assert.ok(result.ops.every((op) => op.text !== ''));
      }),
      { numRuns: 1000 },
    );
  });

  test('a word diff never cuts inside a word', () => {
    const wordy = fc.array(fc.constantFrom('кот', 'котик', 'letter', 'letters', ' ', ', ', 'сло́во'), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(wordy, wordy, (a, b) => {
        let offset = 0;
        for (const op of compareText(a, b).ops) {
          if (op.op === 'insert') continue;
          offset += op.text.length;
          const before = a.charAt(offset - 1);
          const after = a.charAt(offset);
          assert.ok(!(/[\p{L}\p{M}]/u.test(before) && /[\p{L}\p{M}]/u.test(after)), `cut inside a word at ${offset} in ${JSON.stringify(a)}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});
