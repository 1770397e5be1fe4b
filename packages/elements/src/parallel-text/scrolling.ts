/**
 * Brings a row or an element of the viewer into view, whether or not the virtualizer has the
 * row in the DOM at the moment: it asks the virtualizer to scroll to the row first, waits for
 * the layout, then scrolls the element itself. DOM only; decides nothing about what to reveal.
 */
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';

/** The next frame, or 50 ms in a background page, which gets no frames at all. */
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 50);
    requestAnimationFrame(done);
  });

/**
 * Returns the element with `id` (or the row element) once it is in the DOM and in view,
 * or `undefined` when it never appears.
 */
export async function scrollToRow(
  root: ShadowRoot,
  rows: VirtualizerHostElement | null,
  row: number,
  id: string | undefined,
  block: ScrollLogicalPosition,
): Promise<HTMLElement | undefined> {
  const find = (): HTMLElement | null =>
    (id ? root.getElementById(id) : null) ?? root.querySelector<HTMLElement>(`.row[data-pair="${row}"]`);
  let element = find();
  const virtualizer = rows?.[virtualizerRef];
  if (!element && virtualizer) {
    virtualizer.element(row)?.scrollIntoView({ block });
    for (let attempt = 0; attempt < 10 && !element; attempt += 1) {
      await virtualizer.layoutComplete.catch(() => undefined);
      await nextFrame();
      element = find();
    }
  }
  element?.scrollIntoView({ block });
  return element ?? undefined;
}
