/**
 * The teaching notes beside the text: every placed annotation with its place, its body (plain
 * text, paragraphs on blank lines) and a button that shows the spot in the viewer; then the notes
 * that could not be placed, with the reason. Never renders a note's text as markup.
 */
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { AnnotationDiagnostic, AnnotationMark } from '@parallel-text/core';
import { LightElement } from '../app/light-element.js';

/** Asks the page to show a place in the viewer, by fragment id (`p4`, `s2`). */
export class ShowFragmentEvent extends Event {
  constructor(readonly fragment: string) {
    super('demo-show-fragment', { bubbles: true });
  }
}

export const fragmentOf = (mark: Pick<AnnotationMark, 'side' | 'paragraph'>): string =>
  `${mark.side === 'source' ? 's' : 'p'}${mark.paragraph}`;

export class NotesPanelElement extends LightElement {
  @property({ attribute: false }) marks: readonly AnnotationMark[] = [];
  @property({ attribute: false }) problems: readonly AnnotationDiagnostic[] = [];
  /** How many notes were left out because they concern a text that is not shown (e.g. the reconstruction). */
  @property({ type: Number }) skipped = 0;
  @property({ attribute: 'source-name' }) sourceName = 'Russian';
  @property({ attribute: 'target-name' }) targetName = 'English';

  private renderMark(mark: AnnotationMark) {
    const sideName = mark.side === 'source' ? this.sourceName : this.targetName;
    return html`<li class="note-card" data-category=${mark.category ?? 'note'} data-annotation=${mark.id}>
      <p class="note-meta">
        <span class="chip">${mark.category ?? 'note'}</span>
        <span>${sideName}, ¶${mark.paragraph}</span>
      </p>
      <h3 class="note-title">${mark.title}</h3>
      ${mark.body.split(/\n\s*\n/u).map((paragraph) => html`<p class=${paragraph.startsWith('Question') ? 'note-body is-question' : 'note-body'}>${paragraph}</p>`)}
      <button
        type="button"
        class="link-button no-print"
        aria-label=${`Show in the text: ${mark.title}`}
        @click=${() => this.dispatchEvent(new ShowFragmentEvent(fragmentOf(mark)))}
      >
        Show in the text
      </button>
    </li>`;
  }

  override render() {
    const unplaced = this.problems.filter((problem) => problem.severity === 'error');
    return html`<section class="notes-panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Teaching notes <span class="count">${this.marks.length}</span></h2>
      <p class="panel-hint">
        Notes on translation choices, grounded in what the text shows. What the lost Russian said is asked, never asserted.
      </p>
      ${this.skipped > 0
        ? html`<p class="panel-notice" role="status">
            ${this.skipped} note${this.skipped === 1 ? '' : 's'} about the reconstruction ${this.skipped === 1 ? 'is' : 'are'} left out: the
            Russian shown is not the reconstruction.
          </p>`
        : nothing}
      <ol class="note-list">
        ${this.marks.map((mark) => this.renderMark(mark))}
      </ol>
      ${unplaced.length > 0
        ? html`<details class="panel-notice">
            <summary>${unplaced.length} note${unplaced.length === 1 ? '' : 's'} could not be placed in this text</summary>
            <ul>
              ${unplaced.map((problem) => html`<li><code>${problem.annotation ?? problem.path}</code>: ${problem.message}</li>`)}
            </ul>
          </details>`
        : nothing}
    </section>`;
  }
}

customElements.define('demo-notes-panel', NotesPanelElement);

declare global {
  interface HTMLElementTagNameMap {
    'demo-notes-panel': NotesPanelElement;
  }
}
