import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runCli } from '../support/run-cli.js';
import { repoRoot } from '../support/paths.js';

const version = (JSON.parse(readFileSync(`${repoRoot}packages/cli/package.json`, 'utf8')) as { version: string }).version;

test('--version prints the package version', async () => {
  const result = await runCli(['--version']);
  assert.equal(result.code, 0);
  assert.equal(result.stdout.trim(), version);
});

test('--help lists the commands and exit codes', async () => {
  const result = await runCli(['--help']);
  assert.equal(result.code, 0);
  assert.match(result.stdout, /Usage: parallel-text <command>/);
  assert.match(result.stdout, /inspect/);
  assert.match(result.stdout, /Exit codes/);
});

test('an unknown command exits 2 with one clear line', async () => {
  const result = await runCli(['frobnicate']);
  assert.equal(result.code, 2);
  assert.equal(result.stderr.trim().split('\n').length, 1);
  assert.match(result.stderr, /unknown command 'frobnicate'/);
});

test('an unreadable file exits 2 with one clear line', async () => {
  const result = await runCli(['inspect', '/nonexistent/file.txt']);
  assert.equal(result.code, 2);
  assert.equal(result.stderr.trim().split('\n').length, 1);
  assert.match(result.stderr, /cannot read \/nonexistent\/file\.txt/);
});

test('inspect reads standard input for -', async () => {
  const result = await runCli(['inspect', '-', '--format', 'json'], 'Первый абзац.\n\nВторой абзац.\n');
  assert.equal(result.code, 0);
  const report = JSON.parse(result.stdout) as { paragraphs: { index: number; text: string }[] };
  assert.deepEqual(
    report.paragraphs.map((paragraph) => paragraph.text),
    ['Первый абзац.', 'Второй абзац.'],
  );
});
