/**
 * Lets a visitor put their own original in place of the demo's (for the telegram: an archival
 * transcription instead of the reconstruction). The text stays in the browser and replaces the
 * original on this page only; `demo-own-source` carries it, or `undefined` to restore the demo's.
 */
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LightElement } from '../app/light-element.js';
import type { TextChangeEvent } from '../app/text-field.js';
import '../app/text-field.js';

export class OwnSourceEvent extends Event {
  constructor(readonly text: string | undefined) {
    super('demo-own-source', { bubbles: true });
  }
}

export class OwnSourceDialogElement extends LightElement {
  /** True while the visitor's text is shown. */
  @property({ type: Boolean }) active = false;
  @property({ attribute: 'language-name' }) languageName = 'Russian';
  @property({ attribute: 'text-lang' }) textLang = 'ru';

  @state() private draft = '';
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly apply = (event: SubmitEvent) => {
    event.preventDefault();
    if (this.draft.trim() === '') return;
    this.dispatchEvent(new OwnSourceEvent(this.draft));
    this.dialog.close();
  };

  override render() {
    return html`<div class="own-source no-print">
        <button type="button" class="button" @click=${() => { this.dialog.showModal(); }}>Use your own ${this.languageName} text…</button>
        ${this.active
          ? html`<button type="button" class="button" @click=${() => this.dispatchEvent(new OwnSourceEvent(undefined))}>Restore the demo’s text</button>`
          : nothing}
      </div>
      <dialog aria-labelledby="own-source-title" class="dialog">
        <form method="dialog" @submit=${this.apply}>
          <h2 id="own-source-title">Your own ${this.languageName} text</h2>
          <p>
            Paste, type or open a transcription (.txt or .md, paragraphs separated by blank lines). It replaces the original on this page
            only and never leaves your browser. Start it with front matter such as <code>provenance: archival</code> to say where it comes
            from.
          </p>
          <demo-text-field
            label=${`${this.languageName} text`}
            text-lang=${this.textLang}
            rows="12"
            .value=${this.draft}
            @demo-text=${(event: TextChangeEvent) => (this.draft = event.text)}
          ></demo-text-field>
          <div class="dialog-actions">
            <button type="button" class="button" @click=${() => { this.dialog.close(); }}>Cancel</button>
            <button type="submit" class="button primary" ?disabled=${this.draft.trim() === ''}>Show this text</button>
          </div>
        </form>
      </dialog>`;
  }
}

customElements.define('demo-own-source', OwnSourceDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'demo-own-source': OwnSourceDialogElement;
  }
}
