/**
 * What the reader does with the viewer: clicks and keys on rows (delegated, so rows stay cheap
 * templates), popovers for insertions, notes and annotations, deep links and the location hash,
 * teaching reveals and corrections. It changes the element's row state and fires its events; it
 * never touches a text.
 */
import type { ParallelTextElement } from '../parallel-text.js';
import { ParallelTextAlignmentChangeEvent } from '../events/alignment-change.js';
import { linkTransliterations } from './core-api.js';
import { applyEdit, readEditRequest } from './edit-controls.js';
import { locateFragment } from './locate.js';
import { keyAction } from './keyboard.js';
import { PopoverController } from './popover-controller.js';
import { annotationContent, insertionContent, noteContent } from './popover-content.js';
import { parseFragment } from './fragments.js';
import { scrollToRow } from './scrolling.js';
import { languageName } from './ui-text.js';

const rowOf = (element: Element): number => Number((element.closest<HTMLElement>('.row[data-pair]')?.dataset.pair) ?? -1);

export class ViewerInteraction {
  private readonly host: ParallelTextElement;
  private pending: string | undefined;
  private readonly popover: PopoverController;
  private readonly handleHashChange = () => {
    if (parseFragment(location.hash)) this.reveal(location.hash, false);
  };

  constructor(host: ParallelTextElement) {
    this.host = host;
    this.popover = new PopoverController(() => this.root?.getElementById('explain') ?? null);
  }

