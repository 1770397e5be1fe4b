// Runs every compiled Node test file (tests/.out/node/**/*.test.js) with node:test: the spec
// reporter on the console, and counts written to $PT_NODE_COUNTS when set.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const testDir = join(root, 'tests/.out/node');

function listTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTests(path);
    return entry.name.endsWith('.test.js') ? [path] : [];
  });
}

const filter = process.argv[2];
const files = listTests(testDir)
  .filter((file) => !filter || relative(testDir, file).includes(filter))
  .sort();
const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout'];
if (process.env.PT_NODE_COUNTS) {
  reporters.push(`--test-reporter=${join(root, 'tests/harness/node-count-reporter.mjs')}`, `--test-reporter-destination=${process.env.PT_NODE_COUNTS}`);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...reporters, ...files], { stdio: 'inherit', cwd: root });
process.exitCode = result.status ?? 1;
