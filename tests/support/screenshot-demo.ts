/**
 * Takes the demo's screenshots from the built site (demo/dist, served under a sub-path) in
 * Chromium: the telegram at phone (390 px) and desktop (1280 px) width, light and dark, plus the
 * UDHR and the playground on desktop. Writes demo/screenshots/*.png, or the folder given as the
 * first argument; `--full` also writes full-page shots (for review, not committed).
 * Run: pnpm --filter demo build && pnpm exec tsc -p tests/tsconfig.json && node tests/.out/support/screenshot-demo.js
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { repoRoot } from './paths.js';
import { serveDemo } from './serve-demo.js';

interface Shot {
  readonly name: string;
  readonly hash: string;
  readonly width: number;
  readonly height: number;
  readonly scheme: 'light' | 'dark';
  /** A CSS selector to scroll to the top of the window before the shot, to show the text below the page header. */
  readonly scrollTo?: string;
}

const SHOTS: readonly Shot[] = [
  { name: 'telegram-1280-light', hash: '#/telegram', width: 1280, height: 900, scheme: 'light' },
  { name: 'telegram-1280-dark', hash: '#/telegram', width: 1280, height: 900, scheme: 'dark' },
  { name: 'telegram-390-top-light', hash: '#/telegram', width: 390, height: 844, scheme: 'light' },
  { name: 'telegram-390-light', hash: '#/telegram', width: 390, height: 844, scheme: 'light', scrollTo: 'parallel-text' },
  { name: 'telegram-390-dark', hash: '#/telegram', width: 390, height: 844, scheme: 'dark', scrollTo: 'parallel-text' },
  { name: 'telegram-teaching-1280-light', hash: '#/telegram/p4?conceal=insertions', width: 1280, height: 900, scheme: 'light' },
  { name: 'udhr-1280-light', hash: '#/udhr', width: 1280, height: 900, scheme: 'light' },
  { name: 'playground-1280-light', hash: '#/playground', width: 1280, height: 900, scheme: 'light' },
];

/** Waits until the page's first viewer has rendered its rows and the fonts are in. */
async function waitForViewer(page: Page): Promise<void> {
  await page.locator('parallel-text [part~="row"]').first().waitFor({ timeout: 20_000 });
  // A string, not a function: this file is compiled without the DOM library.
  await page.evaluate('document.fonts.ready.then(() => true)');
}

async function main(): Promise<void> {
  const outDir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : join(repoRoot, 'demo/screenshots');
  const full = process.argv.includes('--full');
  await mkdir(outDir, { recursive: true });
  const server = await serveDemo();
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme, locale: 'en-US' });
      await page.goto(`${server.url}${shot.hash}`);
      await waitForViewer(page);
      if (shot.scrollTo) await page.evaluate(`document.querySelector(${JSON.stringify(shot.scrollTo)}).scrollIntoView({ block: 'start' })`);
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(outDir, `${shot.name}.png`) });
      if (full) await page.screenshot({ path: join(outDir, `${shot.name}-full.png`), fullPage: true });
      console.log(`wrote ${shot.name}.png`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
