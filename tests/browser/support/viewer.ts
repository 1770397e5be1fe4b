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

/**
 * Waits until `condition` holds, polling with timers (not animation frames: the runner may open
 * two test pages at once, and a page in the background gets no frames).
 */
export async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!condition()) throw new Error(`condition not met within ${timeoutMs} ms`);
}

const RESIZE_OBSERVER_LOOP = 'ResizeObserver loop completed with undelivered notifications.';

/**
 * @lit-labs/virtualizer makes Chromium report its benign "ResizeObserver loop" notification once
 * when it first lays out (a bare virtualizer does the same). It is not an exception of ours, but
 * mocha counts every window error as a failure: this lets exactly that message through and no other.
 * Returns the function that puts the previous handler back.
 */
export function tolerateResizeObserverLoop(): () => void {
  const previous = window.onerror;
  window.onerror = (message, ...rest) => {
    if (message === RESIZE_OBSERVER_LOOP) return true;
    const handled: unknown = previous?.call(window, message, ...rest);
    return handled === true;
  };
  return () => {
    window.onerror = previous;
  };
}

