/**
 * Runs the diff benchmark inside Chromium: serves @parallel-text/core's built dist (and its two
 * dependencies, through an import map) on loopback, loads it in a page and times compareText
 * there, so the figures are what a reader's browser would see. Serves only packages/core.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../support/paths.js';
import { launchChromium } from '../../support/browser.js';

const CORE = join(repoRoot, 'packages/core');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>diff bench</title>
<script type="importmap">{"imports": {
  "diff-match-patch-es": "/packages/core/node_modules/diff-match-patch-es/dist/index.mjs",
  "iuliia": "/packages/core/node_modules/iuliia/dist/esm/index.js"
}}</script>
<script type="module">
  import * as core from '/packages/core/dist/index.js';
  import * as dmp from 'diff-match-patch-es';
  window.bench = { core, dmp };
  document.title = 'ready';
</script></head><body></body></html>`;

/** Resolves a request path inside packages/core; extensionless module paths (as iuliia's ESM build uses) get `.js`. */
async function resolveFile(pathname: string): Promise<string | undefined> {
  const file = normalize(join(repoRoot, decodeURIComponent(pathname)));
  if (!file.startsWith(CORE)) return undefined;
  for (const candidate of [file, `${file}.js`]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

async function serve(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    void resolveFile(pathname).then(async (file) => {
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(await readFile(file));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, server };
}

export interface BrowserTiming {
  readonly ms: number[];
  readonly ops: number;
  readonly changes: number;
  readonly timedOut: boolean;
}

export type BrowserMode = 'word' | 'char' | 'raw';

export interface ChromiumBench {
  readonly version: string;
  time(a: string, b: string, mode: BrowserMode, runs: number): Promise<BrowserTiming>;
  close(): Promise<void>;
}

export async function openChromiumBench(): Promise<ChromiumBench> {
  const { url, server } = await serve();
  const browser = await launchChromium();
  const page: Page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction('document.title === "ready"');
  return {
    version: browser.version(),
    async time(a, b, mode, runs) {
      // The texts cross into the page once; each run then times only the diff itself.
      return page.evaluate(
        ({ a, b, mode, runs }) => {
          interface Bench {
            core: { compareText(a: string, b: string, options: { granularity: string }): { ops: unknown[]; stats: { changes: number }; timedOut: boolean } };
            dmp: { diffMain(a: string, b: string, options: { diffTimeout: number }): unknown[]; diffCleanupSemantic(diffs: unknown[]): void };
          }
          const { core, dmp } = (globalThis as unknown as { bench: Bench }).bench;
          const ms: number[] = [];
          let result = { ops: 0, changes: 0, timedOut: false };
          for (let run = 0; run <= runs; run += 1) {
            const start = performance.now();
            if (mode === 'raw') {
              const deadline = Date.now() + 2000;
              const diffs = dmp.diffMain(a, b, { diffTimeout: 2 });
              const timedOut = Date.now() > deadline;
              dmp.diffCleanupSemantic(diffs);
              result = { ops: diffs.length, changes: -1, timedOut };
            } else {
              const comparison = core.compareText(a, b, { granularity: mode });
              result = { ops: comparison.ops.length, changes: comparison.stats.changes, timedOut: comparison.timedOut };
            }
            // Run 0 warms up the JIT and is not counted.
            if (run > 0) ms.push(performance.now() - start);
          }
          return { ms, ...result };
        },
        { a, b, mode, runs },
      );
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
