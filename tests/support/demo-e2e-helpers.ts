/**
 * What the demo's end-to-end tests share: a page on the built demo (served under a sub-path)
 * that records console errors and warnings, a wait for the viewer, and axe, injected from the
 * copy @open-wc/testing installs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { repoRoot } from './paths.js';
import { serveDemo, type DemoServer } from './serve-demo.js';

export interface DemoSession {
  readonly server: DemoServer;
  readonly browser: Browser;
  /** Console errors and warnings and uncaught exceptions, from every page opened with `open`. */
  readonly problems: string[];
  open(hash: string, options?: { width?: number; height?: number; scheme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

export async function startDemo(): Promise<DemoSession> {
  const server = await serveDemo();
  const browser = await launchChromium();
  const problems: string[] = [];
  return {
    server,
    browser,
    problems,
    async open(hash, options = {}) {
      const page = await browser.newPage({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        colorScheme: options.scheme ?? 'light',
        locale: 'en-US',
      });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await page.goto(`${server.url}${hash}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the page's viewer (the first, or the one matching `selector`) shows rows. */
export async function waitForRows(page: Page, selector = 'parallel-text'): Promise<void> {
  await page.locator(`${selector} [part~="row"]`).first().waitFor({ timeout: 20_000 });
}

/** The axe-core build that @open-wc/testing brought in (the highest version in the pnpm store). */
export function axePath(): string {
  const store = join(repoRoot, 'node_modules/.pnpm');
  const versions = readdirSync(store)
    .filter((name) => name.startsWith('axe-core@'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const newest = versions.at(-1);
  if (!newest) throw new Error('axe-core is not installed (it comes with @open-wc/testing)');
  return join(store, newest, 'node_modules/axe-core/axe.min.js');
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe on the whole page (shadow roots included) with the WCAG 2.x A and AA rules. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath() });
  // A string, not a function: these files are compiled without the DOM library.
  return await page.evaluate<AxeViolation[]>(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    .then((result) => result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    })))`);
}
