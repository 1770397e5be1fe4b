import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Granularity, ParagraphComparison, TextDocument } from '@parallel-text/core';
import { parallelTextDiffStyles } from './parallel-text-diff.styles.js';
import { baseStyles } from './shared/base.styles.js';
import { compareInputs, type DiffInput, type DiffMode, type DiffOutcome } from './parallel-text-diff/compare-inputs.js';
import { ParallelTextDiffCompareEvent } from './parallel-text-diff/compare-event.js';
import { INSERTION_LABELS, VERSION_LABELS, renderInline, renderSide } from './parallel-text-diff/render-ops.js';
import { rowHeading, summaryText } from './parallel-text-diff/summary-text.js';
import { isReconstruction, provenanceLine } from './parallel-text-diff/provenance.js';

export type DiffView = 'inline' | 'split';

/**
 * Compares two texts — two translations, two editions of one translation, a student's version and
 * the published one — paragraph by paragraph, word by word. Given a `source`, both are aligned to
 * it and compared per source paragraph; `mode="insertions"` shows one translation with versus
 * without its own bracketed insertions. Changes are <ins> and <del> announced as "inserted:" /
 * "deleted:", struck through or underlined, never shown by colour alone. The texts are only read:
 * every character is shown as it is, none becomes markup.
 *
 * Keyboard: the toolbar's "Next change" / "Previous change" buttons move focus from change to
 * change (wrapping around); with focus on a change, `n` and `p` do the same.
 *
 * @summary Word-level comparison of two translations, inline or side by side.
 *
 * @fires parallel-text-diff-compare - A comparison is ready (`ParallelTextDiffCompareEvent`, with core's result).
 *
 * @csspart toolbar - The view switch, the "changed paragraphs only" switch and the change navigation.
 * @csspart summary - The live summary of the counts (a polite live region).
 * @csspart legend - How insertions and deletions are shown.
 * @csspart provenance - Where each text comes from (a reconstruction is always named as one).
 * @csspart rows - The list of compared rows.
 * @csspart row - One compared row (paragraphs aligned together); also `unchanged` when nothing differs.
 * @csspart row-heading - The paragraphs a row compares.
 * @csspart source - The source paragraph(s) of a row, when a source is given.
 * @csspart text - The compared text of a row (inline view).
 * @csspart side - One side in the split view; also `side-a` or `side-b`.
 * @csspart insert - Inserted text (<ins>).
 * @csspart delete - Deleted text (<del>).
 * @csspart gap - A side with no paragraph in this row.
 *
 * @cssproperty [--parallel-text-color=inherit] - Text colour.
 * @cssproperty [--parallel-text-font-family=PT Serif, Georgia, serif] - Font of the texts.
 * @cssproperty [--parallel-text-ui-font-family=system-ui, sans-serif] - Font of headings, summary and buttons.
 * @cssproperty [--parallel-text-line-height=1.6] - Line height of the texts.
 * @cssproperty [--parallel-text-gap=2rem] - Space between the two sides in the split view.
 * @cssproperty [--parallel-text-accent=#1f5fa8] - Focus ring.
 * @cssproperty [--parallel-text-muted=#5f6368] - Headings, source text and gaps.
 * @cssproperty [--parallel-text-insert-background=#d7f0d2] - Behind inserted text.
 * @cssproperty [--parallel-text-delete-background=#f8d7d7] - Behind deleted text.
 */
export class ParallelTextDiffElement extends LitElement {
  static override styles = [baseStyles, parallelTextDiffStyles];