  private get root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }

  private listening = false;

  /** Listens on the shadow root once (delegation: rows, notes and the popover share these handlers). */
  connect(): void {
    const root = this.root;
    if (root && !this.listening) {
      this.listening = true;
      root.addEventListener('click', this.handleClick as EventListener);
      root.addEventListener('keydown', this.handleKeyDown as EventListener);
      for (const type of ['mouseover', 'focusin']) root.addEventListener(type, this.handlePointOver);
      for (const type of ['mouseout', 'focusout']) root.addEventListener(type, this.handlePointOut);
      // beforetoggle does not bubble: catch it on the way down.
      root.addEventListener('beforetoggle', this.handlePopoverToggle, { capture: true });
    }
    window.addEventListener('hashchange', this.handleHashChange);
    if (parseFragment(location.hash)) this.pending = location.hash;
  }

  disconnect(): void {
    window.removeEventListener('hashchange', this.handleHashChange);
    this.popover.close();
  }

  /** Reveals a fragment now, or once the viewer is ready. `focus` moves focus there too (in-viewer links). */
  reveal(fragment: string, focus: boolean): boolean {
    return this.revealAndWait(fragment, focus) !== undefined;
  }

  /** As `reveal`, with a promise for when the fragment is in view (undefined when it names nothing). */
  private revealAndWait(fragment: string, focus: boolean): Promise<unknown> | undefined {
    const parsed = parseFragment(fragment);
    if (!parsed) return undefined;
    const result = this.host.result;
    const table = this.host.rowTable;
    if (!result || !table) {
      this.pending = fragment;
      return Promise.resolve();
    }
    const place = locateFragment(parsed, result, table);
    if (!place) return undefined;
    this.host.highlighted = place.id;
    this.host.highlightedRow = place.row;
    if (place.row >= 0) this.host.activeRow = place.row;
    return this.scrollTo(place.row, place.id, focus, 'center');
  }

  revealPending(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.reveal(pending, false);
  }

  private async scrollTo(row: number, id: string | undefined, focus: boolean, block: ScrollLogicalPosition): Promise<HTMLElement | undefined> {
    await this.host.updateComplete;
    const root = this.root;
    if (!root) return undefined;
    let element: HTMLElement | undefined;
    if (row >= 0) {
      element = await scrollToRow(root, root.querySelector<HTMLElement>('.rows'), row, id, block);
    } else {
      element = (id ? root.getElementById(id) : null) ?? undefined;
      element?.scrollIntoView({ block });
    }
    if (focus && element) {
      const focusable = element.closest<HTMLElement>('.row, .note') ?? element;
      focusable.focus({ preventScroll: true });
    }
    return element;
  }

  private async moveTo(row: number): Promise<void> {
    this.host.activeRow = row;
    await this.scrollTo(row, undefined, true, 'nearest');
  }

  readonly handleKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    // Insertions are spans with role=button, so they need a button's keys.
    if ((event.key === 'Enter' || event.key === ' ') && target.matches('span[role="button"]')) {
      event.preventDefault();
      target.click();
      return;
    }
    const rowElement = target.closest<HTMLElement>('.row[data-pair]');
    const action = keyAction({
      key: event.key,
      row: rowElement ? Number(rowElement.dataset.pair) : -1,
      rowCount: this.host.rowTable?.rows.length ?? 0,
      onRow: target === rowElement,
      hasModifier: event.altKey || event.ctrlKey || event.metaKey,
    });
    if (!action || action.kind === 'close') return;
    event.preventDefault();
    if (action.kind === 'move') void this.moveTo(action.to);
    else this.host.selectRow(rowOf(target));
  };

  readonly handleClick = (event: MouseEvent): void => {
    const target = event.target as HTMLElement;
    if (target.closest('.popover')) {
      this.handlePopoverClick(event);
      return;
    }
    const control = target.closest<HTMLElement>('a, button, [role="button"]');
    if (!control) {
      const row = rowOf(target);
      if (row >= 0) this.host.selectRow(row);
      return;
    }
    if (control.dataset.edit) this.edit(control);
    else if (control.hasAttribute('data-reveal-pair')) this.revealRow(rowOf(control));
    else if (control.dataset.insertion !== undefined) this.openInsertion(control);
    else if (control.dataset.note !== undefined) {
      event.preventDefault();
      this.openNote(control);
    } else if (control.dataset.annotation !== undefined) this.openAnnotation(control);
    else if (control.dataset.reveal !== undefined) {
      event.preventDefault();
      this.reveal(control.dataset.reveal, true);
    }
  };

  private handlePopoverClick(event: MouseEvent): void {
    const control = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!control) return;
    if (control.hasAttribute('data-close-popover')) this.popover.close();
    else if (control.dataset.reveal) {
      const word = control.dataset.wordKey;
      this.popover.close(false);
      const shown = this.revealAndWait(control.dataset.reveal, true);
      if (word) void shown?.then(() => { this.linkWord(word); });
    }
  }

  readonly handlePopoverToggle = (event: Event): void => {
    const toggle = event as ToggleEvent;
    if (toggle.newState === 'closed' && this.popover.openedBy?.dataset.word) this.linkWord(undefined);
    this.popover.handleBeforeToggle(toggle, this.root?.activeElement ?? null);
  };

  readonly handleRevealAll = (): void => {
    const count = this.host.rowTable?.rows.length ?? 0;
    const all = this.host.revealed.size >= count;
    this.host.revealed = all ? new Set() : new Set(Array.from({ length: count }, (_, index) => index));
  };

  /** Hovering or focusing a transliteration lights up the source word it renders. */
  readonly handlePointOver = (event: Event): void => {
    const insertion = (event.target as HTMLElement).closest<HTMLElement>('.insertion[data-word]');
    if (insertion?.dataset.word) this.linkWord(insertion.dataset.word);
  };

  readonly handlePointOut = (event: Event): void => {
    const insertion = (event.target as HTMLElement).closest('.insertion[data-word]');
    const next = (event as MouseEvent | FocusEvent).relatedTarget as Node | null;
    // The word stays lit while this insertion's explanation is open; closing it puts the light out.
    if (insertion && !(next && insertion.contains(next)) && this.popover.openedBy !== insertion) this.linkWord(undefined);
  };

  private linkWord(key: string | undefined): void {
    const root = this.root;
    if (!root) return;
    for (const word of root.querySelectorAll('.word[data-linked]')) word.removeAttribute('data-linked');
    if (key === undefined) return;
    for (const word of root.querySelectorAll(`.word[data-word="${CSS.escape(key)}"]`)) word.setAttribute('data-linked', '');
  }

  private revealRow(row: number): void {
    if (row < 0) return;
    this.host.revealed = new Set([...this.host.revealed, row]);
    void this.scrollTo(row, undefined, true, 'nearest');
  }

  private openInsertion(control: HTMLElement): void {
    const result = this.host.result;
    const paragraph = result?.target.paragraphs[Number(control.dataset.paragraph)];
    const span = paragraph?.spans.filter((each) => each.type === 'insertion')[Number(control.dataset.insertion)];
    if (!result || !span) return;
    this.popover.open(control, insertionContent(span, result.target.lang, result.source, languageName(result.source.lang)));
    if (control.dataset.word) this.linkWord(control.dataset.word);
  }

  private openNote(control: HTMLElement): void {
    const result = this.host.result;
    const document = control.dataset.noteSide === 'source' ? result?.source : result?.target;
    const note = document?.notes.find((each) => each.label === control.dataset.note);
    if (document && note) this.popover.open(control, noteContent(note, document.lang, control.dataset.noteSide === 'source'));
  }

  private openAnnotation(control: HTMLElement): void {
    const result = this.host.result;
    const annotation = this.host.annotations[Number(control.dataset.annotation)];
    if (!result || !annotation) return;
    const document = annotation.side === 'source' ? result.source : result.target;
    const quoted = document.paragraphs[annotation.paragraph]?.text.slice(annotation.start, annotation.end) ?? '';
    this.popover.open(control, annotationContent(annotation, quoted, document.lang));
  }

  private edit(control: HTMLElement): void {
    const result = this.host.result;
    const request = readEditRequest(control);
    if (!result || !request) return;
    const outcome = applyEdit(result.pairs, request);
    if (!outcome.applied) {
      this.host.announcement = `Not changed: ${outcome.reason ?? 'that edit is not possible here'}.`;
      return;
    }
    this.host.replaceResult({ ...result, pairs: outcome.pairs, target: linkTransliterations(result.parsedTarget, result.source, outcome.pairs) });
    this.host.announcement = `${request.kind === 'merge' ? 'Merged' : request.kind === 'split' ? 'Split' : 'Moved a paragraph'}: now ${outcome.pairs.length} pairs.`;
    this.host.dispatchEvent(new ParallelTextAlignmentChangeEvent(outcome.pairs));
    void this.scrollTo(Math.min(request.pair, outcome.pairs.length - 1), undefined, true, 'nearest');
  }
}
