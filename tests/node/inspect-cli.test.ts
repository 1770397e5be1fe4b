// `parallel-text inspect` as a user runs it: the built binary, real files and standard input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { repoRoot, seedTelegram } from '../support/paths.js';

interface Report {
  lang: string;
  meta: { title?: string; translator?: string; sourceNote?: string; provenance: { kind: string } };
  paragraphs: {
    index: number;
    text: string;
    insertions: { text: string; kind: string; start: number; end: number; confidence: number }[];
    noteRefs: { label: string; start: number; end: number }[];
    continues: boolean;
  }[];
  notes: { label: string; text: string }[];
  diagnostics: { severity: string; message: string; line: number; column: number }[];
}

async function inspectJson(args: readonly string[], stdin?: string): Promise<Report> {
  const result = await runCli(['inspect', ...args, '--format', 'json'], stdin);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as Report;
}

test('inspect --format json on the seed reports exactly its insertions and notes, in issue 3\u2019s shape', async () => {
  const report = await inspectJson([seedTelegram]);
  assert.deepEqual(Object.keys(report), ['lang', 'meta', 'paragraphs', 'notes', 'diagnostics']);
  const insertions = report.paragraphs.flatMap((paragraph) => paragraph.insertions.map((insertion) => [paragraph.index, insertion.text, insertion.kind]));
  assert.deepEqual(insertions, [
    [1, 'dogovorion-nost', 'transliteration'],
    [4, 'Secretary of State Dean', 'gloss'],
    [4, 'advisor on Soviet affairs Llewellyn', 'gloss'],
    [5, 'back', 'supplied'],
    [5, 'in the future', 'supplied'],
  ]);
  for (const paragraph of report.paragraphs) {
    assert.deepEqual(Object.keys(paragraph), ['index', 'text', 'insertions', 'noteRefs', 'continues']);
    for (const insertion of paragraph.insertions) {
      assert.deepEqual(Object.keys(insertion), ['text', 'kind', 'start', 'end', 'confidence']);
      assert.equal(paragraph.text.slice(insertion.start, insertion.end), `[${insertion.text}]`);
    }
    for (const ref of paragraph.noteRefs) assert.equal(paragraph.text.slice(ref.start, ref.end), ref.label);
  }
  assert.deepEqual(report.notes.map((note) => note.label), ['1', '2']);
  assert.deepEqual(report.paragraphs.flatMap((paragraph) => paragraph.noteRefs.map((ref) => [paragraph.index, ref.label])), [
    [0, '1'],
    [3, '2'],
  ]);
  assert.deepEqual(report.paragraphs.filter((paragraph) => paragraph.continues).map((paragraph) => paragraph.index), [6]);
  assert.equal(report.meta.translator, 'John Henriksen, Harvard University');
  assert.match(report.meta.sourceNote ?? '', /^Archive of Foreign Policy/);
  assert.deepEqual(report.diagnostics, []);
});

test('inspect (text) counts insertions by kind and shows each in its context', async () => {
  const result = await runCli(['inspect', seedTelegram]);
  assert.equal(result.code, 0);
  assert.match(result.stdout, /12 body paragraphs, 2 notes, 5 insertions: 1 transliteration, 2 supplied, 2 gloss, 0 editorial/);
  assert.match(result.stdout, /¶1 {2}transliteration .*the understanding \[dogovorion-nost\] with/);
  assert.match(result.stdout, /¶5 {2}supplied .*take this letter \[back\]/);
  assert.match(result.stdout, /Continued paragraphs \(page-break splits\): ¶6 → ¶7/);
  assert.match(result.stdout, /translator: John Henriksen, Harvard University/);
});

test('inspect - reads standard input; malformed text still exits 0, with diagnostics', async () => {
  const report = await inspectJson(['-'], 'One [broken bracket.\n\nA stray ] here.\n');
  assert.equal(report.paragraphs.length, 2);
  assert.deepEqual(report.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.column]), [[1, 5]]);
  assert.match(report.diagnostics[0]?.message ?? '', /later paragraph/);
});

test('inspect --overrides applies a sidecar; a broken sidecar is a bad argument (exit 2, one line)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-inspect-'));
  const sidecar = join(dir, 'overrides.json');
  writeFileSync(sidecar, JSON.stringify({ overrides: [{ paragraph: 5, match: '[back]', kind: 'editorial' }] }));
  const report = await inspectJson([seedTelegram, '--overrides', sidecar]);
  assert.equal(report.paragraphs.at(5)?.insertions.at(0)?.kind, 'editorial');
  assert.equal(report.paragraphs.at(5)?.insertions.at(0)?.confidence, 1);

  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ not json');
  const result = await runCli(['inspect', seedTelegram, '--overrides', broken]);
  assert.equal(result.code, 2);
  assert.equal(result.stderr.trim().split('\n').length, 1);
  assert.match(result.stderr, /cannot read overrides .*not JSON/);
});

const BAD_ARGUMENTS: readonly (readonly [string, readonly string[], RegExp])[] = [
  ['no file', ['inspect'], /expects exactly one FILE/],
  ['two files', ['inspect', 'a.txt', 'b.txt'], /expects exactly one FILE/],
  ['an unknown format', ['inspect', 'a.txt', '--format', 'xml'], /--format must be one of json, text/],
  ['an unknown form', ['inspect', 'a.txt', '--form', 'poem'], /--form must be one of/],
  ['an unknown option', ['inspect', 'a.txt', '--colour'], /Unknown option/],
  ['a missing file', ['inspect', '/nonexistent/x.txt'], /cannot read \/nonexistent\/x\.txt/],
];

for (const [name, args, message] of BAD_ARGUMENTS) {
  test(`inspect with ${name} exits 2 with one clear line`, async () => {
    const result = await runCli(args);
    assert.equal(result.code, 2);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, message);
    assert.equal(result.stdout, '');
  });
}

test('inspect --form plain and --lang are honoured', async () => {
  const report = await inspectJson([seedTelegram, '--form', 'plain', '--lang', 'en-US']);
  assert.equal(report.lang, 'en-US');
  assert.equal(report.paragraphs[1]?.text, 'Citation:');
});

test('inspect on the invented archive cable generalises: kinds of all 15 insertions', async () => {
  const report = await inspectJson([`${repoRoot}tests/fixtures/forms/archive-invented-cable.txt`]);
  const counts = new Map<string, number>();
  for (const insertion of report.paragraphs.flatMap((paragraph) => paragraph.insertions)) counts.set(insertion.kind, (counts.get(insertion.kind) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(counts), { gloss: 4, transliteration: 4, editorial: 5, supplied: 2 });
});
