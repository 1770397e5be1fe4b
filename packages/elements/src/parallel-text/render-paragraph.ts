/**
 * Draws one paragraph's pieces as Lit templates. Every character of the text goes through a
 * text binding, so nothing from any input can become markup. Interaction is wired by data
 * attributes that the element handles by delegation, which keeps each row's template cheap.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { insertionId, noteId, sourceNoteId } from './fragments.js';
import { KIND_DESCRIPTIONS, insertionName } from './insertion-kinds.js';
import type { Piece } from './pieces.js';
import { wordKey } from './marks.js';

export interface ParagraphLook {
  /** The target paragraph index, when these pieces belong to a target paragraph (for insertion ids). */
  readonly targetParagraph?: number;
  /** Insertions stand in for themselves until the reader reveals their pair (conceal="insertions"). */
  readonly concealInsertions: boolean;
  /** The fragment id currently highlighted, to mark an insertion as the target of a deep link. */
  readonly highlighted?: string;
  readonly annotationTitle: (key: string) => string;
  /** Which document's notes the references point to. */
  readonly notes: 'source' | 'target';
}

function annotationButtons(keys: readonly string[], look: ParagraphLook): TemplateResult[] {
  return keys.map(
    (key) => html`<button
      type="button"
      class="annotation-ref"
      part="annotation"
      data-annotation=${key}
      aria-label=${`Annotation: ${look.annotationTitle(key)}`}
      aria-haspopup="dialog"
    ></button>`,
  );
}

/**
 * An insertion is a `span` with role=button rather than a `<button>`: a button box cannot break
 * across lines, and a long gloss must wrap like the words around it.
 */
function insertionTemplate(piece: Extract<Piece, { type: 'insertion' }>, look: ParagraphLook): TemplateResult {
  const j = look.targetParagraph ?? -1;
  const id = insertionId(j, piece.ordinal);
  const kind = piece.span.kind;
  if (look.concealInsertions) {
    return html`<span
      class="insertion concealed"
      part="insertion insertion-concealed"
      role="button"
      tabindex="0"
      id=${id}
      data-reveal-pair
      aria-label="Hidden insertion: reveal this pair to read it"
    ></span>`;
  }
  const classes = `insertion kind-${kind}${piece.annotations.length > 0 ? ' annotated' : ''}${look.highlighted === id ? ' is-highlighted' : ''}`;
  return html`<span
    class=${classes}
    part=${`insertion insertion-${kind}`}
    role="button"
    tabindex="0"
    id=${id}
    data-paragraph=${j}
    data-insertion=${piece.ordinal}
    data-word=${ifDefined(piece.span.renders ? wordKey(piece.span.renders) : undefined)}
    aria-label=${insertionName(piece.span)}
    aria-haspopup="dialog"
    title=${KIND_DESCRIPTIONS[kind].label}
  >${piece.span.text}</span>`;
}

function pieceTemplate(piece: Piece, look: ParagraphLook): TemplateResult | string {
  switch (piece.type) {
    case 'insertion':
      return insertionTemplate(piece, look);
    case 'noteref':
      return html`<a
        class="note-ref"
        part="note-ref"
        href=${`#${look.notes === 'source' ? sourceNoteId(piece.span.label) : noteId(piece.span.label)}`}
        data-note=${piece.span.label}
        data-note-side=${look.notes}
        aria-label=${`Note ${piece.span.label}`}
        aria-haspopup="dialog"
      >${piece.span.text}</a>`;
    case 'text': {
      const annotated = piece.annotations.length > 0;
      if (piece.word !== undefined) {
        return html`<span class=${annotated ? 'word annotated' : 'word'} data-word=${piece.word}>${piece.text}</span>`;
      }
      return annotated ? html`<mark class="annotated" part="annotated">${piece.text}</mark>` : piece.text;
    }
  }
}

/** The paragraph's content: pieces in order, each annotation's button right after its last piece. */
export function renderPieces(pieces: readonly Piece[], look: ParagraphLook): (TemplateResult | string | typeof nothing)[] {
  const out: (TemplateResult | string | typeof nothing)[] = [];
  for (const piece of pieces) {
    out.push(pieceTemplate(piece, look));
    if (piece.closes.length > 0) out.push(...annotationButtons(piece.closes, look));
  }
  return out;
}
