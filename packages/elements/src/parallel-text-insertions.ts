import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  INSERTION_KINDS,
  insertionIndex,
  insertionIndexToCsv,
  insertionIndexToJson,
  type InsertionIndexRow,
  type InsertionKind,
  type TextDocument,
} from '@parallel-text/core';
import { parallelTextInsertionsStyles } from './parallel-text-insertions.styles.js';
import { baseStyles } from './shared/base.styles.js';
import { densityBins, type DensityBin } from './parallel-text-insertions/density.js';
import { downloadText, exportName } from './parallel-text-insertions/download.js';
import { ParallelTextInsertionSelectEvent, ParallelTextInsertionsExportEvent } from './parallel-text-insertions/events.js';
import { viewRows, type IndexView, type SortKey } from './parallel-text-insertions/index-view.js';
import { renderFilters, renderStrip, renderTable, type IndexHandlers } from './parallel-text-insertions/render-index.js';
import { ViewerLink } from './parallel-text-insertions/viewer-link.js';
import { provenanceLine } from './parallel-text-diff/provenance.js';

/**
 * An index of every bracketed insertion of a translation — kind, wording, paragraph, the words
 * around it and the source word it renders — sortable and filterable, with a strip that shows
 * where in the document the translator intervened, and CSV / JSON export. With `for`, it reads the
 * documents of the `<parallel-text>` of that id (in the same root) and choosing an entry scrolls
 * the viewer to it and highlights it; with `document`, it works alone.
 *
 * Keyboard: Tab reaches the kind filters, the text filter, the strip (one stop; arrow keys, Home
 * and End move along it, Enter or Space shows the first insertion there), the column sort buttons,
 * each insertion (Enter or Space shows it in the viewer) and the export buttons.
 *
 * @summary Sortable, filterable index of a translator's insertions, with a density strip and export.
 *
 * @fires parallel-text-insertion-select - An insertion was chosen (`ParallelTextInsertionSelectEvent`: id, paragraph, ordinal).
 * @fires parallel-text-insertions-export - The index is about to be downloaded; cancel to handle the text yourself (`ParallelTextInsertionsExportEvent`).
 *
 * @csspart summary - The counts by kind (a polite live region that also reports filtering and sorting).
 * @csspart provenance - Where the indexed text comes from (a reconstruction is always named as one).
 * @csspart filters - The kind checkboxes and the text filter.
 * @csspart density - The density strip; `density-bar` each bar (one per paragraph, or per run of paragraphs in long texts).
 * @csspart table - The index table; `row` each row (also `selected` for the chosen one), `insertion` the button of each insertion.
 * @csspart export - The export buttons.
 *
 * @cssproperty [--parallel-text-ui-font-family=system-ui, sans-serif] - Font of the index.
 * @cssproperty [--parallel-text-font-family=PT Serif, Georgia, serif] - Font of the insertions and their context.
 * @cssproperty [--parallel-text-accent=#1f5fa8] - Focus ring, sorted column, chosen row.
 * @cssproperty [--parallel-text-muted=#5f6368] - Counts and secondary text.
 * @cssproperty [--parallel-text-highlight=#fff1b8] - The insertion inside its context.
 * @cssproperty [--parallel-text-density-color=currentColor] - The bars of the density strip.
 * @cssproperty [--parallel-text-density-height=3rem] - Height of the density strip.
 */
export class ParallelTextInsertionsElement extends LitElement {
  static override styles = [baseStyles, parallelTextInsertionsStyles];

