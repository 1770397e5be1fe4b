/**
 * One document: its title and sources, the reading controls, the aligned viewer, and — because
 * every demo document has annotations — the teaching tools (notes, reveal mode, exercise, printable
 * handout). Settings and the deep-link fragment live in the URL, so any view can be shared.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resolveAnnotations, type AlignmentPair, type ResolvedAnnotations, type TextDocument } from '@parallel-text/core';
import type { ParallelTextAlignmentChangeEvent, ParallelTextElement, ParallelTextReadyEvent, ParallelTextSelectEvent } from '@parallel-text/elements';
import { LightElement } from '../app/light-element.js';
import { navigate } from '../app/navigate.js';
import type { Route } from '../app/route.js';
import type { SettingsEvent } from '../app/view-controls.js';
import type { DemoDocument, DocumentTexts } from '../documents/registry.js';
import { withFrontMatter } from '../documents/front-matter.js';
import type { ShowFragmentEvent } from '../teaching/notes-panel.js';
import type { OwnSourceEvent } from '../teaching/own-source-dialog.js';
import '../app/view-controls.js';
import '../teaching/notes-panel.js';
import '../teaching/exercise-panel.js';
import '../teaching/own-source-dialog.js';
import { renderProvenanceNotice, renderSourceLine } from './document-header.js';

interface Ready {
  readonly source: TextDocument;
  readonly target: TextDocument;
  readonly pairs: readonly AlignmentPair[];
}

export class DocumentPageElement extends LightElement {
  @property({ attribute: false }) document!: DemoDocument;
  @property({ attribute: false }) route!: Route;

  @state() private texts: DocumentTexts | undefined;
  @state() private loadError = '';
  @state() private ownSource: string | undefined;
  @state() private ready: Ready | undefined;
  @state() private annotations: ResolvedAnnotations | undefined;
  @state() private showNotes = true;
  @state() private status = '';
  @query('parallel-text') private viewer: ParallelTextElement | null | undefined;
  /** The fragment last scrolled to, so a selection written to the URL does not scroll again. */
  private revealedFragment: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('document')) {
      this.texts = undefined;
      this.loadError = '';
      this.ownSource = undefined;
      this.ready = undefined;
      this.annotations = undefined;
      this.revealedFragment = undefined;
      const wanted = this.document;
      wanted.load().then(
        (texts) => {
          if (this.document === wanted) this.texts = texts;
        },
        (error: unknown) => {
          this.loadError = `The texts could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
        },
      );
    }
  }

  protected override updated(): void {
    const fragment = this.route.fragment;
    if (fragment && fragment !== this.revealedFragment && this.viewer) {
      this.revealedFragment = fragment;
      this.viewer.reveal(fragment);
    }
  }

  private get sourceText(): string | undefined {
    if (this.ownSource === undefined) return this.texts?.source;
    // A visitor's text without front matter is labelled as theirs; one with front matter says for itself.
    return this.ownSource.trimStart().startsWith('---')
      ? this.ownSource
      : withFrontMatter({ provenance: 'user', 'provenance-label': 'Your text', 'provenance-note': 'Supplied by you in this browser; not stored.' }, this.ownSource);
  }

  private readonly handleReady = (event: ParallelTextReadyEvent) => {
    const ready = { source: event.sourceDocument, target: event.targetDocument, pairs: event.pairs };
    this.ready = ready;
    this.annotations = this.texts?.annotations === undefined ? undefined : resolveAnnotations(this.texts.annotations, ready);
  };

  private readonly handleSelect = (event: ParallelTextSelectEvent) => {
    const first = event.targetParagraphs[0];
    const fragment = first === undefined ? `s${String(event.sourceParagraphs[0] ?? 0)}` : `p${String(first)}`;
    this.revealedFragment = fragment;
    navigate({ ...this.route, fragment }, 'replace');
  };

  private readonly handleAlignmentChange = (event: ParallelTextAlignmentChangeEvent) => {
    if (this.ready) this.ready = { ...this.ready, pairs: event.pairs };
  };

  private show(fragment: string) {
    this.revealedFragment = fragment;
    this.viewer?.reveal(fragment);
    navigate({ ...this.route, fragment }, 'replace');
  }

  private async copyLink() {
    try {
      await navigator.clipboard.writeText(location.href);
      this.status = 'Link to this view copied.';
    } catch {
      this.status = `Copy this link: ${location.href}`;
    }
  }

  private renderViewer(texts: DocumentTexts) {
    const { settings } = this.route;
    const marks = this.showNotes ? (this.annotations?.marks ?? []) : [];
    return html`<parallel-text
      id="viewer"
      source-lang="ru"
      target-lang="en"
      layout=${settings.layout}
      insertions=${settings.insertions}
      conceal=${settings.conceal}
      .source=${this.sourceText}
      .target=${texts.target}
      .annotations=${marks}
      @parallel-text-ready=${this.handleReady}
      @parallel-text-select=${this.handleSelect}
      @parallel-text-alignment-change=${this.handleAlignmentChange}
    ></parallel-text>`;
  }

  override render() {
    const doc = this.document;
    const texts = this.texts;
    const source = this.ready?.source;
    // The index earns its place only when the translator inserted something (the UDHR has no brackets).
    const hasInsertions = this.ready?.target.paragraphs.some((paragraph) => paragraph.spans.some((span) => span.type === 'insertion')) ?? false;
    const hasIndex = hasInsertions && customElements.get('parallel-text-insertions') !== undefined;
    return html`<article class="document-page" aria-labelledby="document-title">
      <header class="document-header">
        <p class="kicker">${doc.kicker}</p>
        <h1 id="document-title">${doc.title}</h1>
        <p class="summary">${doc.summary}</p>
        ${renderSourceLine(doc.credits)} ${source ? renderProvenanceNotice(source, this.ownSource !== undefined) : nothing}
      </header>

      <div class="toolbar no-print" role="group" aria-label="Reading and teaching controls">
        <demo-view-controls
          teaching
          name=${doc.id}
          .settings=${this.route.settings}
          @demo-settings=${(event: SettingsEvent) => {
            navigate({ ...this.route, settings: event.settings }, 'replace');
          }}
        ></demo-view-controls>
        <div class="toolbar-actions">
          <label class="check">
            <input type="checkbox" .checked=${this.showNotes} @change=${(event: Event) => (this.showNotes = (event.target as HTMLInputElement).checked)} />
            Notes in the text
          </label>
          <button type="button" class="button" @click=${() => void this.copyLink()}>Copy link</button>
          <button type="button" class="button" @click=${() => { window.print(); }}>Print handout</button>
          ${doc.acceptsOwnSource
            ? html`<demo-own-source
                ?active=${this.ownSource !== undefined}
                @demo-own-source=${(event: OwnSourceEvent) => {
                  this.ownSource = event.text;
                }}
              ></demo-own-source>`
            : nothing}
        </div>
        <p class="toolbar-status" role="status">${this.status}</p>
      </div>

      <div class="reading">
        <div class="reading-main">
          ${this.loadError ? html`<p class="error" role="alert">${this.loadError}</p>` : nothing}
          ${texts ? this.renderViewer(texts) : html`<p class="loading" role="status">Loading the texts…</p>`}
        </div>
        <aside class="reading-aside" aria-label="Teaching notes">
          ${this.annotations
            ? html`<demo-notes-panel
                .marks=${this.annotations.marks}
                .problems=${this.annotations.diagnostics}
                skipped=${this.annotations.skipped.length}
                @demo-show-fragment=${(event: ShowFragmentEvent) => {
                  this.show(event.fragment);
                }}
              ></demo-notes-panel>`
            : nothing}
        </aside>
      </div>

      ${hasIndex
        ? html`<section class="insertions-panel no-print" aria-labelledby="insertions-heading">
            <h2 id="insertions-heading">Every insertion</h2>
            <p class="panel-hint">The translator’s brackets, indexed: sort, filter, and choose one to see it in the text.</p>
            <parallel-text-insertions for="viewer"></parallel-text-insertions>
          </section>`
        : nothing}

      ${this.ready
        ? html`<demo-exercise
            .source=${this.ready.source}
            .target=${this.ready.target}
            .pairs=${this.ready.pairs}
            source-label=${this.ready.source.meta.provenance.kind === 'reconstruction' ? 'Reconstruction — not the archival text' : ''}
          ></demo-exercise>`
        : nothing}
    </article>`;
  }
}

customElements.define('demo-document-page', DocumentPageElement);

declare global {
  interface HTMLElementTagNameMap {
    'demo-document-page': DocumentPageElement;
  }
}
