import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readInterchange } from '@parallel-text/core';
import { runCli } from '../support/run-cli.js';
import { repoRoot, seedTelegram } from '../support/paths.js';

const russian = `${repoRoot}demo/src/documents/telegram/ru.txt`;

test('export --format json writes an interchange file that reads back whole', async () => {
  const result = await runCli(['export', russian, seedTelegram]);
  assert.equal(result.code, 0);
  const { bundle, diagnostics } = readInterchange(result.stdout);
  assert.deepEqual(diagnostics, []);
  assert.ok(bundle);
  assert.equal(bundle.target.source, readFileSync(seedTelegram, 'utf8'));
  assert.equal(bundle.source.meta.provenance.kind, 'reconstruction');
  assert.ok(bundle.pairs.length > 0);
});

test('export --format tei keeps pins and links the transliteration to its source paragraph', async () => {
  const result = await runCli(['export', russian, seedTelegram, '--format', 'tei', '--pin', '6:6,7']);
  assert.equal(result.code, 0);
  assert.match(result.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<TEI xmlns="http:\/\/www.tei-c.org\/ns\/1.0">/);
  assert.match(result.stdout, /<link target="#s6 #t6 #t7" cert="high" type="pinned"\/>/);
  assert.match(result.stdout, /<foreign xml:lang="ru-Latn" corresp="#s1">dogovorion-nost<\/foreign>/);
});

test('export --format html writes one page with no script, from standard input too', async () => {
  const result = await runCli(['export', russian, '-', '--format', 'html'], 'Hello <script>alert(1)</script>.\n');
  assert.equal(result.code, 0);
  assert.match(result.stdout, /^<!doctype html>/);
  assert.doesNotMatch(result.stdout, /<script/);
  assert.ok(result.stdout.includes('Hello &lt;script&gt;alert(1)&lt;/script&gt;.'));
});

test('bad arguments exit 2 with one line', async () => {
  for (const args of [['export', russian], ['export', russian, seedTelegram, '--format', 'pdf'], ['export', '-', '-']]) {
    const result = await runCli(args);
    assert.equal(result.code, 2, args.join(' '));
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  }
});
