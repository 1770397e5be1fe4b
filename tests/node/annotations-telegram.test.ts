/**
 * The demo's real annotation files against the real texts, parsed by core as the demo parses
 * them: every note must be placed, on exactly the words it is about, and the notes about the
 * reconstruction must vanish when another Russian text stands in its place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse, readAnnotationSet, resolveAnnotations } from '@parallel-text/core';
import { repoRoot } from '../support/paths.js';

const read = (path: string) => readFileSync(`${repoRoot}${path}`, 'utf8');
const annotations = read('demo/src/documents/telegram/annotations.json');
const russian = parse(read('demo/src/documents/telegram/ru.txt'), { lang: 'ru' });
const english = parse(read('demo/src/documents/telegram/en.txt'), { lang: 'en' });

test('the demo telegram English is the seed, byte for byte', () => {
  assert.equal(read('demo/src/documents/telegram/en.txt'), read('tests/fixtures/telegram-1962-10-30.en.txt'));
});

test('the Russian reconstruction says what it is, in its own data', () => {
  assert.equal(russian.meta.provenance.kind, 'reconstruction');
  assert.equal(russian.meta.provenance.label, 'Reconstruction — not the archival text');
  assert.match(russian.meta.provenance.note ?? '', /not available to this project/u);
  assert.deepEqual(russian.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'), []);
});

test('the reconstruction follows the English body paragraph for paragraph, joining only the page-break split', () => {
  // Body paragraphs, the date-and-signature line included: eleven and the split in English, ten in Russian.
  assert.equal(english.paragraphs.length, 12);
  assert.equal(russian.paragraphs.length, 11);
  assert.equal(english.paragraphs[6]?.continues, true);
  assert.deepEqual(russian.paragraphs.slice(-2).map((paragraph) => paragraph.text), ['Прошу указаний.', '30.X.62 А.ДОБРЫНИН']);
  assert.equal(english.paragraphs.at(-1)?.text, '30.X.62 A.DOBRYNIN');
  // 'understanding' twelve times in the English, договорённость twelve times in the reconstruction.
  const count = (text: string, word: RegExp) => text.match(word)?.length ?? 0;
  const englishBody = english.paragraphs.map((paragraph) => paragraph.text).join('\n');
  const russianBody = russian.paragraphs.map((paragraph) => paragraph.text).join('\n');
  assert.equal(count(englishBody, /understanding/gu), 12);
  assert.equal(count(russianBody, /договорённост/gu), 12);
});

test('every telegram note is placed, on the words it names', () => {
  const result = resolveAnnotations(annotations, { source: russian, target: english });
  assert.deepEqual(result.diagnostics, []);
  assert.deepEqual(result.skipped, []);
  const entries = readAnnotationSet(annotations).set.annotations;
  assert.equal(result.marks.length, entries.length);
  for (const mark of result.marks) {
    const entry = entries.find((candidate) => candidate.id === mark.id);
    const document = mark.side === 'source' ? russian : english;
    assert.equal(document.paragraphs[mark.paragraph]?.text.slice(mark.start, mark.end), entry?.quote, mark.id);
    assert.equal(mark.paragraph, entry?.paragraph, `${mark.id} is not where the file expects it`);
  }
});

test('notes about the reconstruction vanish when another Russian text is shown', () => {
  const archival = parse('---\nprovenance: archival\n---\n\nСегодня Р.Кеннеди пригласил меня к себе. Он подтверждает договорённость.\n', { lang: 'ru' });
  const result = resolveAnnotations(annotations, { source: archival, target: english });
  assert.deepEqual([...result.skipped].sort(), ['ru-dogovorennost', 'ru-interests', 'ru-letter-back', 'ru-surnames']);
  assert.ok(result.marks.every((mark) => mark.side === 'target'));
});

test('the notes ask about the lost Russian rather than assert it', () => {
  for (const entry of readAnnotationSet(annotations).set.annotations) {
    if (entry.provenance === 'reconstruction') continue;
    assert.doesNotMatch(entry.body, /\b(the (original|archival) Russian (says|reads|has)|Dobrynin wrote)\b/iu, entry.id);
  }
});
