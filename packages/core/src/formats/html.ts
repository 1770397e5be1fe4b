/**
 * Static HTML export: a standalone page (no script, no external resource) with both texts in aligned
 * rows, insertions marked by kind with their kind written out (not colour alone), notes, and the
 * documents' provenance. Every character of a text is escaped; nothing of it becomes markup.
 */
import type { Paragraph, TextDocument } from '../model.js';
import type { ParallelTextBundle } from './bundle.js';
import { escapeMarkup } from './escape.js';
import { STATIC_HTML_CSS } from './html-styles.js';

const KIND_LABELS: Readonly<Record<string, string>> = {
  transliteration: 'transliterated source term',
  supplied: 'word supplied by the translator',
  gloss: 'editorial gloss',
  editorial: 'editorial insertion',
};

function paragraphHtml(paragraph: Paragraph, side: 's' | 't'): string {
  let insertionIndex = 0;
  const body = paragraph.spans
    .map((span) => {
      if (span.type === 'text') return escapeMarkup(span.text);
      if (span.type === 'noteref') {
        return `<sup><a href="#${side}-note-${escapeMarkup(span.label)}">${escapeMarkup(span.text)}</a></sup>`;
      }
      const id = `${side === 't' ? 'p' : 's'}${paragraph.index}-i${insertionIndex}`;
      insertionIndex += 1;
      const label = KIND_LABELS[span.kind] ?? span.kind;
      const renders = span.renders ? `; renders ${span.renders.text}` : '';
      return `<span class="ins ins-${span.kind}" id="${id}" title="${escapeMarkup(label + renders)}">${escapeMarkup(span.text)}<span class="kind">${escapeMarkup(span.kind)}</span></span>`;
    })
    .join('');
  return `<p id="${side === 't' ? 'p' : 's'}${paragraph.index}">${body}</p>`;
}

function cell(document: TextDocument, indices: readonly number[], side: 's' | 't'): string {
  const lang = escapeMarkup(document.lang);
  if (indices.length === 0) return `<td lang="${lang}" class="gap">(no counterpart)</td>`;
  const paragraphs = indices.map((index) => document.paragraphs[index]).filter((paragraph) => paragraph !== undefined);
  return `<td lang="${lang}">${paragraphs.map((paragraph) => paragraphHtml(paragraph, side)).join('')}</td>`;
}

function notesHtml(document: TextDocument, side: 's' | 't'): string {
  if (document.notes.length === 0) return '';
  const items = document.notes
    .map((note) => `<li id="${side}-note-${escapeMarkup(note.label)}"${/^\d+$/.test(note.label) ? ` value="${note.label}"` : ''}>${escapeMarkup(note.text)}</li>`)
    .join('');
  return `<section class="notes" lang="${escapeMarkup(document.lang)}"><h2>Notes</h2><ol>${items}</ol></section>`;
}

function provenanceLine(document: TextDocument, name: string): string {
  const { provenance } = document.meta;
  const label = provenance.label ?? provenance.kind;
  const note = provenance.note ? ` — ${provenance.note}` : '';
  return `<p class="provenance"><strong>${escapeMarkup(name)}:</strong> ${escapeMarkup(label + note)}</p>`;
}

/** 'Original (ru) — Reconstruction — not the archival text': the label travels with the column. */
function columnHeading(name: string, document: TextDocument): string {
  const label = document.meta.provenance.label;
  return `${name} (${document.lang})${label ? ` — ${label}` : ''}`;
}

/** The bundle as one standalone HTML page. */
export function toStaticHTML(bundle: ParallelTextBundle): string {
  const { source, target } = bundle;
  const title = target.meta.title ?? source.meta.title ?? 'Parallel text';
  const rows = bundle.pairs
    .map((pair) => `<tr>${cell(source, pair.source, 's')}${cell(target, pair.target, 't')}</tr>`)
    .join('\n');
  return [
    '<!doctype html>',
    `<html lang="${escapeMarkup(target.lang)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeMarkup(title)}</title><style>${STATIC_HTML_CSS}</style></head>`,
    '<body>',
    `<header><h1>${escapeMarkup(title)}</h1>${provenanceLine(source, 'Original')}${provenanceLine(target, 'Translation')}</header>`,
    '<table>',
    `<thead><tr><th scope="col">${escapeMarkup(columnHeading('Original', source))}</th>` +
      `<th scope="col">${escapeMarkup(columnHeading('Translation', target))}</th></tr></thead>`,
    `<tbody>${rows}</tbody>`,
    '</table>',
    notesHtml(source, 's'),
    notesHtml(target, 't'),
    '<footer><p>Exported by parallel-text. Bracketed insertions are shown as printed; the small label names their kind.</p></footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
