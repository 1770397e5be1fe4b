/** Starts Debian's Chromium through playwright-core for end-to-end tests and screenshots. */
import { chromium, type Browser } from 'playwright-core';

// The harness stays plain JavaScript (it runs before anything is built); load it from its place
// in the source tree, which is two levels above this file once compiled to tests/.out/support.
type ChromiumHarness = typeof import('../harness/chromium.mjs');
const harness = (await import(new URL('../../harness/chromium.mjs', import.meta.url).href)) as ChromiumHarness;

export async function launchChromium(): Promise<Browser> {
  const executablePath = harness.findChromium();
  if (!executablePath) throw new Error('No Chromium found: install chromium or set CHROME_PATH');
  const args = harness.CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--headless'));
  return chromium.launch({ executablePath, args, headless: true });
}
