/**
 * Draws one row: a pair's source paragraphs beside (or above) its target paragraphs, a gap where
 * a side is empty, the doubt flag, the teaching reveal button and, when editable, the correction
 * controls. Only templates; state lives in the element and arrives in `RowContext`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Paragraph, TextDocument } from '@parallel-text/core';
import { sourceParagraphId, targetParagraphId } from './fragments.js';
import { hiddenRanges } from './core-api.js';
import type { MarksByParagraph } from './marks.js';
import { paragraphPieces } from './pieces.js';
import { renderPieces } from './render-paragraph.js';
import { renderEditControls } from './edit-controls.js';
import type { Row } from './rows.js';
import { UI_LANG, gapText, pairLabel } from './ui-text.js';

export type InsertionMode = 'marked' | 'plain' | 'hidden';
export type ConcealMode = 'none' | 'translation' | 'insertions';

export interface RowContext {
  readonly source: TextDocument;
  readonly target: TextDocument;
  readonly rowCount: number;
  readonly insertions: InsertionMode;
  readonly conceal: ConcealMode;
  readonly revealed: ReadonlySet<number>;
  readonly editable: boolean;
  /** The row that takes Tab focus (roving tabindex). */
  readonly activeRow: number;
  readonly selectedRow: number;
  readonly highlightedRow: number;
  readonly highlighted: string | undefined;
  readonly sourceWords: MarksByParagraph;
  readonly sourceAnnotations: MarksByParagraph;
  readonly targetAnnotations: MarksByParagraph;
  readonly annotationTitle: (key: string) => string;
  readonly sourceName: string;
  readonly targetName: string;
}

function hasInsertions(paragraph: Paragraph): boolean {
  return paragraph.spans.some((span) => span.type === 'insertion');
}

function sourceParagraph(index: number, row: Row, ctx: RowContext): TemplateResult | typeof nothing {
  const paragraph = ctx.source.paragraphs[index];
  if (!paragraph) return nothing;
  // While the translation or its insertions are concealed, marking the words they render would give the answer away.
  const concealed = ctx.conceal !== 'none' && !ctx.revealed.has(row.index);
  const pieces = paragraphPieces(paragraph, {
    insertionsAsMarks: false,
    annotations: ctx.sourceAnnotations.get(index) ?? [],
    words: concealed ? [] : (ctx.sourceWords.get(index) ?? []),
    drop: [],
  });
  const id = sourceParagraphId(index);
  return html`<p id=${id} class=${ctx.highlighted === id ? 'paragraph is-highlighted' : 'paragraph'} part="paragraph">${renderPieces(pieces, {
    concealInsertions: false,
    highlighted: ctx.highlighted,
    annotationTitle: ctx.annotationTitle,
    notes: 'source',
  })}</p>`;
}

function targetParagraph(index: number, row: Row, ctx: RowContext): TemplateResult | typeof nothing {
  const paragraph = ctx.target.paragraphs[index];
  if (!paragraph) return nothing;
  const pieces = paragraphPieces(paragraph, {
    insertionsAsMarks: ctx.insertions === 'marked',
    annotations: ctx.targetAnnotations.get(index) ?? [],
    words: [],
    drop: ctx.insertions === 'hidden' ? hiddenRanges(paragraph) : [],
  });
  const id = targetParagraphId(index);
  const classes = `paragraph${paragraph.continues ? ' continues' : ''}${ctx.highlighted === id ? ' is-highlighted' : ''}`;
  return html`<p id=${id} class=${classes} part="paragraph">${renderPieces(pieces, {
    targetParagraph: index,
    concealInsertions: ctx.conceal === 'insertions' && !ctx.revealed.has(row.index),
    highlighted: ctx.highlighted,
    annotationTitle: ctx.annotationTitle,
    notes: 'target',
  })}</p>`;
}

function gap(missingLanguage: string): TemplateResult {
  return html`<p class="gap-note" lang=${UI_LANG}>${gapText(missingLanguage)}</p>`;
}

function targetCell(row: Row, ctx: RowContext): TemplateResult {
  const lang = ctx.target.lang;
  if (row.target.length === 0) {
    return html`<div class="cell target gap" part="target gap" lang=${lang} data-badge=${ctx.targetName}>${gap(ctx.targetName)}</div>`;
  }
  if (ctx.conceal === 'translation' && !ctx.revealed.has(row.index)) {
    return html`<div class="cell target concealed" part="target concealed" lang=${lang} data-badge=${ctx.targetName}>
      <button type="button" class="reveal" part="reveal-button" lang=${UI_LANG} data-reveal-pair>Show the translation</button>
    </div>`;
  }
  const concealedInsertions =
    ctx.conceal === 'insertions' &&
    !ctx.revealed.has(row.index) &&
    row.target.some((j) => {
      const paragraph = ctx.target.paragraphs[j];
      return paragraph !== undefined && hasInsertions(paragraph);
    });
  return html`<div class="cell target" part="target" lang=${lang} data-badge=${ctx.targetName}>
    ${row.target.map((j) => targetParagraph(j, row, ctx))}
    ${concealedInsertions
      ? html`<button type="button" class="reveal" part="reveal-button" lang=${UI_LANG} data-reveal-pair>Show the insertions</button>`
      : nothing}
  </div>`;
}

function doubtFlag(row: Row): TemplateResult | typeof nothing {
  if (row.doubts.length === 0) return nothing;
  const reasons = row.doubts.join('; ');
  return html`<span class="doubt-flag" part="doubtful-flag" lang=${UI_LANG} title=${`Uncertain pairing: ${reasons}`}
    ><span class="visually-hidden">Uncertain pairing: ${reasons}</span></span
  >`;
}

/** One row of the feed. `data-pair` is how delegated handlers find the pair an event belongs to. */
export function renderRow(row: Row, ctx: RowContext): TemplateResult {
  const doubtful = row.doubts.length > 0;
  const selected = row.index === ctx.selectedRow;
  const parts = ['row', doubtful ? 'doubtful' : '', selected ? 'selected' : ''];
  const classes = [
    'row',
    doubtful ? 'doubtful' : '',
    selected ? 'is-selected' : '',
    row.index === ctx.highlightedRow ? 'is-highlighted' : '',
    row.source.length === 0 || row.target.length === 0 ? 'has-gap' : '',
  ];
  return html`<div
    class=${classes.filter(Boolean).join(' ')}
    part=${parts.filter(Boolean).join(' ')}
    role="article"
    aria-posinset=${row.index + 1}
    aria-setsize=${ctx.rowCount}
    aria-label=${pairLabel(row.index, ctx.rowCount)}
    aria-current=${row.index === ctx.selectedRow ? 'true' : 'false'}
    tabindex=${row.index === ctx.activeRow ? 0 : -1}
    data-pair=${row.index}
  >
    ${doubtFlag(row)}
    <div class="cell source${row.source.length === 0 ? ' gap' : ''}" part=${row.source.length === 0 ? 'source gap' : 'source'} lang=${ctx.source.lang} data-badge=${ctx.sourceName}>
      ${row.source.length === 0 ? gap(ctx.sourceName) : row.source.map((i) => sourceParagraph(i, row, ctx))}
    </div>
    ${targetCell(row, ctx)}
    ${ctx.editable ? renderEditControls(row, ctx.rowCount, ctx.sourceName, ctx.targetName) : nothing}
  </div>`;
}
