/**
 * The translation exercise: pick a paragraph of the original, write your own translation, and see
 * it compared word by word with the published one (`<parallel-text-diff>`, published → yours).
 * The student's text is only ever shown as text. In print, the chosen paragraph gets ruled lines.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AlignmentPair, TextDocument } from '@parallel-text/core';
import { LightElement } from '../app/light-element.js';
import { comparableTranslation, pairText } from './pair-text.js';

export class ExercisePanelElement extends LightElement {
  @property({ attribute: false }) source: TextDocument | undefined;
  @property({ attribute: false }) target: TextDocument | undefined;
  @property({ attribute: false }) pairs: readonly AlignmentPair[] = [];
  /** Label shown above the original when it is not an authentic text (e.g. the reconstruction). */
  @property({ attribute: 'source-label' }) sourceLabel = '';

  @state() private pairIndex = 0;
  @state() private draft = '';
  @state() private compared: { published: string; yours: string } | undefined;
  @state() private leaveOutInsertions = false;

  private get pair(): AlignmentPair | undefined {
    return this.pairs[this.pairIndex];
  }

  private readonly compare = (event: SubmitEvent) => {
    event.preventDefault();
    const pair = this.pair;
    if (!pair || !this.target) return;
    const published = comparableTranslation(this.target, pair.target, this.leaveOutInsertions);
    this.compared = { published, yours: this.draft };
  };

  private readonly choose = (event: Event) => {
    this.pairIndex = Number((event.target as HTMLSelectElement).value);
    this.compared = undefined;
  };

  override render() {
    if (!this.source || !this.target || this.pairs.length === 0) return nothing;
    const choices = this.pairs.map((pair, index) => ({ index, pair, preview: preview(pairText(this.source, pair.source)) })).filter((choice) => choice.pair.source.length > 0 && choice.pair.target.length > 0);
    const pair = this.pair;
    const original = pair ? pairText(this.source, pair.source) : '';
    return html`<section class="exercise" aria-labelledby="exercise-heading">
      <h2 id="exercise-heading">Exercise: translate a paragraph</h2>
      <p class="panel-hint">
        Write your own English for one paragraph, then compare it word by word with the published translation (the edition’s note numbers
        left out).
      </p>
      <form class="exercise-form" @submit=${this.compare}>
        <label class="field no-print">
          <span>Paragraph</span>
          <select name="pair" @change=${this.choose}>
            ${choices.map((choice) => html`<option value=${choice.index} ?selected=${choice.index === this.pairIndex}>¶${choice.pair.source.join('+')} — ${choice.preview}</option>`)}
          </select>
        </label>
        <figure class="exercise-original">
          <figcaption>
            Original, ¶${pair?.source.join('+') ?? ''}${this.sourceLabel ? html` · <strong class="provenance-inline">${this.sourceLabel}</strong>` : nothing}
          </figcaption>
          <blockquote lang=${this.source.lang}>${original}</blockquote>
        </figure>
        <label class="field">
          <span>Your translation</span>
          <textarea
            name="translation"
            lang=${this.target.lang}
            rows="6"
            spellcheck="true"
            .value=${this.draft}
            @input=${(event: Event) => {
              this.draft = (event.target as HTMLTextAreaElement).value;
            }}
          ></textarea>
        </label>
        <div class="handout-lines print-only" aria-hidden="true">${Array.from({ length: 8 }, () => html`<span></span>`)}</div>
        <div class="exercise-actions no-print">
          <label class="check">
            <input
              type="checkbox"
              .checked=${this.leaveOutInsertions}
              @change=${(event: Event) => {
                this.leaveOutInsertions = (event.target as HTMLInputElement).checked;
                this.compared = undefined;
              }}
            />
            Compare with the translation minus its bracketed insertions
          </label>
          <button type="submit" class="button primary" ?disabled=${this.draft.trim() === ''}>Compare with the published translation</button>
        </div>
      </form>
      ${this.compared
        ? html`<div class="exercise-result no-print" role="region" aria-label="Your translation compared with the published one">
            <parallel-text-diff
              view="inline"
              a-lang=${this.target.lang}
              b-lang=${this.target.lang}
              a-label="Published translation"
              b-label="Your translation"
              .a=${this.compared.published}
              .b=${this.compared.yours}
            ></parallel-text-diff>
          </div>`
        : nothing}
    </section>`;
  }
}

function preview(text: string): string {
  const words = text.split(/\s+/u).slice(0, 8).join(' ');
  return words.length < text.length ? `${words}…` : words;
}

customElements.define('demo-exercise', ExercisePanelElement);

declare global {
  interface HTMLElementTagNameMap {
    'demo-exercise': ExercisePanelElement;
  }
}
