import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { repoRoot, seedTelegram } from '../support/paths.js';

const edited = `${repoRoot}tests/fixtures/diff/telegram-1962-10-30.edited.en.txt`;

interface JsonReport {
  alignment: string;
  paragraphs: { source: number[]; a: number[]; b: number[]; ops: { op: string; text: string }[] }[];
  stats: { changes: number; insertedWords: number; deletedWords: number; similarity: number };
  timedOut: boolean;
  notices: { code: string }[];
}

function side(ops: readonly { op: string; text: string }[], which: 'a' | 'b'): string {
  return ops.filter((op) => op.op !== (which === 'a' ? 'insert' : 'delete')).map((op) => op.text).join('');
}

describe('parallel-text diff', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pt-diff-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('JSON: one entry per aligned pair of A and B, with 0-based indices and ops that rebuild both', async () => {
    const result = await runCli(['diff', seedTelegram, edited]);
    assert.equal(result.code, 0);
    const report = JSON.parse(result.stdout) as JsonReport;
    assert.equal(report.alignment, 'pairwise');
    assert.ok(report.paragraphs.every((row) => row.source.length === 0));
    const split = report.paragraphs.find((row) => row.a.includes(2));
    assert.deepEqual(split?.b, [2, 3]);
    const typo = report.paragraphs.find((row) => row.ops.some((op) => op.op === 'insert' && op.text === 'lessening'));
    assert.ok(typo, 'the corrected typo is one replaced word');
    assert.ok(typo.ops.some((op) => op.op === 'delete' && op.text === 'lessing'));
    assert.equal(report.stats.changes, 6);
    assert.equal(report.timedOut, false);
    const seedText = readFileSync(seedTelegram, 'utf8');
    for (const row of report.paragraphs) assert.ok(seedText.includes(side(row.ops, 'a').split('\n\n')[0] ?? ''));
  });

  test('--source aligns both to one source and reports source paragraphs', async () => {
    const source = join(dir, 'source.txt');
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(source, 'Все люди рождаются свободными и равными в своем достоинстве и правах.\n\nКаждый человек имеет право на жизнь, на свободу и на личную неприкосновенность.\n');
    writeFileSync(a, 'All human beings are born free and equal in dignity and rights.\n\nEveryone has the right to life, liberty and security of person.\n');
    writeFileSync(b, 'All human beings are born free and equal in dignity and rights.\n\nEveryone has the right to life, freedom and security of person.\n');
    const result = await runCli(['diff', a, b, '--source', source]);
    assert.equal(result.code, 0);
    const report = JSON.parse(result.stdout) as JsonReport;
    assert.equal(report.alignment, 'source');
    assert.deepEqual(report.paragraphs.map((row) => [row.source, row.a, row.b]), [[[0], [0], [0]], [[1], [1], [1]]]);
    assert.deepEqual(report.paragraphs[1]?.ops.filter((op) => op.op !== 'equal'), [
      { op: 'delete', text: 'liberty' },
      { op: 'insert', text: 'freedom' },
    ]);
  });

  test('text: changed rows with {+inserted+} and [-deleted-] markup and a summary', async () => {
    const result = await runCli(['diff', seedTelegram, edited, '--format', 'text']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^6 changes: /);
    assert.match(result.stdout, /the \[-lessing-\]\{\+lessening\+\} of international tension/);
    assert.match(result.stdout, /I request\{\+ \[further\]\+\} instructions\./);
    assert.match(result.stdout, /## A ¶2 · B ¶2–3/);
  });

  test('html: a standalone page where hostile text stays text, with ins/del announced and languages marked', async () => {
    const a = join(dir, 'hostile-a.txt');
    const b = join(dir, 'hostile-b.txt');
    writeFileSync(a, 'Прошу указаний <img src=x onerror=alert(1)>.\n');
    writeFileSync(b, 'Прошу срочных указаний <script>alert(1)</script>.\n');
    const result = await runCli(['diff', a, b, '--format', 'html']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^<!doctype html>/);
    assert.ok(!result.stdout.includes('<script>'));
    assert.ok(!result.stdout.includes('<img'));
    // What a reader sees of B (inserted and unchanged text, labels aside) is B exactly, as characters.
    const main = /<main>([\s\S]*)<\/main>/.exec(result.stdout)?.[1] ?? '';
    const shownB = main
      .replace(/<h2>[\s\S]*?<\/h2>/g, '')
      .replace(/<span class="sr">[^<]*<\/span>/g, '')
      .replace(/<del>[\s\S]*?<\/del>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    assert.equal(shownB.trim(), 'Прошу срочных указаний <script>alert(1)</script>.');
    assert.match(result.stdout, /<ins[^>]*><span class="sr">inserted: <\/span> срочных<\/ins>/);
    assert.match(result.stdout, /<p class="text" lang="(ru|en)">/);
  });

  test('--insertions: which insertions are shared, reworded, or only in one version', async () => {
    const json = await runCli(['diff', seedTelegram, edited, '--insertions']);
    assert.equal(json.code, 0);
    const report = JSON.parse(json.stdout) as { counts: Record<string, number> };
    assert.deepEqual(report.counts, { same: 3, reworded: 1, 'kind-changed': 0, 'only-a': 1, 'only-b': 1 });
    const text = await runCli(['diff', seedTelegram, edited, '--insertions', '--format', 'text']);
    assert.match(text.stdout, /only-a\s+A: p5-i0 supplied \[back\]\s+B: — \(printed without brackets in the other\)/);
  });

  test('identical texts, an empty file and standard input', async () => {
    const same = JSON.parse((await runCli(['diff', seedTelegram, seedTelegram])).stdout) as JsonReport;
    assert.equal(same.stats.changes, 0);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const fromEmpty = await runCli(['diff', empty, '-'], 'Прошу указаний.\n');
    assert.equal(fromEmpty.code, 0);
    const report = JSON.parse(fromEmpty.stdout) as JsonReport;
    assert.deepEqual(report.paragraphs.flatMap((row) => row.ops), [{ op: 'insert', text: 'Прошу указаний.' }]);
  });

  test('bad arguments and unreadable files exit 2 with one line', async () => {
    for (const args of [['diff', seedTelegram], ['diff', seedTelegram, edited, '--format', 'pdf'], ['diff', seedTelegram, edited, '--timeout', 'soon'], ['diff', '-', '-'], ['diff', seedTelegram, '/nonexistent/b.txt'], ['diff', seedTelegram, edited, '--insertions', '--format', 'html']]) {
      const result = await runCli(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stderr.trim().split('\n').length, 1, args.join(' '));
    }
  });

  test('--help describes the command', async () => {
    const result = await runCli(['diff', '--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Usage: parallel-text diff A B \[--source S\]/);
  });
});
