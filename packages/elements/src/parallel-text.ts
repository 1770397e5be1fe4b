import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { Alignment, AlignmentPair, AnnotationMark, DictionaryEntry, TextDocument } from '@parallel-text/core';
import { parallelTextStyles } from './parallel-text.styles.js';
import { baseStyles } from './shared/base.styles.js';
import { ParallelTextProgressEvent } from './events/progress.js';
import { ParallelTextReadyEvent } from './events/ready.js';
import { ParallelTextSelectEvent } from './events/select.js';
import { ViewerInteraction } from './parallel-text/interaction.js';
import { readLightDom, type LightTexts } from './parallel-text/light-dom.js';
import { annotationMarks, renderedWords } from './parallel-text/marks.js';
import { ViewerPipeline, type SideInput, type ViewerResult, type ViewerState } from './parallel-text/pipeline.js';
import { renderHeader, renderNotes } from './parallel-text/render-chrome.js';
import { renderNotices } from './parallel-text/render-notices.js';
import { renderRow, type ConcealMode, type InsertionMode, type RowContext } from './parallel-text/render-row.js';
import { buildRows, samePairs, type Row, type RowTable } from './parallel-text/rows.js';
import { UI_LANG, languageName } from './parallel-text/ui-text.js';

export type LayoutMode = 'columns' | 'stacked';

/**
 * Shows an original and its translation side by side, aligned paragraph by paragraph, with the
 * translator's bracketed insertions marked by kind, notes, deep links, keyboard navigation and,
 * when `editable`, in-place correction of the alignment. Texts are only annotated: no character
 * of an input is ever changed or turned into markup.
 *
 * @summary Aligned bilingual reading view (Russian original, English translation).
 * @tagname parallel-text
 *
 * @slot - Optional light-DOM input, readable before the element upgrades: `<article lang="ru">` and
 *   `<article lang="en">` whose `<p>` elements are the paragraphs. Not shown once the element runs.
 *
 * @fires parallel-text-ready - Documents parsed and aligned, rows rendered (`ParallelTextReadyEvent`).
 * @fires parallel-text-select - A pair was chosen by click, Enter or Space (`ParallelTextSelectEvent`).
 * @fires parallel-text-alignment-change - A person merged, split or shifted pairs (`ParallelTextAlignmentChangeEvent`).
 * @fires parallel-text-progress - Alignment progress while it runs in a worker (`ParallelTextProgressEvent`).
 *
 * @csspart header - The column headings; `header-source`, `header-target` each heading.
 * @csspart provenance - Where a text comes from (e.g. "Reconstruction — not the original text").
 * @csspart legend - The insertion kinds with their counts; `legend-swatch`, `legend-count` inside it.
 * @csspart rows - The feed of rows.
 * @csspart row - One aligned pair; also `doubtful` when the aligner doubts it, `selected` when chosen.
 * @csspart source - The original's side of a row.
 * @csspart target - The translation's side of a row.
 * @csspart gap - A side with no paragraph (a 0:1 or 1:0 pair).
 * @csspart paragraph - One paragraph.
 * @csspart insertion - A marked insertion; with `insertion-transliteration`, `insertion-supplied`, `insertion-gloss` or `insertion-editorial`.
 * @csspart note-ref - A reference to a note.
 * @csspart annotated - Text an annotation covers.
 * @csspart annotation - The button that opens an annotation.
 * @csspart doubtful-flag - The mark of a doubtful pair.
 * @csspart reveal-button - Teaching mode's "Show the translation" / "Show the insertions".
 * @csspart edit-controls - The correction buttons of a row (when `editable`).
 * @csspart notes - A notes list; `note` each note.
 * @csspart popover - The explanation popover.
 * @csspart status - Loading, progress and error messages.
 *
 * @cssproperty [--parallel-text-color=CanvasText] - Text colour.
 * @cssproperty [--parallel-text-background=Canvas] - Background of the viewer.
 * @cssproperty [--parallel-text-font-family=PT Serif, Georgia, serif] - Font of the texts.
 * @cssproperty [--parallel-text-ui-font-family=system-ui, sans-serif] - Font of headings, legend and buttons.
 * @cssproperty [--parallel-text-font-size=1rem] - Size of the texts.
 * @cssproperty [--parallel-text-line-height=1.6] - Line height of the texts.
 * @cssproperty [--parallel-text-gap=2rem] - Space between the columns.
 * @cssproperty [--parallel-text-row-gap=1rem] - Space between rows.
 * @cssproperty [--parallel-text-accent=#1f5fa8] - Focus ring, selection and links.
 * @cssproperty [--parallel-text-highlight=#fff1b8] - Counterpart, deep-link and linked-word highlight.
 * @cssproperty [--parallel-text-transliteration-color=#8a3b12] - Transliterations.
 * @cssproperty [--parallel-text-supplied-color=#4b5563] - Supplied words.
 * @cssproperty [--parallel-text-gloss-color=#1d5e3a] - Glosses.
 * @cssproperty [--parallel-text-editorial-color=#6b3fa0] - Editorial notes.
 * @cssproperty [--parallel-text-doubtful-color=#b45309] - The doubtful-pair flag.
 * @cssproperty [--parallel-text-muted=#5f6368] - Secondary text (gaps, counts, provenance).
 */
