/**
 * The parts around the rows: column headings (with each text's provenance, so a reconstruction
 * is never taken for the original), the legend of insertion kinds with their counts, and the
 * notes lists. Templates only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { INSERTION_KINDS, type InsertionKind, type Note, type Paragraph, type TextDocument } from '@parallel-text/core';
import { KIND_DESCRIPTIONS } from './insertion-kinds.js';
import type { InsertionMode } from './render-row.js';
import { UI_LANG } from './ui-text.js';

/** What a reader must be told about where a text comes from; empty when there is nothing to say. */
export function provenanceLabel(document: TextDocument): string {
  const provenance = document.meta.provenance;
  if (provenance.label) return provenance.label;
  switch (provenance.kind) {
    case 'reconstruction':
      return 'Reconstruction — not the original text';
    case 'archival':
      return 'Archival text';
    case 'official':
      return 'Official text';
    case 'published':
      return 'Published text';
    default:
      return '';
  }
}

function heading(document: TextDocument, name: string, role: string, below: TemplateResult | typeof nothing): TemplateResult {
  const label = provenanceLabel(document);
  const reconstructed = document.meta.provenance.kind === 'reconstruction';
  return html`<div class="head-cell" part=${`header-${role}`}>
    <span class="head-lang">${name}</span>
    ${label
      ? html`<span class=${reconstructed ? 'provenance is-reconstruction' : 'provenance'} part="provenance" title=${document.meta.provenance.note ?? label}
          >${label}</span
        >`
      : nothing}
    ${below}
  </div>`;
}

/** Column headings; the legend sits under the translation's, since the insertions are the translator's. */
export function renderHeader(source: TextDocument, target: TextDocument, sourceName: string, targetName: string, mode: InsertionMode): TemplateResult {
  return html`<div class="head" part="header" lang=${UI_LANG}>
    ${heading(source, sourceName, 'source', nothing)} ${heading(target, targetName, 'target', renderLegend(target, mode))}
  </div>`;
}

export function countInsertions(paragraphs: readonly Paragraph[]): Record<InsertionKind, number> {
  const counts: Record<InsertionKind, number> = { transliteration: 0, supplied: 0, gloss: 0, editorial: 0 };
  for (const paragraph of paragraphs) {
    for (const span of paragraph.spans) if (span.type === 'insertion') counts[span.kind] += 1;
  }
  return counts;
}

export function renderLegend(target: TextDocument, mode: InsertionMode): TemplateResult {
  const counts = countInsertions(target.paragraphs);
  const total = INSERTION_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  if (mode !== 'marked') {
    const says = mode === 'hidden' ? `${total} translator’s insertions hidden` : `${total} translator’s insertions shown as printed`;
    return html`<p class="legend" part="legend" lang=${UI_LANG}>${says}</p>`;
  }
  return html`<ul class="legend" part="legend" lang=${UI_LANG} aria-label="Translator’s insertions by kind">
    ${INSERTION_KINDS.map(
      (kind) => html`<li class=${counts[kind] === 0 ? 'legend-item is-empty' : 'legend-item'}>
        <span class=${`swatch kind-${kind}`} part=${`legend-swatch insertion-${kind}`}></span>
        ${KIND_DESCRIPTIONS[kind].label}
        <span class="count" part="legend-count">${counts[kind]}</span>
      </li>`,
    )}
  </ul>`;
}

/** The paragraph that first refers to `label`, for the note's way back to the text. */
function firstReference(document: TextDocument, label: string): number | undefined {
  return document.paragraphs.find((paragraph) => paragraph.spans.some((span) => span.type === 'noteref' && span.label === label))?.index;
}

function noteItem(note: Note, document: TextDocument, idPrefix: string, backPrefix: string, highlighted: string | undefined): TemplateResult {
  const back = firstReference(document, note.label);
  const id = `${idPrefix}${note.label}`;
  return html`<li id=${id} class=${id === highlighted ? 'note is-highlighted' : 'note'} part="note" tabindex="-1">
    <span class="note-label" part="note-label">${note.label}</span>
    <span class="note-text" lang=${document.lang}>${note.text}</span>
    ${back === undefined
      ? nothing
      : html`<a class="note-back" href=${`#${backPrefix}${back}`} data-reveal=${`${backPrefix}${back}`} lang=${UI_LANG}
          >Back to the text<span class="visually-hidden"> (note ${note.label})</span></a
        >`}
  </li>`;
}

/** Notes under the text: the translation's, then the original's if it has any. */
export function renderNotes(
  source: TextDocument,
  target: TextDocument,
  sourceName: string,
  targetName: string,
  highlighted: string | undefined,
): TemplateResult | typeof nothing {
  if (target.notes.length === 0 && source.notes.length === 0) return nothing;
  const list = (document: TextDocument, title: string, idPrefix: string, backPrefix: string, key: string) =>
    document.notes.length === 0
      ? nothing
      : html`<section class="notes" part="notes" aria-labelledby=${`notes-${key}`} lang=${UI_LANG}>
          <h2 id=${`notes-${key}`} class="notes-heading" lang=${UI_LANG}>${title}</h2>
          <ol class="notes-list">
            ${document.notes.map((note) => noteItem(note, document, idPrefix, backPrefix, highlighted))}
          </ol>
        </section>`;
  return html`${list(target, `Notes (${targetName})`, 'note-', 'p', 'target')}${list(source, `Notes (${sourceName})`, 's-note-', 's', 'source')}`;
}
