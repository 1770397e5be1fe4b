// An author's explicit classification: the inline marker `[x]{.kind}` and the sidecar overrides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, readOverrides, serialize, type InsertionSpan, type TextDocument } from '@parallel-text/core';

const TEXT = 'He took it [back] and spoke of [mir].\n\nThen [back] again, and [mir]{.supplied} once.';

function insertions(document: TextDocument): InsertionSpan[] {
  return document.paragraphs.flatMap((paragraph) => paragraph.spans.filter((span): span is InsertionSpan => span.type === 'insertion'));
}

test('an inline {.kind} marker sets the kind and stays in the text as a marker span', () => {
  const document = parse(TEXT);
  const marked = insertions(document).at(3);
  assert.ok(marked);
  assert.equal(marked.content, 'mir');
  assert.equal(marked.kind, 'supplied');
  assert.equal(marked.overridden, true);
  assert.equal(marked.confidence, 1);
  const marker = document.paragraphs[1]?.spans.find((span) => span.type === 'text' && span.role === 'override-marker');
  assert.equal(marker?.text, '{.supplied}');
  assert.equal(serialize(document), TEXT);
  assert.equal(insertions(document).at(1)?.kind, 'transliteration', 'unmarked [mir] is still classified');
});

test('a sidecar override by paragraph and match sets the kind, keeps the text', () => {
  const document = parse(TEXT, { overrides: [{ paragraph: 0, match: '[mir]', kind: 'gloss', reason: 'Names the village Mir.' }] });
  const first = insertions(document).at(1);
  assert.ok(first);
  assert.equal(first.kind, 'gloss');
  assert.equal(first.reason, 'Names the village Mir.');
  assert.equal(first.overridden, true);
  assert.equal(insertions(document).at(3)?.kind, 'supplied', 'the other paragraph is untouched');
  assert.deepEqual(document.diagnostics, []);
  assert.equal(serialize(document), TEXT);
});

test('an override without a paragraph applies to every match; occurrence picks one', () => {
  const all = parse(TEXT, { overrides: [{ match: 'back', kind: 'editorial' }] });
  assert.deepEqual(insertions(all).filter((span) => span.content === 'back').map((span) => span.kind), ['editorial', 'editorial']);
  const second = parse(TEXT, { overrides: [{ match: 'back', occurrence: 2, kind: 'editorial' }] });
  assert.deepEqual(insertions(second).filter((span) => span.content === 'back').map((span) => span.kind), ['supplied', 'editorial']);
});

test('overrides that match nothing or are malformed are diagnostics, not exceptions', () => {
  const document = parse(TEXT, {
    overrides: [
      { paragraph: 0, match: '[nothing]', kind: 'gloss' },
      { paragraph: 9, match: '[back]', kind: 'gloss' },
      JSON.parse('{"match": "[back]", "kind": "poetry"}') as never,
    ],
  });
  assert.deepEqual(document.diagnostics.map((diagnostic) => diagnostic.code), ['override-unmatched', 'override-invalid', 'override-invalid']);
  assert.deepEqual(insertions(document).map((span) => span.overridden), [false, false, false, true]);
});

test('readOverrides accepts {overrides: [...]} or an array and reports what it cannot use', () => {
  assert.equal(readOverrides({ overrides: [{ match: '[back]', kind: 'supplied' }] }).overrides.length, 1);
  assert.equal(readOverrides([{ match: '[back]', kind: 'supplied', paragraph: 3 }]).overrides[0]?.paragraph, 3);
  assert.deepEqual(readOverrides({ overrides: [{ kind: 'gloss' }] }).problems, ['override 1: needs "match" and "kind" strings']);
  assert.equal(readOverrides('nonsense').problems.length, 1);
  assert.equal(readOverrides(null).problems.length, 1);
});
