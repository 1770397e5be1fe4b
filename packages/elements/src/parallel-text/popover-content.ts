/**
 * What the explanation popover says about an insertion, a note or an annotation. Templates only,
 * with every text from the documents in text bindings; buttons carry data attributes that the
 * element handles (reveal a fragment, close).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AnnotationMark, InsertionSpan, Note, TextDocument } from '@parallel-text/core';
import { noteId, sourceNoteId, sourceParagraphId } from './fragments.js';
import { KIND_DESCRIPTIONS, confidenceWords } from './insertion-kinds.js';
import { UI_LANG } from './ui-text.js';

const TITLE_ID = 'popover-title';

function frame(title: TemplateResult | string, body: TemplateResult, lang = UI_LANG): TemplateResult {
  return html`<div class="popover-body" lang=${lang}>
    <div class="popover-head">
      <strong id=${TITLE_ID} class="popover-title">${title}</strong>
      <button type="button" class="popover-close" data-close-popover aria-label="Close"></button>
    </div>
    ${body}
  </div>`;
}

function rendersLine(span: InsertionSpan, source: TextDocument, sourceName: string): TemplateResult {
  const link = span.renders;
  if (!link) {
    return html`<p>The ${sourceName} word it renders was not found in the aligned ${sourceName} paragraph.</p>`;
  }
  const sure = link.confidence >= 0.85 ? '' : ` (${confidenceWords(link.confidence)})`;
  return html`<p>
      Renders <span class="popover-word" lang=${source.lang}>${link.text}</span> in ${sourceName} paragraph ${link.paragraph + 1}${sure}.
    </p>
    <p>
      <button type="button" class="popover-action" data-reveal=${sourceParagraphId(link.paragraph)} data-word-key=${`${link.paragraph}:${link.start}-${link.end}`}>
        Show it in the ${sourceName} text
      </button>
    </p>`;
}

export function insertionContent(
  span: InsertionSpan,
  targetLang: string,
  source: TextDocument,
  sourceName: string,
): TemplateResult {
  const kind = KIND_DESCRIPTIONS[span.kind];
  return frame(
    kind.label,
    html`<p class="popover-quote" lang=${targetLang}>${span.text}</p>
      <p>${kind.explanation}</p>
      ${span.kind === 'transliteration' ? rendersLine(span, source, sourceName) : nothing}
      <p class="popover-why">
        ${span.overridden ? 'Kind set by the document’s author.' : html`Why this kind: ${span.reason} (${confidenceWords(span.confidence)}).`}
      </p>`,
  );
}

export function noteContent(note: Note, lang: string, ofSource: boolean): TemplateResult {
  return frame(
    `Note ${note.label}`,
    html`<p class="popover-note" lang=${lang}>${note.text}</p>
      <p><button type="button" class="popover-action" data-reveal=${ofSource ? sourceNoteId(note.label) : noteId(note.label)}>Go to the note in the list</button></p>`,
  );
}

export function annotationContent(annotation: AnnotationMark, quoted: string, lang: string): TemplateResult {
  return frame(
    annotation.title,
    html`${quoted ? html`<p class="popover-quote" lang=${lang}>${quoted}</p>` : nothing}
      <p class="popover-annotation">${annotation.body}</p>
      ${annotation.category ? html`<p class="popover-why">${annotation.category}</p>` : nothing}`,
  );
}

export const POPOVER_TITLE_ID = TITLE_ID;
