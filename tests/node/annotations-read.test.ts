import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAnnotationSet } from '@parallel-text/core';

const entry = { id: 'n1', side: 'target', quote: 'understanding', title: 'A title', body: 'A body.' };
const file = (annotations: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'parallel-text/annotations', version: 1, annotations, ...extra }, null, 2);

test('a valid file reads into its entries with optional fields kept', () => {
  const reading = readAnnotationSet(
    file([{ ...entry, prefix: 'the ', suffix: ' [', occurrence: 2, paragraph: 1, provenance: 'reconstruction', category: 'term' }], {
      document: 'telegram',
      description: 'Notes.',
    }),
  );
  assert.deepEqual(reading.diagnostics, []);
  assert.equal(reading.set.document, 'telegram');
  assert.deepEqual(reading.set.annotations, [
    { ...entry, prefix: 'the ', suffix: ' [', occurrence: 2, paragraph: 1, provenance: 'reconstruction', category: 'term' },
  ]);
});

test('an already-parsed object reads the same as its text', () => {
  const text = file([entry]);
  assert.deepEqual(readAnnotationSet(JSON.parse(text)).set, readAnnotationSet(text).set);
});

// Each row: a broken entry, the diagnostic code it must raise, and the JSON Pointer it must name.
const brokenEntries: [string, Record<string, unknown>, string, string][] = [
  ['no id', { ...entry, id: undefined }, 'invalid-id', '/annotations/0/id'],
  ['id with a space', { ...entry, id: 'a b' }, 'invalid-id', '/annotations/0/id'],
  ['id starting with a digit', { ...entry, id: '1a' }, 'invalid-id', '/annotations/0/id'],
  ['side neither source nor target', { ...entry, side: 'left' }, 'invalid-side', '/annotations/0/side'],
  ['blank quote', { ...entry, quote: '  \n ' }, 'invalid-quote', '/annotations/0/quote'],
  ['quote not a string', { ...entry, quote: 7 }, 'invalid-quote', '/annotations/0/quote'],
  ['empty title', { ...entry, title: '' }, 'invalid-title', '/annotations/0/title'],
  ['no body', { ...entry, body: undefined }, 'invalid-body', '/annotations/0/body'],
  ['occurrence 0', { ...entry, occurrence: 0 }, 'invalid-occurrence', '/annotations/0/occurrence'],
  ['occurrence 1.5', { ...entry, occurrence: 1.5 }, 'invalid-occurrence', '/annotations/0/occurrence'],
  ['negative paragraph', { ...entry, paragraph: -1 }, 'invalid-paragraph', '/annotations/0/paragraph'],
  ['unknown provenance', { ...entry, provenance: 'forged' }, 'invalid-provenance', '/annotations/0/provenance'],
  ['prefix not a string', { ...entry, prefix: ['x'] }, 'invalid-prefix', '/annotations/0/prefix'],
];

for (const [name, broken, code, path] of brokenEntries) {
  test(`an entry with ${name} is dropped with ${code} at ${path}`, () => {
    const reading = readAnnotationSet(file([broken, { ...entry, id: 'ok' }]));
    assert.deepEqual(reading.set.annotations.map((kept) => kept.id), ['ok']);
    const found = reading.diagnostics.find((diagnostic) => diagnostic.code === code);
    assert.ok(found, `expected ${code}, got ${JSON.stringify(reading.diagnostics)}`);
    assert.equal(found.severity, 'error');
    assert.equal(found.path, path);
  });
}

// Each row: a broken file, the diagnostic code and severity it must raise, and how many entries survive.
const brokenFiles: [string, string, string, 'error' | 'warning', number][] = [
  ['empty text', '', 'invalid-json', 'error', 0],
  ['a trailing comma', '{"format": "parallel-text/annotations", "annotations": [],}', 'invalid-json', 'error', 0],
  ['an array at the top', '[]', 'not-an-object', 'error', 0],
  ['another format', JSON.stringify({ format: 'w3c', annotations: [entry] }), 'wrong-format', 'error', 0],
  ['a future version', JSON.stringify({ format: 'parallel-text/annotations', version: 2, annotations: [entry] }), 'unsupported-version', 'error', 0],
  ['no annotations array', JSON.stringify({ format: 'parallel-text/annotations', annotations: {} }), 'missing-annotations', 'error', 0],
  ['no format field', JSON.stringify({ annotations: [entry] }), 'missing-format', 'warning', 1],
  ['a misspelt top-level field', file([entry], { anotations: [] }), 'unknown-field', 'warning', 1],
  ['a misspelt entry field', file([{ ...entry, qoute: 'x' }]), 'unknown-field', 'warning', 1],
  ['a duplicate id', file([entry, entry]), 'duplicate-id', 'error', 1],
  ['an entry that is a string', file(['note']), 'not-an-object', 'error', 0],
];

for (const [name, text, code, severity, kept] of brokenFiles) {
  test(`a file with ${name} reports ${code} and keeps ${kept} entr${kept === 1 ? 'y' : 'ies'}`, () => {
    const reading = readAnnotationSet(text);
    const found = reading.diagnostics.find((diagnostic) => diagnostic.code === code);
    assert.ok(found, `expected ${code}, got ${JSON.stringify(reading.diagnostics)}`);
    assert.equal(found.severity, severity);
    assert.equal(reading.set.annotations.length, kept);
  });
}

test('diagnostics point at the line and column of the offending value in the JSON text', () => {
  const text = file([entry, { ...entry, id: 'n2', side: 'left' }]);
  const diagnostic = readAnnotationSet(text).diagnostics.find((found) => found.code === 'invalid-side');
  assert.ok(diagnostic);
  const lines = text.split('\n');
  assert.equal(lines[diagnostic.line - 1]?.slice(diagnostic.column - 1), '"left",');
});

test('a missing field points at the object that lacks it', () => {
  const text = file([{ id: 'n1', side: 'target', quote: 'x', body: 'b' }]);
  const diagnostic = readAnnotationSet(text).diagnostics.find((found) => found.code === 'invalid-title');
  assert.ok(diagnostic);
  assert.equal(text.split('\n')[diagnostic.line - 1]?.charAt(diagnostic.column - 1), '{');
});

test('a JSON syntax error points at the line where it is', () => {
  const text = '{\n  "format": "parallel-text/annotations",\n  "annotations": [ , ]\n}';
  const diagnostic = readAnnotationSet(text).diagnostics[0];
  assert.equal(diagnostic?.code, 'invalid-json');
  assert.equal(diagnostic.line, 3);
});

test('an object input reports line 1, column 1 and still names the path', () => {
  const diagnostic = readAnnotationSet({ format: 'parallel-text/annotations', annotations: [{ ...entry, side: 'x' }] }).diagnostics[0];
  assert.deepEqual([diagnostic?.line, diagnostic?.column, diagnostic?.path], [1, 1, '/annotations/0/side']);
});
