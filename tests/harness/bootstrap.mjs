// Installs what a fresh machine is missing before `npm test` or `npm run demo`: pnpm (through npm),
// the workspace dependencies (frozen lockfile) and, for tests, a Chromium. Uses Node built-ins only,
// because it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';

export const PNPM_VERSION = '12.4.2';
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a command with inherited output; returns its exit status (null when it could not start). */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: repoRoot, ...options });
  return result.error ? null : result.status;
}

function quietOutput(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
  return result.error || result.status !== 0 ? undefined : result.stdout.trim();
}

/** Makes sure pnpm is on PATH, installing the pinned version through npm when it is not. */
export function ensurePnpm() {
  const found = quietOutput('pnpm', ['--version']);
  if (found) {
    if (found !== PNPM_VERSION) console.log(`note: using pnpm ${found}; this repository is tested with ${PNPM_VERSION}`);
    return 'pnpm';
  }
  console.log(`pnpm not found: installing pnpm@${PNPM_VERSION} with npm`);
  const status = run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`, '--no-fund', '--no-audit']);
  if (status === 0 && quietOutput('pnpm', ['--version'])) return 'pnpm';
  throw new Error(`could not install pnpm@${PNPM_VERSION} with npm (npm install --global failed): install it yourself and retry`);
}

/** Installs the workspace dependencies exactly as the lockfile records them. */
export function ensureDependencies() {
  const status = run('pnpm', ['install', '--frozen-lockfile']);
  if (status !== 0) throw new Error('pnpm install --frozen-lockfile failed');
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Makes sure a Chromium is available for browser tests: Debian's package through apt-get when running
 * as root, otherwise one clear line naming CHROME_PATH. Returns the binary's path or undefined.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist: point it at a Chrome or Chromium binary.`);
    return undefined;
  }
  if (isRoot && quietOutput('apt-get', ['--version'])) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error('No Chromium found: install Chromium (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.');
  return undefined;
}
