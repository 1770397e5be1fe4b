/**
 * The playground: two texts (typed, pasted, opened or dropped), aligned live in an editable
 * viewer; the reader corrects pairs in place, copies an embed snippet with the current settings,
 * or downloads the documents and pairs as JSON. Texts stay in the browser.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AlignmentPair, TextDocument } from '@parallel-text/core';
import type { ParallelTextAlignmentChangeEvent, ParallelTextReadyEvent } from '@parallel-text/elements';
import { LightElement } from '../app/light-element.js';
import { navigate } from '../app/navigate.js';
import type { Route } from '../app/route.js';
import type { TextChangeEvent } from '../app/text-field.js';
import type { SettingsEvent } from '../app/view-controls.js';
import '../app/text-field.js';
import '../app/view-controls.js';
import { embedSnippet } from './embed-snippet.js';
import { downloadFile, exportFile, type ExportKind } from './export-json.js';
import { SAMPLE_NOTE, SAMPLE_SOURCE, SAMPLE_TARGET } from './sample.js';

const LANGUAGES: readonly [string, string][] = [
  ['ru', 'Russian'],
  ['uk', 'Ukrainian'],
  ['be', 'Belarusian'],
  ['en', 'English'],
  ['de', 'German'],
  ['fr', 'French'],
  ['pl', 'Polish'],
];

export class PlaygroundPageElement extends LightElement {
  @property({ attribute: false }) route!: Route;

  @state() private sourceDraft = SAMPLE_SOURCE;
  @state() private targetDraft = SAMPLE_TARGET;
  /** The texts the viewer shows: the drafts, a moment after typing stops. */
  @state() private shown = { source: SAMPLE_SOURCE, target: SAMPLE_TARGET };
  @state() private sourceLang = 'ru';
  @state() private targetLang = 'en';
  @state() private documents: { source: TextDocument; target: TextDocument } | undefined;
  @state() private pairs: readonly AlignmentPair[] = [];
  @state() private corrected = false;
  @state() private snippet = '';
  @state() private status = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.shown = { source: this.sourceDraft, target: this.targetDraft };
      this.corrected = false;
      this.snippet = '';
    }, 350);
  }

  private readonly handleReady = (event: ParallelTextReadyEvent) => {
    this.documents = { source: event.sourceDocument, target: event.targetDocument };
    this.pairs = event.pairs;
  };

  private readonly handleAlignmentChange = (event: ParallelTextAlignmentChangeEvent) => {
    this.pairs = event.pairs;
    this.corrected = true;
    this.status = 'Alignment corrected. The embed snippet and the JSON export include your pairs.';
  };

  private async copySnippet() {
    if (!this.documents) return;
    this.snippet = embedSnippet({
      sourceParagraphs: this.documents.source.paragraphs.map((paragraph) => paragraph.text),
      targetParagraphs: this.documents.target.paragraphs.map((paragraph) => paragraph.text),
      sourceLang: this.sourceLang,
      targetLang: this.targetLang,
      settings: this.route.settings,
      ...(this.corrected ? { pairs: this.pairs } : {}),
    });
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.status = 'Embed snippet copied to the clipboard.';
    } catch {
      this.status = 'The clipboard is not available here: select the snippet below and copy it.';
    }
  }

  private download(kind: ExportKind) {
    if (!this.documents) return;
    const file = exportFile(kind, this.documents.source, this.documents.target, this.pairs);
    downloadFile(file);
    this.status = `${file.name} downloaded.`;
  }

  private languageSelect(label: string, value: string, change: (lang: string) => void) {
    return html`<label class="field inline">
      <span>${label}</span>
      <select @change=${(event: Event) => { change((event.target as HTMLSelectElement).value); }}>
        ${LANGUAGES.map(([code, name]) => html`<option value=${code} ?selected=${code === value}>${name}</option>`)}
      </select>
    </label>`;
  }

  override render() {
    return html`<article class="playground" aria-labelledby="playground-title">
      <header class="document-header">
        <p class="kicker">Your own texts</p>
        <h1 id="playground-title">Playground</h1>
        <p class="summary">
          Paste, type or drop an original and its translation (.txt or .md, paragraphs separated by blank lines). They are aligned as you
          type; correct a pair with the buttons on each row, then copy an embed snippet or download the result. Nothing leaves your browser.
        </p>
        <p class="credits">${SAMPLE_NOTE}</p>
      </header>
      <div class="playground-inputs">
        <div class="playground-input">
          ${this.languageSelect('Original language', this.sourceLang, (lang) => (this.sourceLang = lang))}
          <demo-text-field
            label="Original"
            text-lang=${this.sourceLang}
            .value=${this.sourceDraft}
            @demo-text=${(event: TextChangeEvent) => {
              this.sourceDraft = event.text;
              this.schedule();
            }}
          ></demo-text-field>
        </div>
        <div class="playground-input">
          ${this.languageSelect('Translation language', this.targetLang, (lang) => (this.targetLang = lang))}
          <demo-text-field
            label="Translation"
            text-lang=${this.targetLang}
            .value=${this.targetDraft}
            @demo-text=${(event: TextChangeEvent) => {
              this.targetDraft = event.text;
              this.schedule();
            }}
          ></demo-text-field>
        </div>
      </div>
      <div class="toolbar no-print" role="group" aria-label="Reading controls and export">
        <demo-view-controls
          name="playground"
          .settings=${this.route.settings}
          @demo-settings=${(event: SettingsEvent) => {
            navigate({ ...this.route, settings: event.settings }, 'replace');
          }}
        ></demo-view-controls>
        <div class="toolbar-actions">
          <button type="button" class="button primary" ?disabled=${!this.documents} @click=${() => void this.copySnippet()}>Copy embed snippet</button>
          <button type="button" class="button" ?disabled=${!this.documents} @click=${() => { this.download('json'); }}>Download JSON</button>
          <button type="button" class="button" ?disabled=${!this.documents} @click=${() => { this.download('tei'); }}>TEI XML</button>
          <button type="button" class="button" ?disabled=${!this.documents} @click=${() => { this.download('html'); }}>Static HTML</button>
        </div>
        <p class="toolbar-status" role="status">${this.status}</p>
      </div>
      ${this.snippet
        ? html`<label class="field snippet">
            <span>Embed snippet</span>
            <textarea readonly rows="10" spellcheck="false" .value=${this.snippet}></textarea>
          </label>`
        : nothing}
      <parallel-text
        id="playground-viewer"
        editable
        source-lang=${this.sourceLang}
        target-lang=${this.targetLang}
        layout=${this.route.settings.layout}
        insertions=${this.route.settings.insertions}
        .source=${this.shown.source}
        .target=${this.shown.target}
        @parallel-text-ready=${this.handleReady}
        @parallel-text-alignment-change=${this.handleAlignmentChange}
      ></parallel-text>
    </article>`;
  }
}

customElements.define('demo-playground', PlaygroundPageElement);

declare global {
  interface HTMLElementTagNameMap {
    'demo-playground': PlaygroundPageElement;
  }
}