  /** Registers the element under `tag` in `registry`; the class module itself has no side effects. */
  static define(tag = 'parallel-text-insertions', registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** Id of the `<parallel-text>` viewer (in the same document or shadow root) whose translation to index. */
  @property({ attribute: 'for' }) for = '';

  /** A parsed translation to index without a viewer; wins over the viewer's. */
  @property({ attribute: false }) document: TextDocument | undefined;

  /** Language of the source words, when the source document is not known (with `document` alone). */
  @property({ attribute: 'source-lang' }) sourceLang = 'ru';

  /** Characters of context on each side of an insertion. */
  @property({ type: Number }) context = 40;

  @state() private view: IndexView = { sort: 'position', direction: 'ascending', kinds: new Set(INSERTION_KINDS), query: '' };
  @state() private selected: string | undefined;
  @state() private activeBin = 0;

  private readonly link = new ViewerLink(this);
  private rows: InsertionIndexRow[] = [];
  private indexed: TextDocument | undefined;
  /** The rows as filtered and sorted, and the strip's bins, worked out in willUpdate for render. */
  private shown: InsertionIndexRow[] = [];
  private bins: DensityBin[] = [];

  /** The document being indexed: `document`, else the viewer's translation. */
  get indexedDocument(): TextDocument | undefined {
    return this.document ?? this.link.target;
  }

  /** The rows as currently filtered and sorted. */
  get visibleRows(): readonly InsertionIndexRow[] {
    return this.shown;
  }

  /** The filtered, sorted index as CSV or JSON text, exactly as the export buttons save it. */
  exportText(format: 'csv' | 'json'): string {
    const document = this.indexedDocument;
    if (!document) return '';
    return format === 'csv' ? insertionIndexToCsv(this.visibleRows) : insertionIndexToJson(document, this.visibleRows);
  }

  /** Shows an insertion (`p{j}-i{k}`) in the viewer, marks its row and fires `parallel-text-insertion-select`. */
  reveal(id: string): void {
    const row = this.rows.find((candidate) => candidate.id === id);
    if (!row) return;
    this.selected = id;
    this.link.viewer?.reveal?.(id);
    this.dispatchEvent(new ParallelTextInsertionSelectEvent(row.id, row.paragraph, row.ordinal));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.link.follow(this.for);
    const document = this.indexedDocument;
    if (document !== this.indexed || changed.has('context')) {
      this.indexed = document;
      this.rows = document ? insertionIndex(document, { context: this.context }) : [];
      if (this.selected !== undefined && !this.rows.some((row) => row.id === this.selected)) this.selected = undefined;
    }
    this.shown = viewRows(this.rows, this.view);
    this.bins = densityBins(this.shown, document?.paragraphs.length ?? 0);
    if (this.activeBin >= this.bins.length) this.activeBin = Math.max(0, this.bins.length - 1);
  }

  private readonly handlers: IndexHandlers = {
    toggleKind: (event) => {
      const input = event.target as HTMLInputElement;
      const kinds = new Set(this.view.kinds);
      if (input.checked) kinds.add(input.value as InsertionKind);
      else kinds.delete(input.value as InsertionKind);
      this.view = { ...this.view, kinds };
    },
    search: (event) => {
      this.view = { ...this.view, query: (event.target as HTMLInputElement).value };
    },
    sortBy: (event) => {
      const key = (event.currentTarget as HTMLElement).dataset.sort as SortKey;
      const direction = this.view.sort === key && this.view.direction === 'ascending' ? 'descending' : 'ascending';
      this.view = { ...this.view, sort: key, direction };
    },
    choose: (event) => {
      const id = (event.currentTarget as HTMLElement).dataset.id;
      if (id) this.reveal(id);
    },
    chooseBin: (event) => {
      const index = Number((event.currentTarget as HTMLElement).dataset.bin);
      this.activeBin = index;
      const first = this.bins[index]?.first;
      if (first) this.reveal(first.id);
    },
    stripKeyDown: (event) => {
      const count = this.bins.length;
      const moves: Readonly<Record<string, number>> = { ArrowRight: this.activeBin + 1, ArrowLeft: this.activeBin - 1, Home: 0, End: count - 1 };
      const next = moves[event.key];
      if (next === undefined || count === 0) return;
      event.preventDefault();
      this.activeBin = Math.min(count - 1, Math.max(0, next));
      void this.updateComplete.then(() => {
        this.renderRoot.querySelector<HTMLElement>(`[data-bin="${this.activeBin}"]`)?.focus();
      });
    },
  };

  private readonly handleExport = (event: Event) => {
    const format = (event.currentTarget as HTMLElement).dataset.format === 'json' ? 'json' : 'csv';
    const document = this.indexedDocument;
    if (!document) return;
    const mediaType = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
    const filename = exportName(document.meta.title, format);
    const exportEvent = new ParallelTextInsertionsExportEvent(format, filename, mediaType, this.exportText(format));
    if (this.dispatchEvent(exportEvent)) downloadText(exportEvent.text, filename, mediaType, this);
  };

  override render(): TemplateResult {
    const document = this.indexedDocument;
    if (!document) return html`<p part="summary" role="status">No text to index yet.</p>`;
    const rows = this.shown;
    const counts = Object.fromEntries(INSERTION_KINDS.map((kind) => [kind, this.rows.filter((row) => row.kind === kind).length])) as Record<InsertionKind, number>;
    const bins = this.bins;
    const provenance = provenanceLine('Text', document);
    return html`
      <p part="summary" class="summary" role="status" aria-live="polite">${this.summary(rows.length, counts)}</p>
      ${provenance === undefined ? nothing : html`<p part="provenance" class="provenance">${provenance}</p>`}
      ${renderFilters(this.view, counts, this.handlers)} ${renderStrip(bins, this.activeBin, this.handlers)}
      ${rows.length > 0
        ? renderTable(rows, this.view, { lang: document.lang, sourceLang: this.link.source?.lang ?? this.sourceLang, selected: this.selected }, this.handlers)
        : html`<p class="empty">${this.rows.length === 0 ? 'This text has no bracketed insertions.' : 'No insertion matches the filter.'}</p>`}
      <div part="export" class="export">
        <button type="button" data-format="csv" @click=${this.handleExport} ?disabled=${rows.length === 0}>Download CSV</button>
        <button type="button" data-format="json" @click=${this.handleExport} ?disabled=${rows.length === 0}>Download JSON</button>
      </div>
    `;
  }

  private summary(shown: number, counts: Readonly<Record<InsertionKind, number>>): string {
    const total = this.rows.length;
    const byKind = INSERTION_KINDS.map((kind) => `${counts[kind]} ${kind}`).join(', ');
    const filtered = shown === total ? '' : ` ${shown} shown.`;
    const sort = this.view.sort === 'position' && this.view.direction === 'ascending' ? '' : ` Sorted by ${this.view.sort === 'text' ? 'insertion' : this.view.sort === 'source' ? 'source word' : this.view.sort}, ${this.view.direction}.`;
    return `${total} ${total === 1 ? 'insertion' : 'insertions'}: ${byKind}.${filtered}${sort}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parallel-text-insertions': ParallelTextInsertionsElement;
  }
}