  /** Registers the element under `tag` in `registry`; the class module itself has no side effects. */
  static define(tag = 'parallel-text-diff', registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** Text A (the earlier or reference version): a string, parsed by core, or a parsed `TextDocument`. */
  @property({ attribute: false }) a: DiffInput;

  /** Text B, compared against A. Not needed when `mode="insertions"`. */
  @property({ attribute: false }) b: DiffInput;

  /** Optional source both are translations of: A and B are then aligned to it and compared per source paragraph. */
  @property({ attribute: false }) source: DiffInput;

  /** Language of A when given as a string (a `TextDocument` brings its own). */
  @property({ attribute: 'a-lang' }) aLang = 'en';

  /** Language of B when given as a string. */
  @property({ attribute: 'b-lang' }) bLang = 'en';

  /** Language of the source when given as a string. */
  @property({ attribute: 'source-lang' }) sourceLang = 'ru';

  /** How A and B are named in headings and the legend (e.g. "Henriksen 1995", "Student"). */
  @property({ attribute: 'a-label' }) aLabel = 'A';

  /** How B is named. */
  @property({ attribute: 'b-label' }) bLabel = 'B';

  /** `inline` (one text with insertions and deletions) or `split` (A and B side by side). */
  @property({ reflect: true }) view: DiffView = 'inline';

  /** `versions` (A against B) or `insertions` (A with versus without its own insertions). */
  @property({ reflect: true }) mode: DiffMode = 'versions';

  /** `word` (default) or `char`. */
  @property() granularity: Granularity = 'word';

  /** Time budget of the comparison in milliseconds (0: none); reaching it is said in the summary. */
  @property({ type: Number }) timeout = 2000;

  /** Shows only the rows that differ. */
  @property({ type: Boolean, attribute: 'changed-only' }) changedOnly = false;

  /** Level of the row headings (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private outcome: DiffOutcome | undefined;
  /** The change last moved to, so "Next change" continues from it after focus returns to the button. */
  private currentChange = -1;

  /** The last comparison, as core returned it (undefined before there is something to compare). */
  get comparison() {
    return this.outcome?.comparison;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs: (keyof ParallelTextDiffElement)[] = ['a', 'b', 'source', 'aLang', 'bLang', 'sourceLang', 'mode', 'granularity', 'timeout'];
    if (inputs.some((key) => changed.has(key))) {
      this.currentChange = -1;
      this.outcome = compareInputs({
        a: this.a,
        b: this.b,
        source: this.source,
        aLang: this.aLang,
        bLang: this.bLang,
        sourceLang: this.sourceLang,
        mode: this.mode,
        granularity: this.granularity,
        timeout: this.timeout,
      });
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('outcome') && this.outcome) this.dispatchEvent(new ParallelTextDiffCompareEvent(this.outcome.comparison));
  }

  /** Moves focus to the next (or previous) change and scrolls it into view; returns false when there is none. */
  focusChange(direction: 1 | -1 = 1): boolean {
    const changes = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-change]')];
    if (changes.length === 0) return false;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const focused = active instanceof HTMLElement ? changes.indexOf(active) : -1;
    const current = focused >= 0 ? focused : this.currentChange < changes.length ? this.currentChange : -1;
    const next = current === -1 ? (direction === 1 ? 0 : changes.length - 1) : (current + direction + changes.length) % changes.length;
    const target = changes[next];
    if (!target) return false;
    this.currentChange = next;
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
    return true;
  }