export class ParallelTextElement extends LitElement {
  static override styles = [baseStyles, parallelTextStyles];

  /** Registers the element under `tag` in `registry`; the class module itself has no side effects. */
  static define(tag = 'parallel-text', registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** The original: a plain or structured text (parsed by core) or a parsed `TextDocument`. Wins over `source-src` and light DOM. */
  @property({ attribute: false }) source: SideInput;

  /** The translation, as `source`. */
  @property({ attribute: false }) target: SideInput;

  /** URL of a text file with the original, fetched when `source` is not set. */
  @property({ attribute: 'source-src' }) sourceSrc: string | undefined;

  /** URL of a text file with the translation, fetched when `target` is not set. */
  @property({ attribute: 'target-src' }) targetSrc: string | undefined;

  /** Language of the original, for texts given as strings (a `TextDocument` brings its own). */
  @property({ attribute: 'source-lang' }) sourceLang = 'ru';

  /** Language of the translation, as `sourceLang`. */
  @property({ attribute: 'target-lang' }) targetLang = 'en';

  /** `columns` (side by side) or `stacked` (each original paragraph above its translation). Narrow containers stack anyway. */
  @property({ reflect: true }) layout: LayoutMode = 'columns';

  /** `marked` (kinds shown, with explanations), `plain` (exactly as printed) or `hidden` (the translation without its insertions). */
  @property({ reflect: true }) insertions: InsertionMode = 'marked';

  /** Teaching mode: `translation` hides each pair's translation, `insertions` only its insertions, until the reader reveals that pair. */
  @property({ reflect: true }) conceal: ConcealMode = 'none';

  /** Shows controls to merge, split and shift pairs; each edit fires `parallel-text-alignment-change`. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Precomputed pairs (an `Alignment` or its `pairs`); checked against the documents, else the aligner runs. */
  @property({ attribute: false }) alignment: Alignment | readonly AlignmentPair[] | undefined;

  /**
   * Word pairs of the texts' own terms (`[['кварбла', ['lantern']], …]`, any word form) that the
   * aligner uses beside its built-in Russian–English dictionary: the strongest evidence there is.
   */
  @property({ attribute: false }) glossary: readonly DictionaryEntry[] = [];

  /** Teaching annotations, each drawn as a mark with an accessible name and a popover (plain text only). */
  @property({ attribute: false }) annotations: readonly AnnotationMark[] = [];

  /** Above this many pairs only the rows near the viewport are rendered (see README: costs find-in-page). */
  @property({ type: Number, attribute: 'virtualize-above' }) virtualizeAbove = 400;

  @state() private viewState: ViewerState = { status: 'empty' };
  @state() private light: LightTexts = { source: undefined, target: undefined };
  @state() private printing = false;
  // Row-level view state, owned here and changed by the interaction module (not public API).
  /** @internal The row that takes Tab focus. */
  @state() activeRow = 0;
  /** @internal The chosen row, or -1. */
  @state() selectedRow = -1;
  /** @internal The row of the last deep link, or -1. */
  @state() highlightedRow = -1;
  /** @internal The element id of the last deep link. */
  @state() highlighted: string | undefined;
  /** @internal Rows whose concealed translation or insertions the reader revealed. */
  @state() revealed: ReadonlySet<number> = new Set();
  /** @internal What the polite live region says. */
  @state() announcement = '';

  private readonly pipeline = new ViewerPipeline((next) => {
    this.viewState = next;
    if (next.status === 'aligning') {
      const progress = new ParallelTextProgressEvent(next.done, next.total);
      this.dispatchEvent(progress);
    }
  });
  private readonly interaction = new ViewerInteraction(this);
  private readonly observer = new MutationObserver(() => {
    this.readLight();
  });
  private announcedResult: ViewerResult | undefined;
  private editedResult: ViewerResult | undefined;
  private table: RowTable | undefined;
  private readonly handlePrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
  };

