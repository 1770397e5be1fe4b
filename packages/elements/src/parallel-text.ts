import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { paragraphRanges } from '@parallel-text/core';
import { parallelTextStyles } from './parallel-text.styles.js';

/**
 * Shows a source text and its translation side by side, paragraph by paragraph.
 *
 * @summary Aligned bilingual reading view.
 * @csspart source - A source-language paragraph.
 * @csspart target - A target-language paragraph.
 * @cssproperty [--parallel-text-gap=1.5rem] - Space between the columns.
 * @cssproperty [--parallel-text-row-gap=0.75rem] - Space between rows.
 */
export class ParallelTextElement extends LitElement {
  static override styles = parallelTextStyles;

  /** Registers the element under `tag` in `registry`; the class module itself has no side effects. */
  static define(tag = 'parallel-text', registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** The source text (blank-line-separated paragraphs). */
  @property() source = '';

  /** The translation (blank-line-separated paragraphs). */
  @property() target = '';

  /** Language of the source text. */
  @property({ attribute: 'source-lang' }) sourceLang = 'ru';

  /** Language of the translation. */
  @property({ attribute: 'target-lang' }) targetLang = 'en';

  override render() {
    const source = paragraphRanges(this.source).map((range) => this.source.slice(range.start, range.end));
    const target = paragraphRanges(this.target).map((range) => this.target.slice(range.start, range.end));
    const rows = Math.max(source.length, target.length);
    return html`<div class="rows">
      ${Array.from({ length: rows }, (_, index) => html`
        <p part="source" lang=${this.sourceLang}>${source[index] ?? ''}</p>
        <p part="target" lang=${this.targetLang}>${target[index] ?? ''}</p>
      `)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parallel-text': ParallelTextElement;
  }
}
