import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { loadUdhr } from '../bench/support/udhr.js';

interface AlignJson {
  pairs: { source: number[]; target: number[]; score: number; pinned?: boolean }[];
  doubtful: { pair: number; reasons: string[] }[];
  diagnostics: { code: string }[];
}

const udhr = loadUdhr();
const dir = mkdtempSync(join(tmpdir(), 'pt-align-'));
// Articles 1–8 as plain text files with blank lines between paragraphs; the English loses article 5.
const russian = udhr.source.slice(9, 18);
const english = udhr.target.slice(10, 19).filter((_, k) => k !== 5);
const sourceFile = join(dir, 'udhr.ru.txt');
const targetFile = join(dir, 'udhr.en.txt');
writeFileSync(sourceFile, `${russian.join('\n\n')}\n`);
writeFileSync(targetFile, `${english.join('\n\n')}\n`);

test('align prints JSON pairs over the same paragraph numbers as inspect, and flags the omission', async () => {
  const result = await runCli(['align', sourceFile, targetFile]);
  assert.equal(result.code, 0, result.stderr);
  const report = JSON.parse(result.stdout) as AlignJson;
  const described = report.pairs.map((pair) => `${pair.source.join(',')}:${pair.target.join(',')}`);
  assert.deepEqual(described, ['0:0', '1:1', '2:2', '3:3', '4:4', '5:', '6:5', '7:6', '8:7']);
  assert.ok(report.doubtful.some((doubt) => doubt.pair === 5 && doubt.reasons.some((reason) => reason.includes('no counterpart'))));
  const inspected = JSON.parse((await runCli(['inspect', targetFile, '--format', 'json'])).stdout) as { paragraphs: unknown[] };
  assert.equal(inspected.paragraphs.length, english.length);
});

test('align --format tsv prints one pair per line and the doubts on standard error', async () => {
  const result = await runCli(['align', sourceFile, targetFile, '--format', 'tsv']);
  assert.equal(result.code, 0);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines[0], 'source\ttarget\tscore\tpinned');
  assert.equal(lines.length, 10);
  assert.match(lines[6] ?? '', /^5\t\t/);
  assert.match(result.stderr, /doubtful pair 5/);
});

test('--pin keeps a pair where the person put it, in both pin spellings', async () => {
  const result = await runCli(['align', sourceFile, targetFile, '--pin', '5:5', '--pin', '6,7:6']);
  assert.equal(result.code, 0, result.stderr);
  const report = JSON.parse(result.stdout) as AlignJson;
  const pinned = report.pairs.filter((pair) => pair.pinned === true).map((pair) => `${pair.source.join(',')}:${pair.target.join(',')}`);
  assert.deepEqual(pinned, ['5:5', '6,7:6']);
});

test('align reads one text from standard input', async () => {
  const result = await runCli(['align', '-', targetFile], `${russian.join('\n\n')}\n`);
  assert.equal(result.code, 0);
  assert.equal((JSON.parse(result.stdout) as AlignJson).pairs.length, 9);
});

test('bad arguments and unreadable files exit 2 with one clear line', async () => {
  const cases: [string[], RegExp][] = [
    [['align', sourceFile], /expects SOURCE and TARGET/],
    [['align', sourceFile, targetFile, '--pin', 'seven:eight'], /--pin expects SOURCE:TARGET/],
    [['align', sourceFile, targetFile, '--format', 'xml'], /--format must be one of json, tsv/],
    [['align', '-', '-'], /cannot both be standard input/],
    [['align', '/nonexistent/ru.txt', targetFile], /cannot read \/nonexistent\/ru\.txt/],
  ];
  for (const [args, message] of cases) {
    const result = await runCli(args);
    assert.equal(result.code, 2, args.join(' '));
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, message);
  }
});

test('empty files align to nothing and say so', async () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const result = await runCli(['align', empty, empty]);
  assert.equal(result.code, 0);
  const report = JSON.parse(result.stdout) as AlignJson;
  assert.deepEqual(report.pairs, []);
  assert.ok(report.diagnostics.some((diagnostic) => diagnostic.code === 'align-empty'));
});

test('--dictionary adds a glossary, --no-dictionary with it uses the glossary alone, and an empty glossary is refused', async () => {
  // Invented words the built-in dictionary cannot know, glossed with words that share no transliteration
  // key with them: only the glossary tells which paragraph is left out (without it the gap goes last).
  const glossaryDir = mkdtempSync(join(tmpdir(), 'pt-glossary-'));
  const ru = join(glossaryDir, 'ru.txt');
  const en = join(glossaryDir, 'en.txt');
  const glossary = join(glossaryDir, 'glossary.tsv');
  const words = [['кварбла', 'lantern'], ['мурфель', 'anchor'], ['пламбус', 'saddle'], ['зиндрок', 'kettle'], ['флумпет', 'ribbon'], ['грызобль', 'basket'], ['трельпин', 'ladder'], ['шмокарь', 'whistle']];
  writeFileSync(ru, `${words.map(([word = '']) => `Вот ${word} у старой дороги, где весной бывает много воды и птиц, а летом тихо и пыльно.`).join('\n\n')}\n`);
  // The English leaves out the fourth paragraph.
  writeFileSync(en, `${words.filter((_, k) => k !== 3).map(([, word = '']) => `Here is the ${word} by the old road: much water and birds in spring, quiet and dust in summer.`).join('\n\n')}\n`);
  writeFileSync(glossary, `# invented words\n${words.map(([ru = '', en = '']) => `${ru}\t${en}, ${en}s`).join('\n')}\n`);
  for (const extra of [[], ['--no-dictionary']]) {
    const result = await runCli(['align', ru, en, '--dictionary', glossary, ...extra]);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as AlignJson;
    assert.deepEqual(
      report.pairs.map((pair) => `${pair.source.join(',')}:${pair.target.join(',')}`),
      ['0:0', '1:1', '2:2', '3:', '4:3', '5:4', '6:5', '7:6'],
    );
  }
  const without = JSON.parse((await runCli(['align', ru, en])).stdout) as AlignJson;
  assert.notDeepEqual(
    without.pairs.map((pair) => `${pair.source.join(',')}:${pair.target.join(',')}`),
    ['0:0', '1:1', '2:2', '3:', '4:3', '5:4', '6:5', '7:6'],
  );
  writeFileSync(glossary, 'no tabs here\n');
  const refused = await runCli(['align', ru, en, '--dictionary', glossary]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /no entries found/);
});