  /** `n` / `p` on a change (or anywhere in the rows) go to the next / previous change. */
  private readonly handleRowsKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'n' || event.key === 'p') {
      event.preventDefault();
      this.focusChange(event.key === 'n' ? 1 : -1);
    }
  };

  private readonly handleViewChange = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    this.view = value === 'split' ? 'split' : 'inline';
  };

  private readonly handleChangedOnly = (event: Event) => {
    this.changedOnly = (event.target as HTMLInputElement).checked;
  };

  private readonly handleNext = () => {
    this.focusChange(1);
  };

  private readonly handlePrevious = () => {
    this.focusChange(-1);
  };

  override render() {
    const outcome = this.outcome;
    if (!outcome) return html`<p part="summary" role="status">Nothing to compare yet.</p>`;
    const { comparison } = outcome;
    const rows = this.changedOnly ? comparison.paragraphs.filter((row) => row.stats.changes > 0) : comparison.paragraphs;
    return html`
      ${this.renderToolbar()}
      <p part="summary" class="summary" role="status" aria-live="polite">${summaryText(comparison.stats, this.mode, comparison.paragraphs.length, comparison.timedOut)}</p>
 ${this.renderLegend()} ${this.renderProvenance(outcome)}
      <div part="rows" class="rows" @keydown=${this.handleRowsKeyDown}>${rows.map((row) => this.renderRow(row, outcome))}</div>
    `;
  }

  private names(): { a: string; b: string } {
    return this.mode === 'insertions' ? { a: 'Without insertions', b: 'As printed' } : { a: this.aLabel, b: this.bLabel };
  }

  private renderToolbar(): TemplateResult {
    return html`<div part="toolbar" class="toolbar">
      <fieldset class="views">
        <legend class="visually-hidden">View</legend>
        <label><input type="radio" name="view" value="inline" .checked=${this.view !== 'split'} @change=${this.handleViewChange} />Inline</label>
        <label><input type="radio" name="view" value="split" .checked=${this.view === 'split'} @change=${this.handleViewChange} />Side by side</label>
      </fieldset>
      <label><input type="checkbox" .checked=${this.changedOnly} @change=${this.handleChangedOnly} />Changed paragraphs only</label>
      <span class="navigation">
        <button type="button" part="previous-change" @click=${this.handlePrevious}>Previous change</button>
        <button type="button" part="next-change" @click=${this.handleNext}>Next change</button>
      </span>
    </div>`;
  }

  private renderLegend(): TemplateResult {
    const { a, b } = this.names();
    const text =
      this.mode === 'insertions'
        ? 'The translator’s bracketed insertions are underlined; read without them, the rest is the bare translation.'
        : `Struck through: only in ${a}. Underlined: only in ${b}.`;
    return html`<p part="legend" class="legend"><span class="sample sample-delete" aria-hidden="true">struck</span> <span class="sample sample-insert" aria-hidden="true">underlined</span> ${text}</p>`;
  }

  private renderProvenance(outcome: DiffOutcome): TemplateResult | typeof nothing {
    const names = this.names();
    const lines = [
      provenanceLine('Source', outcome.source),
      provenanceLine(names.a, outcome.a),
      ...(this.mode === 'insertions' ? [] : [provenanceLine(names.b, outcome.b)]),
    ].filter((line): line is string => line !== undefined);
    return lines.length === 0 ? nothing : html`<p part="provenance" class="provenance">${lines.join(' · ')}</p>`;
  }

  private renderRow(row: ParagraphComparison, outcome: DiffOutcome): TemplateResult {
    const names = this.names();
    const labels = this.mode === 'insertions' ? INSERTION_LABELS : VERSION_LABELS;
    const langA = outcome.a.lang;
    const langB = outcome.b.lang;
    const unchanged = row.stats.changes === 0;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel)));
    return html`<section part=${unchanged ? 'row unchanged' : 'row'} class="row">
      <div part="row-heading" class="row-heading" role="heading" aria-level=${level}>
        ${rowHeading(row, names, outcome.source !== undefined, this.mode)}${unchanged && this.mode === 'versions' ? ' — unchanged' : ''}
      </div>
      ${outcome.source && row.source.length > 0
        ? html`<div part="source" class="source">
            ${isReconstruction(outcome.source) ? html`<span class="source-tag">Reconstruction, not the original: </span>` : nothing}<span lang=${outcome.source.lang}
              >${sourceText(outcome.source, row.source)}</span
            >
          </div>`
        : nothing}
      ${this.view === 'split'
        ? html`<div class="split">
            ${this.renderSideColumn(row, 'a', names.a, langA, labels)} ${this.renderSideColumn(row, 'b', names.b, langB, labels)}
          </div>`
        : html`<p part="text" class="text" lang=${langA}>${renderInline(row.ops, langA, langB, labels)}</p>`}
    </section>`;
  }

  private renderSideColumn(row: ParagraphComparison, side: 'a' | 'b', name: string, lang: string, labels: typeof VERSION_LABELS): TemplateResult {
    const empty = (side === 'a' ? row.a : row.b).length === 0;
    return html`<div part=${`side side-${side}`} class="side">
      <div class="side-name">${name}</div>
      ${empty ? html`<p part="gap" class="gap">No paragraph here in ${name}.</p>` : html`<p class="text" lang=${lang}>${renderSide(row.ops, side, lang, labels)}</p>`}
    </div>`;
  }
}

function sourceText(source: TextDocument, indices: readonly number[]): string {
  return indices.map((index) => source.paragraphs[index]?.text ?? '').join('\n\n');
}

declare global {
  interface HTMLElementTagNameMap {
    'parallel-text-diff': ParallelTextDiffElement;
  }
}
