/**
 * One shared explanation popover (native `popover`, so it lives in the top layer, closes on
 * Escape or a click outside) for insertions, notes and annotations. Sharing one element keeps a
 * 5,000-row document from carrying 5,000 hidden popovers. Content is rendered with Lit text
 * bindings into the popover only, so opening it never re-renders the rows.
 */
import { render, type TemplateResult } from 'lit';

const MARGIN = 8;

export class PopoverController {
  private anchor: HTMLElement | undefined;
  private readonly popover: () => HTMLElement | null;
  private readonly reposition = (): void => {
    this.place();
  };

  /** `popover` returns the element with the `popover` attribute in the viewer's shadow root. */
  constructor(popover: () => HTMLElement | null) {
    this.popover = popover;
  }

  get isOpen(): boolean {
    return this.popover()?.matches(':popover-open') ?? false;
  }

  /** The element that opened the popover, while it is open. */
  get openedBy(): HTMLElement | undefined {
    return this.isOpen ? this.anchor : undefined;
  }

  /** Shows `content` next to `anchor`, moves focus into the popover, and returns it there on close. */
  open(anchor: HTMLElement, content: TemplateResult): void {
    const popover = this.popover();
    if (!popover) return;
    if (this.isOpen) popover.hidePopover();
    this.anchor = anchor;
    render(content, popover);
    popover.showPopover();
    this.place();
    popover.focus({ preventScroll: true });
    window.addEventListener('scroll', this.reposition, { capture: true, passive: true });
    window.addEventListener('resize', this.reposition, { passive: true });
  }

  /** Closes the popover; `returnFocus: false` when the caller moves focus somewhere else itself. */
  close(returnFocus = true): void {
    const popover = this.popover();
    if (!popover || !this.isOpen) return;
    if (!returnFocus) this.anchor = undefined;
    popover.hidePopover();
  }

  /** Call from the popover's `beforetoggle`: returns focus to the anchor when the popover held it. */
  handleBeforeToggle(event: ToggleEvent, activeElement: Element | null): void {
    if (event.newState !== 'closed') return;
    window.removeEventListener('scroll', this.reposition, { capture: true });
    window.removeEventListener('resize', this.reposition);
    const popover = this.popover();
    const anchor = this.anchor;
    if (popover && anchor && (activeElement === null || popover.contains(activeElement))) {
      queueMicrotask(() => {
        if (anchor.isConnected) anchor.focus({ preventScroll: true });
      });
    }
  }

  /** Below the anchor when it fits, else above; always inside the viewport. */
  private place(): void {
    const popover = this.popover();
    const anchor = this.anchor;
    if (!popover || !anchor || !this.isOpen) return;
    const box = anchor.getBoundingClientRect();
    const width = popover.offsetWidth;
    const height = popover.offsetHeight;
    const below = box.bottom + MARGIN;
    const top = below + height <= window.innerHeight - MARGIN ? below : Math.max(MARGIN, box.top - height - MARGIN);
    const left = Math.min(Math.max(MARGIN, box.left), Math.max(MARGIN, window.innerWidth - width - MARGIN));
    popover.style.top = `${Math.round(top)}px`;
    popover.style.left = `${Math.round(left)}px`;
  }
}
