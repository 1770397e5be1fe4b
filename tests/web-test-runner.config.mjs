// Browser tests: real Debian Chromium, TypeScript compiled by esbuild with Lit's legacy decorators.
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium } from './harness/chromium.mjs';
import { countReporter } from './harness/wtr-count-reporter.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: install Debian\'s chromium or set CHROME_PATH to a Chrome or Chromium binary.');
}

export default {
  rootDir,
  files: ['tests/browser/**/*.test.ts'],
  // 'development' loads Lit's dev build so tests can check that it emits no warnings.
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.base.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
        defaultViewport: { width: 1280, height: 800 },
      },
      // One browser context per test page: with a shared context only the frontmost page is visible,
      // and a hidden page gets no frames or ResizeObserver callbacks (the virtualizer cannot lay out).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter({ outputFile: process.env.PT_BROWSER_COUNTS }),
  ],
};
