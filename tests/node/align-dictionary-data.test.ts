import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDictionary } from '@parallel-text/core';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../support/paths.js';

/** The built-in dictionary's data files, read as text: the format rules the aligner relies on. */
const FILES = ['nouns', 'verbs', 'modifiers', 'domain'];
const LINE = /^[а-яё]+(?:-[а-яё]+)?\t[a-z]+(?: [a-z]+){0,5}$/u;

function entriesOf(name: string): string[] {
  const source = readFileSync(join(repoRoot, 'packages/core/src/align/dictionary', `${name}.ts`), 'utf8');
  const body = source.slice(source.indexOf('`') + 1, source.lastIndexOf('`'));
  return body.split('\n').filter((line) => line.length > 0);
}

for (const name of FILES) {
  test(`dictionary file ${name}: one lower-case lemma, a tab, one to six lower-case English words per line; no lemma twice`, () => {
    const lines = entriesOf(name);
    assert.ok(lines.length >= 1000, `${name} has ${String(lines.length)} entries`);
    assert.deepEqual(lines.filter((line) => !LINE.test(line)), []);
    const lemmas = lines.map((line) => line.slice(0, line.indexOf('\t')));
    assert.deepEqual(lemmas.filter((lemma, k) => lemmas.indexOf(lemma) !== k), []);
    // What the aligner reads is what the file says.
    assert.equal(parseDictionary(lines.join('\n')).length, lines.length);
  });
}

test('parseDictionary reads tabs, spaces and commas, skips # lines and lines without a tab, and accepts CRLF', () => {
  assert.deepEqual(parseDictionary('# glossary\r\nкварбла\tquorble, quorbles\r\nno tab\n\tnothing\nмурфель\t murfle  murf \n'), [
    ['кварбла', ['quorble', 'quorbles']],
    ['мурфель', ['murfle', 'murf']],
  ]);
});

test('stems.ts, which the aligner reads, is the entry files stemmed as they are now (else: pnpm --filter @parallel-text/core run stems)', async () => {
  // Internal modules of the built core: the stemmed form is no public API.
  const dictionaryDir = join(repoRoot, 'packages/core/dist/align/dictionary');
  const { builtInEntries } = (await import(pathToFileURL(join(dictionaryDir, 'entries.js')).href)) as { builtInEntries: () => readonly [string, string[]][] };
  const { stemDictionary, writeStems, builtInDictionary } = (await import(pathToFileURL(join(dictionaryDir, 'index.js')).href)) as {
    stemDictionary: (entries: Iterable<readonly [string, readonly string[]]>) => unknown;
    writeStems: (dictionary: unknown) => string;
    builtInDictionary: () => unknown;
  };
  const fresh = writeStems(stemDictionary(builtInEntries()));
  assert.ok(fresh.split('\n').length > 4000);
  assert.equal(writeStems(builtInDictionary()), fresh);
});

test('entries reach the forms Snowball stems apart from the lemma: the past and present of verbs (взяла, возьмёт, знают, пошла), the dropped vowels and other stems (отца, дня, имени, дочери, сыновей)', async () => {
  const dictionaryDir = join(repoRoot, 'packages/core/dist/align/dictionary');
  const { builtInDictionary, stemRussian } = (await import(pathToFileURL(join(dictionaryDir, 'index.js')).href)) as {
    builtInDictionary: () => { russian: ReadonlyMap<string, readonly string[]> };
    stemRussian: (word: string) => string;
  };
  const translations = (word: string) => builtInDictionary().russian.get(stemRussian(word)) ?? [];
  for (const [form, english] of [
    ['взяла', 'take'],
    ['взяли', 'take'],
    ['пошла', 'go'],
    ['пошёл', 'go'],
    ['пришли', 'come'],
    ['увидела', 'see'],
    ['увидит', 'see'],
    ['встала', 'stand'],
    ['мог', 'can'],
    ['возьмёт', 'take'],
    ['придёт', 'come'],
    ['знают', 'know'],
    ['имеют', 'have'],
    ['скажет', 'sai'],
    ['живёт', 'live'],
    ['держит', 'hold'],
    ['требует', 'demand'],
    ['отца', 'father'],
    ['дня', 'dai'],
    ['имени', 'name'],
    ['дочери', 'daughter'],
    ['сыновей', 'son'],
    ['любви', 'love'],
    ['куска', 'piec'],
  ] as const) {
    assert.ok(translations(form).includes(english), `${form}: ${translations(form).join(' ')}`);
  }
});

test('short common words keep their own translations: не gets none, она is not he, для is not «last» (длиться)', async () => {
  const dictionaryDir = join(repoRoot, 'packages/core/dist/align/dictionary');
  const { builtInDictionary, stemRussian } = (await import(pathToFileURL(join(dictionaryDir, 'index.js')).href)) as {
    builtInDictionary: () => { russian: ReadonlyMap<string, readonly string[]> };
    stemRussian: (word: string) => string;
  };
  const translations = (word: string) => builtInDictionary().russian.get(stemRussian(word)) ?? [];
  assert.deepEqual(translations('не'), []);
  assert.deepEqual(translations('на'), []);
  assert.ok(translations('она').includes('she') && !translations('она').includes('he'));
  assert.ok(translations('они').includes('them') && !translations('они').includes('she'));
  assert.deepEqual(translations('для'), ['for']);
  assert.ok(translations('её').includes('her'));
});

test('usesBuiltInDictionary reads the options as dictionaryFor does (a book learns from its anchors only without the built-in dictionary)', async () => {
  const dictionaryDir = join(repoRoot, 'packages/core/dist/align/dictionary');
  const { usesBuiltInDictionary } = (await import(pathToFileURL(join(dictionaryDir, 'index.js')).href)) as { usesBuiltInDictionary: (option: unknown) => boolean };
  assert.equal(usesBuiltInDictionary(undefined), true);
  assert.equal(usesBuiltInDictionary({ entries: [['кварбла', ['lantern']]] }), true);
  assert.equal(usesBuiltInDictionary({ entries: 'not a list', replace: true }), true);
  assert.equal(usesBuiltInDictionary(false), false);
  assert.equal(usesBuiltInDictionary({ entries: [['кварбла', ['lantern']]], replace: true }), false);
});
