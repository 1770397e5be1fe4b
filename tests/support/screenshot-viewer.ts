/**
 * Photographs `<parallel-text>` on tests/browser/pages/screenshot.html (the telegram) at a phone
 * width (390 px) and a desktop width (1280 px), light and dark and forced colours, with an explanation open, in
 * hidden, editable and teaching modes, and as printed (A4 width). Serves the repository with Vite's dev server, which
 * resolves the page's bare imports the way a bundler-using embedder would.
 * Run: pnpm --filter @parallel-text/elements build && pnpm exec tsc -p tests/tsconfig.json && node tests/.out/support/screenshot-viewer.js
 * Writes tests/.artifacts/viewer-*.png and prints timings of a 5,000-pair document (long.html).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import { launchChromium } from './browser.js';
import { repoRoot } from './paths.js';

interface Shot {
  readonly name: string;
  readonly query: string;
  readonly width: number;
  readonly height: number;
  readonly scheme: 'light' | 'dark';
  readonly full?: boolean;
  readonly print?: boolean;
  readonly forcedColors?: boolean;
  /** What to do before the shot: open a popover, scroll to a fragment. */
  readonly act?: (page: Page) => Promise<void>;
}

const openTransliteration = async (page: Page): Promise<void> => {
  await page.locator('#p1-i0').scrollIntoViewIfNeeded();
  await page.locator('#p1-i0').click();
  await page.locator('#explain').waitFor({ state: 'visible' });
};

const SHOTS: readonly Shot[] = [
  { name: 'viewer-1280-light', query: '', width: 1280, height: 900, scheme: 'light', full: true },
  { name: 'viewer-1280-dark', query: '', width: 1280, height: 900, scheme: 'dark' },
  { name: 'viewer-390-light', query: '', width: 390, height: 844, scheme: 'light', full: true },
  { name: 'viewer-390-dark', query: '', width: 390, height: 844, scheme: 'dark' },
  { name: 'viewer-1280-popover', query: '', width: 1280, height: 900, scheme: 'light', act: openTransliteration },
  { name: 'viewer-390-popover', query: '', width: 390, height: 844, scheme: 'light', act: openTransliteration },
  { name: 'viewer-1280-hidden', query: '?insertions=hidden', width: 1280, height: 900, scheme: 'light' },
  {
    name: 'viewer-1280-editable',
    query: '?editable',
    width: 1280,
    height: 900,
    scheme: 'light',
    act: async (page) => {
      await page.locator('#p6').scrollIntoViewIfNeeded();
    },
  },
  { name: 'viewer-1280-conceal', query: '?conceal=insertions', width: 1280, height: 900, scheme: 'light' },
  { name: 'viewer-1280-forced-colors', query: '', width: 1280, height: 900, scheme: 'dark', forcedColors: true, act: openTransliteration },
  { name: 'viewer-794-print', query: '', width: 794, height: 1123, scheme: 'light', full: true, print: true },
];

/**
 * Times the long synthetic page (5,000 pairs given as strings: parse, worker alignment,
 * virtualized rows) and a deep link into its far end; prints the figures and photographs it.
 */
async function measureLongDocument(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/tests/browser/pages/long.html?pairs=5000`);
  await page.waitForFunction('window.readyForMeasure === true', undefined, { timeout: 120_000 });
  const timings = await page.evaluate('JSON.stringify(window.timings)');
  const revealMs = await page.evaluate(`(async () => {
    const viewer = document.querySelector('parallel-text');
    const started = performance.now();
    viewer.reveal('p4500');
    for (;;) {
      const paragraph = viewer.shadowRoot.getElementById('p4500');
      if (paragraph) {
        const box = paragraph.getBoundingClientRect();
        if (box.top >= 0 && box.bottom <= innerHeight) return Math.round(performance.now() - started);
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  })()`);
  console.log(`long document: ${String(timings)}, reveal p4500 in view after ${String(revealMs)} ms`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(repoRoot, 'tests/.artifacts/viewer-1280-long.png') });
}

async function main(): Promise<void> {
  const outDir = join(repoRoot, 'tests/.artifacts');
  await mkdir(outDir, { recursive: true });
  const server = await createServer({
    root: repoRoot,
    configFile: false,
    logLevel: 'error',
    cacheDir: join(outDir, '.vite'),
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    // Scan only the photographed page for dependencies, not the demo that shares the root.
    optimizeDeps: { entries: ['tests/browser/pages/screenshot.html', 'tests/browser/pages/long.html'] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme, locale: 'en-US' });
      const problems: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        // Vite serves Lit's development build, which announces itself; anything else is reported.
        if ((message.type() === 'error' || message.type() === 'warning') && !text.includes('Lit is in dev mode')) problems.push(text);
      });
      page.on('pageerror', (error) => problems.push(error.message));
      if (shot.print) await page.emulateMedia({ media: 'print' });
      if (shot.forcedColors) await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(`http://127.0.0.1:${port}/tests/browser/pages/screenshot.html${shot.query}`);
      await page.locator('parallel-text [part~="row"]').first().waitFor({ timeout: 30_000 });
      await page.evaluate('document.fonts.ready.then(() => true)');
      if (shot.act) await shot.act(page);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(outDir, `${shot.name}.png`), fullPage: shot.full ?? false });
      console.log(`wrote tests/.artifacts/${shot.name}.png${problems.length > 0 ? ` — page said: ${problems.join(' | ')}` : ''}`);
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await measureLongDocument(page, `http://127.0.0.1:${port}`);
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
