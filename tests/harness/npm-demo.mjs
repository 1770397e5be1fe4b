// `npm run demo`: installs what is missing, builds the packages and the demo, and serves it at
// http://localhost:5173 until interrupted.
import { ensureDependencies, ensurePnpm, run } from './bootstrap.mjs';

try {
  ensurePnpm();
  ensureDependencies();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}
if (run('pnpm', ['run', 'build']) !== 0) process.exit(1);
console.log('\nparallel-text demo: http://localhost:5173/\n');
process.exitCode = run('pnpm', ['--filter', 'demo', 'exec', 'vite', 'preview', '--host', 'localhost', '--port', '5173', '--strictPort']) ?? 1;
