/**
 * `pnpm bench`: runs every benchmark in tests/bench and prints its table. Figures are reported,
 * never judged: no benchmark passes or fails on time. Pass a name to run only matching benchmarks.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTable, type Benchmark } from './table.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];

const files = readdirSync(here).filter((name) => name.endsWith('.bench.js')).sort();
const benchmarks: Benchmark[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(`${here}${file}`).href)) as { benchmark?: Benchmark };
  if (module.benchmark) benchmarks.push(module.benchmark);
}

console.log(`parallel-text benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
const selected = benchmarks.filter((benchmark) => !filter || benchmark.name.includes(filter));
if (selected.length === 0) console.log('(no benchmarks yet)');
for (const benchmark of selected) {
  console.log('');
  console.log(formatTable(await benchmark.run()));
}
