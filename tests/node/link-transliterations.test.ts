// Linking a transliteration to the source word it renders, once paragraphs are aligned. The
// Russian sentences here are written for the tests (labelled so): no archival Russian text of
// the telegram is available, and none is presented as such.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkTransliterations, parse, type AlignmentPair, type InsertionSpan, type TextDocument } from '@parallel-text/core';

const INVENTED_RUSSIAN = [
  'Президент подтверждает договорённость с Н.С. Хрущёвым.',
  'Министр предложил совещание в Женеве и говорил по-деловому.',
  'Общественность ещё не готова.',
].join('\n\n');

const ENGLISH = [
  'The President confirms the understanding [dogovorion-\nnost] with N.S. Khrushchev.',
  'The minister proposed a meeting [soveshchanie] in Geneva and spoke business-like [po-delovomu].',
  'Public opinion [obshchestvennost\u2019] is not yet prepared, he took it [back].',
].join('\n\n');

const source = parse(INVENTED_RUSSIAN, { provenance: { kind: 'reconstruction', label: 'Invented for tests' } });
const target = parse(ENGLISH);
const PAIRS: readonly AlignmentPair[] = [0, 1, 2].map((index) => ({ source: [index], target: [index], score: 1 }));

function transliterations(document: TextDocument): InsertionSpan[] {
  return document.paragraphs.flatMap((paragraph) => paragraph.spans.filter((span): span is InsertionSpan => span.type === 'insertion' && span.kind === 'transliteration'));
}

const EXPECTED: readonly (readonly [string, string, number])[] = [
  ['dogovorion-\nnost', 'договорённость', 0],
  ['soveshchanie', 'совещание', 1],
  ['po-delovomu', 'по-деловому', 1],
  ['obshchestvennost\u2019', 'Общественность', 2],
];

test('each transliteration is linked to the source word it renders', () => {
  const linked = linkTransliterations(target, source, PAIRS);
  const found = transliterations(linked).map((span) => [span.content, span.renders?.text, span.renders?.paragraph] as const);
  assert.deepEqual(found, EXPECTED);
  for (const span of transliterations(linked)) {
    const renders = span.renders;
    assert.ok(renders);
    assert.equal(INVENTED_RUSSIAN.slice(renders.start, renders.end), renders.text);
    assert.ok(renders.confidence >= 0.75 && renders.confidence <= 1);
  }
});

test('the scheme is named when one romanizes the source word exactly as printed', () => {
  const linked = linkTransliterations(target, source, PAIRS);
  const soveshchanie = transliterations(linked).find((span) => span.content === 'soveshchanie');
  assert.match(soveshchanie?.renders?.scheme ?? '', /ala-lc-plain|bgn-pcgn|wikipedia/);
  const dogovorennost = transliterations(linked).find((span) => span.content.startsWith('dogovorion'));
  assert.equal(dogovorennost?.renders?.scheme, undefined, 'no scheme writes ё as "io": the link rests on the match key');
});

test('without an alignment pair, nothing is linked; other kinds are never linked', () => {
  const linked = linkTransliterations(target, source, []);
  assert.ok(transliterations(linked).every((span) => span.renders === undefined));
  const all = linkTransliterations(target, source, PAIRS).paragraphs.flatMap((paragraph) => paragraph.spans);
  assert.ok(all.every((span) => span.type !== 'insertion' || span.kind === 'transliteration' || span.renders === undefined));
});

test('a link goes only to the aligned paragraph, never to a word elsewhere', () => {
  const crossed: AlignmentPair[] = [
    { source: [0], target: [1], score: 0.5 },
    { source: [1], target: [0], score: 0.5 },
    { source: [2], target: [2], score: 1 },
  ];
  const linked = linkTransliterations(target, source, crossed);
  const dogovorennost = transliterations(linked).find((span) => span.content.startsWith('dogovorion'));
  assert.equal(dogovorennost?.renders, undefined);
});

test('the input documents are not modified', () => {
  const before = JSON.stringify(target);
  linkTransliterations(target, source, PAIRS);
  assert.equal(JSON.stringify(target), before);
});

test('a 1:2 pair searches both source paragraphs', () => {
  const linked = linkTransliterations(target, source, [
    { source: [0, 1], target: [0, 1], score: 0.8 },
    { source: [2], target: [2], score: 1 },
  ]);
  const found = transliterations(linked).map((span) => span.renders?.text);
  assert.deepEqual(found, ['договорённость', 'совещание', 'по-деловому', 'Общественность']);
});
