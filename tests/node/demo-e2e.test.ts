import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { serveDemo, type DemoServer } from '../support/serve-demo.js';

let server: DemoServer;
let browser: Browser;
let page: Page;
const consoleProblems: string[] = [];

before(async () => {
  server = await serveDemo();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
});

after(async () => {
  await browser.close();
  await server.close();
});

test('the built demo renders the viewer from a sub-path', async () => {
  await page.goto(server.url);
  const source = page.locator('parallel-text [part~="source"]').first();
  await source.waitFor();
  assert.equal(await source.getAttribute('lang'), 'ru');
  assert.deepEqual(consoleProblems, []);
});
