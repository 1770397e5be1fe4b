/**
 * A text area that also takes a file, by button or by dropping it on the field. It reports the
 * text as it changes (`demo-text`) and says how a file was read; it never alters what was typed,
 * pasted or loaded.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LightElement } from './light-element.js';
import { ACCEPT_ATTRIBUTE, readTextFile } from './read-text-file.js';

export class TextChangeEvent extends Event {
  constructor(readonly text: string) {
    super('demo-text', { bubbles: true });
  }
}

let counter = 0;

export class TextFieldElement extends LightElement {
  @property() label = 'Text';
  /** Language of the text typed here (set on the text area only). */
  @property({ attribute: 'text-lang' }) textLang = '';
  @property() value = '';
  @property({ type: Number }) rows = 10;
  @property() hint = '';

  @state() private notice = '';
  @state() private dragging = false;
  private readonly uid = `text-field-${String((counter += 1))}`;

  private setText(text: string) {
    this.value = text;
    this.dispatchEvent(new TextChangeEvent(text));
  }

  private async load(file: File | undefined) {
    if (!file) return;
    const read = await readTextFile(file);
    this.notice = read.notice ?? `Loaded ${read.name}.`;
    if (read.ok) this.setText(read.text);
  }

  private readonly handleDrop = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = false;
    void this.load(event.dataTransfer?.files[0]);
  };

  override render() {
    const paragraphs = this.value.split(/\n\s*\n/u).filter((part) => part.trim() !== '').length;
    return html`<div
      class=${this.dragging ? 'text-field is-dragging' : 'text-field'}
      @dragover=${(event: DragEvent) => {
        event.preventDefault();
        this.dragging = true;
      }}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.handleDrop}
    >
      <div class="text-field-head">
        <label for=${this.uid}>${this.label}</label>
        <label class="button small file-button">
          Open file…
          <input
            type="file"
            class="visually-hidden"
            accept=${ACCEPT_ATTRIBUTE}
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              void this.load(input.files?.[0]).then(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      <textarea
        id=${this.uid}
        lang=${this.textLang || nothing}
        rows=${this.rows}
        spellcheck="false"
        aria-describedby=${`${this.uid}-status`}
        .value=${this.value}
        @input=${(event: Event) => {
          this.setText((event.target as HTMLTextAreaElement).value);
        }}
      ></textarea>
      <p class="text-field-status" id=${`${this.uid}-status`} aria-live="polite">
        ${this.hint ? html`${this.hint} ` : nothing}${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${this.value.length.toLocaleString('en')} characters.
        ${this.notice}
      </p>
    </div>`;
  }
}

customElements.define('demo-text-field', TextFieldElement);

declare global {
  interface HTMLElementTagNameMap {
    'demo-text-field': TextFieldElement;
  }
}
