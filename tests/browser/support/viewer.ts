/** Small helpers for `<parallel-text>` tests: reach into the shadow root the way a reader sees it. */
import { oneEvent } from '@open-wc/testing';
import type { ParallelTextElement } from '@parallel-text/elements';

/** The value, or a failed test saying what was missing. */
export function must<T>(value: T | null | undefined, what = 'element'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what} to exist`);
  return value;
}

/** oneEvent, typed by the event map (our events are declared in GlobalEventHandlersEventMap). */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, name: K): Promise<GlobalEventHandlersEventMap[K]> {
  return oneEvent(target, name) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
}

export function root(element: ParallelTextElement): ShadowRoot {
  const shadow = element.shadowRoot;
  if (!shadow) throw new Error('parallel-text has no shadow root');
  return shadow;
}

export const rowsOf = (element: ParallelTextElement): HTMLElement[] => [...root(element).querySelectorAll<HTMLElement>('.row')];

export const texts = (elements: Iterable<Element>): string[] => [...elements].map((each) => each.textContent);

/** Target paragraph `j` as shown. */
export function targetParagraph(element: ParallelTextElement, j: number): HTMLElement {
  const found = root(element).getElementById(`p${j}`);
  if (!found) throw new Error(`no #p${j}`);
  return found;
}

/** The words a reader sees in an element, whitespace collapsed (for comparisons across markup). */
export const visibleText = (element: Element): string => element.textContent.replace(/\s+/g, ' ').trim();

/** Lit's dev-build warnings issued so far, except the one that says dev mode is on. */
export function litWarnings(): string[] {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  return [...(issued ?? [])].filter((warning) => !warning.includes('Lit is in dev mode') && warning !== 'dev-mode');
}

/** Waits until `condition` holds, checking each animation frame (up to `frames`). */
export async function until(condition: () => boolean, frames = 120): Promise<void> {
  for (let frame = 0; frame < frames; frame += 1) {
    if (condition()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error('condition not met in time');
}