  /** The original as parsed, once ready. */
  get sourceDocument(): TextDocument | undefined {
    return this.result?.source;
  }

  /** The translation as parsed, with transliterations linked to the words they render, once ready. */
  get targetDocument(): TextDocument | undefined {
    return this.result?.target;
  }

  /** The current pairs (after any corrections), or an empty list before the viewer is ready. */
  get pairs(): readonly AlignmentPair[] {
    return this.result?.pairs ?? [];
  }

  /** @internal The ready result, for the interaction module. */
  get result(): ViewerResult | undefined {
    return this.viewState.status === 'ready' ? this.viewState.result : undefined;
  }

  /** @internal The rows of the ready result. */
  get rowTable(): RowTable | undefined {
    return this.table;
  }

  /**
   * Scrolls a fragment (`p12`, `p12-i2`, `s3`, `note-1`) into view and highlights it. Returns false
   * for an id that is not a fragment or names nothing in the documents; before the viewer is ready
   * it remembers the fragment and returns true if the id is well formed.
   */
  reveal(fragment: string): boolean {
    return this.interaction.reveal(fragment, false);
  }

  /** @internal Replaces the ready result after a correction (the interaction module fires the event). */
  replaceResult(result: ViewerResult): void {
    this.editedResult = result;
    this.viewState = { status: 'ready', result };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLight();
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
    window.addEventListener('beforeprint', this.handlePrint);
    window.addEventListener('afterprint', this.handlePrint);
    this.interaction.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    this.pipeline.cancel();
    window.removeEventListener('beforeprint', this.handlePrint);
    window.removeEventListener('afterprint', this.handlePrint);
    this.interaction.disconnect();
  }

  private readLight(): void {
    const next = readLightDom(this, this.sourceLang, this.targetLang);
    const same = (a: LightTexts['source'], b: LightTexts['source']) => a?.text === b?.text && a?.lang === b?.lang;
    if (!same(next.source, this.light.source) || !same(next.target, this.light.target)) this.light = next;
  }

  private static readonly INPUTS = ['source', 'target', 'sourceSrc', 'targetSrc', 'sourceLang', 'targetLang', 'alignment', 'glossary', 'light'];

