// `npm test`: installs what is missing, builds, type-checks, lints and runs every test (Node and
// browser). Its last line is the plain count line `N passed, N failed, N skipped`; it exits
// non-zero on any failure. A step that cannot run its tests (build, type-check, lint) counts as one failure.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, ensurePnpm, repoRoot, run } from './bootstrap.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();
const artifacts = join(repoRoot, 'tests/.artifacts');

function finish() {
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\nnpm test finished in ${seconds} s`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

function step(name, command, args) {
  console.log(`\n=== ${name} ===`);
  const ok = run(command, args) === 0;
  if (!ok) {
    console.log(`!!! ${name} failed`);
    totals.failed += 1;
  }
  return ok;
}

function addCounts(file, name) {
  try {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    return true;
  } catch {
    console.log(`!!! ${name} produced no counts: counted as one failure`);
    totals.failed += 1;
    return false;
  }
}

try {
  ensurePnpm();
  ensureDependencies();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  totals.failed += 1;
  finish();
}
const chromium = ensureChromium();

rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });

if (!step('build', 'pnpm', ['run', 'build'])) finish();
step('type-check', 'pnpm', ['run', 'typecheck']);
step('lint', 'pnpm', ['run', 'lint']);

const nodeCounts = join(artifacts, 'node-counts.json');
if (step('compile node tests', 'pnpm', ['exec', 'tsc', '-p', 'tests/tsconfig.json'])) {
  console.log('\n=== node tests (core, CLI, demo end to end) ===');
  run(process.execPath, ['tests/harness/run-node-tests.mjs'], { env: { ...process.env, PT_NODE_COUNTS: nodeCounts } });
  addCounts(nodeCounts, 'node tests');
}

if (chromium) {
  const browserCounts = join(artifacts, 'browser-counts.json');
  console.log('\n=== browser tests (web-test-runner, Chromium) ===');
  run('pnpm', ['exec', 'web-test-runner', '--config', 'tests/web-test-runner.config.mjs'], {
    env: { ...process.env, CHROME_PATH: chromium, PT_BROWSER_COUNTS: browserCounts },
  });
  addCounts(browserCounts, 'browser tests');
} else {
  totals.failed += 1;
}
finish();