  /**
   * True when the only input that changed is `alignment`, set to the pairs already shown — as an
   * embedder does when it saves the pairs of a correction and hands them back.
   */
  private isEchoOfShownPairs(changed: PropertyValues<this>): boolean {
    const inputs = ParallelTextElement.INPUTS.filter((name) => changed.has(name as keyof ParallelTextElement));
    const shown = this.result?.pairs;
    if (inputs.length !== 1 || inputs[0] !== 'alignment' || !shown || this.alignment === undefined) return false;
    const given = Array.isArray(this.alignment) ? (this.alignment as readonly AlignmentPair[]) : (this.alignment as Alignment).pairs;
    return samePairs(given, shown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (ParallelTextElement.INPUTS.some((name) => changed.has(name as keyof ParallelTextElement)) && !this.isEchoOfShownPairs(changed)) {
      this.viewState = this.pipeline.run({
        source: this.source,
        target: this.target,
        sourceSrc: this.sourceSrc,
        targetSrc: this.targetSrc,
        light: this.light,
        sourceLang: this.sourceLang,
        targetLang: this.targetLang,
        alignment: this.alignment,
        glossary: this.glossary,
      });
      // New texts: row state from the old ones means nothing any more.
      this.activeRow = 0;
      this.selectedRow = -1;
      this.highlightedRow = -1;
      this.highlighted = undefined;
      this.revealed = new Set();
    }
    if (changed.has('viewState' as keyof ParallelTextElement)) {
      const result = this.result;
      this.table = result ? buildRows(result.pairs, result.doubtful, result.source.paragraphs.length, result.target.paragraphs.length) : undefined;
      this.activeRow = Math.min(this.activeRow, Math.max(0, (this.table?.rows.length ?? 1) - 1));
    }
  }

  protected override updated(): void {
    const result = this.result;
    if (result && result !== this.announcedResult) {
      this.announcedResult = result;
      // A correction is announced by parallel-text-alignment-change, not as a new ready result.
      if (result !== this.editedResult) {
        const ready = new ParallelTextReadyEvent(result.source, result.target, result.pairs);
        this.dispatchEvent(ready);
        // A pending deep link changes row state: do it after this update, not inside it.
        queueMicrotask(() => {
          this.interaction.revealPending();
        });
      }
    }
  }

  /** @internal Fires `parallel-text-select` for a row and marks it chosen. */
  selectRow(row: number): void {
    const pair = this.table?.rows[row];
    if (!pair) return;
    this.selectedRow = row;
    this.activeRow = row;
    const selected = new ParallelTextSelectEvent(row, pair.source, pair.target);
    this.dispatchEvent(selected);
  }

  private rowContext(result: ViewerResult, table: RowTable): RowContext {
    return {
      source: result.source,
      target: result.target,
      rowCount: table.rows.length,
      insertions: this.insertions,
      conceal: this.conceal,
      revealed: this.revealed,
      editable: this.editable,
      activeRow: this.activeRow,
      selectedRow: this.selectedRow,
      highlightedRow: this.highlightedRow,
      highlighted: this.highlighted,
      sourceWords: renderedWords(result.target, result.source),
      sourceAnnotations: annotationMarks(this.annotations, 'source', result.source),
      targetAnnotations: annotationMarks(this.annotations, 'target', result.target),
      annotationTitle: (key) => this.annotations[Number(key)]?.title ?? 'Annotation',
      sourceName: languageName(result.source.lang),
      targetName: languageName(result.target.lang),
    };
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const status = this.viewState;
    switch (status.status) {
      case 'loading':
        return html`<p class="status" part="status" role="status" lang=${UI_LANG}>Loading the texts…</p>`;
      case 'aligning': {
        const percent = status.total > 0 ? Math.round((100 * status.done) / status.total) : 0;
        return html`<div class="status" part="status" role="status" lang=${UI_LANG}>
          <label for="progress">Reading and aligning the texts… ${percent}%</label>
          <progress id="progress" max=${status.total} .value=${status.done}></progress>
        </div>`;
      }
      case 'error':
        return html`<div class="status is-error" part="status" role="alert" lang=${UI_LANG}>
          ${status.messages.map((message) => html`<p>${message}</p>`)}
        </div>
        ${renderNotices(status.notices ?? [])}`;
      case 'empty':
        return html`<p class="status" part="status" lang=${UI_LANG}>No texts to show yet.</p>`;
      case 'ready':
        return nothing;
    }
  }

  private renderRows(result: ViewerResult, table: RowTable): TemplateResult {
    if (table.rows.length === 0) {
      return html`<p class="status" part="status" lang=${UI_LANG}>Both texts are empty: there is nothing to align.</p>`;
    }
    const context = this.rowContext(result, table);
    const virtual = table.rows.length > this.virtualizeAbove && !this.printing;
    const label = `${context.sourceName} and ${context.targetName}, pair by pair`;
    return html`<div class="rows" part="rows" role="feed" aria-label=${label} aria-busy="false" lang=${UI_LANG}>
      ${virtual
        ? // The same array for the same pairs, so the virtualizer keeps its measurements between renders.
          virtualize({ items: table.rows as Row[], keyFunction: (row) => row.index, renderItem: (row) => renderRow(row, context) })
        : table.rows.map((row) => renderRow(row, context))}
    </div>`;
  }

  private renderConcealToolbar(table: RowTable): TemplateResult | typeof nothing {
    if (this.conceal === 'none') return nothing;
    const all = table.rows.length > 0 && this.revealed.size >= table.rows.length;
    const what = this.conceal === 'translation' ? 'translations' : 'insertions';
    return html`<div class="toolbar" part="toolbar" lang=${UI_LANG}>
      <button type="button" part="reveal-all" @click=${this.interaction.handleRevealAll}>${all ? `Hide all ${what} again` : `Show all ${what}`}</button>
    </div>`;
  }

  override render(): TemplateResult {
    const result = this.result;
    const table = this.table;
    return html`${this.renderStatus()}
      ${result && table
        ? html`${renderHeader(result.source, result.target, languageName(result.source.lang), languageName(result.target.lang), this.insertions)}
          ${this.renderConcealToolbar(table)} ${renderNotices(result.notices)}
          ${this.renderRows(result, table)}
          ${renderNotes(result.source, result.target, languageName(result.source.lang), languageName(result.target.lang), this.highlighted)}`
        : nothing}
      <div id="explain" class="popover" part="popover" popover role="dialog" aria-labelledby="popover-title" tabindex="-1"></div>
      <div class="visually-hidden" role="status" aria-live="polite" lang=${UI_LANG}>${this.announcement}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parallel-text': ParallelTextElement;
  }
}
