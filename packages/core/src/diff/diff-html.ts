/**
 * A comparison as one standalone HTML page (no script, no external resource): each row's changes
 * as <ins> and <del> with a visually hidden "inserted:" / "deleted:" so they are announced, not
 * shown by colour alone; every text escaped and marked with its language. Nothing of a text ever
 * becomes markup.
 */
import { escapeMarkup } from '../formats/escape.js';
import type { TextDocument } from '../model.js';
import { rowText } from './compare-translations.js';
import { rowHeading, summaryLine } from './diff-text.js';
import type { DiffOp, TranslationComparison } from './types.js';

export interface ComparisonDocuments {
  readonly a: TextDocument;
  readonly b: TextDocument;
  readonly source?: TextDocument;
  /** How to name A and B (e.g. file names); default 'A' and 'B'. */
  readonly labelA?: string;
  readonly labelB?: string;
}

const CSS = `
:root { color-scheme: light dark; --ink: #1b1b1b; --paper: #fdfcf8; --muted: #5b5b5b; --rule: #d9d4c7; --ins: #dcefd9; --del: #f6dcdc; }
@media (prefers-color-scheme: dark) { :root { --ink: #ecebe6; --paper: #1a1a1a; --muted: #b4b4b4; --rule: #3a3a3a; --ins: #1f3d22; --del: #4a2323; } }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; background: var(--paper); color: var(--ink); font: 1.05rem/1.6 'PT Serif', Georgia, serif; }
h2 { font: 600 0.85rem 'PT Sans', system-ui, sans-serif; color: var(--muted); margin: 1.5rem 0 0.25rem; border-top: 1px solid var(--rule); padding-top: 0.75rem; }
.text { white-space: pre-wrap; margin: 0; }
.source { white-space: pre-wrap; color: var(--muted); font-size: 0.95rem; margin: 0 0 0.5rem; }
ins { background: var(--ins); text-decoration: underline; text-decoration-thickness: 2px; }
del { background: var(--del); text-decoration: line-through; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.summary { font-family: 'PT Sans', system-ui, sans-serif; }
@media (forced-colors: active) { ins { text-decoration-style: double; } del { text-decoration-style: solid; } }
`;

/** 'A (en): Archive document page — As published at …': a reconstruction is never shown as an original. */
function provenanceLine(name: string, document: TextDocument): string {
  const { provenance } = document.meta;
  const label = provenance.label ?? provenance.kind;
  return `<p class="summary"><strong>${escapeMarkup(name)}</strong> (${escapeMarkup(document.lang)}): ${escapeMarkup(label + (provenance.note ? ` — ${provenance.note}` : ''))}</p>`;
}

function opHtml({ op, text }: DiffOp, langA: string, langB: string): string {
  if (op === 'equal') return escapeMarkup(text);
  const tag = op === 'insert' ? 'ins' : 'del';
  const lang = op === 'insert' ? langB : langA;
  const langAttribute = lang === langA ? '' : ` lang="${escapeMarkup(lang)}"`;
  // A change of whitespace only (a paragraph break) would be invisible: the label names it.
  const label = text.trim() === '' ? `${op === 'insert' ? 'inserted' : 'deleted'} ${text.includes('\n') ? 'line break' : 'space'}: ` : `${op === 'insert' ? 'inserted' : 'deleted'}: `;
  return `<${tag}${langAttribute}><span class="sr">${label}</span>${escapeMarkup(text)}${text.trim() === '' ? '<span aria-hidden="true">¶</span>' : ''}</${tag}>`;
}

export function comparisonToHtml(comparison: TranslationComparison, documents: ComparisonDocuments): string {
  const { a, b, source } = documents;
  const labelA = documents.labelA ?? 'A';
  const labelB = documents.labelB ?? 'B';
  const title = `Comparison of ${labelA} and ${labelB}`;
  const langA = a.lang;
  const rows = comparison.paragraphs.map((row) => {
    const heading = `<h2>${escapeMarkup(rowHeading(row, comparison.alignment === 'source'))}${row.stats.changes === 0 ? ' — unchanged' : ''}</h2>`;
    const sourceText = source && row.source.length > 0 ? `<p class="source" lang="${escapeMarkup(source.lang)}">${escapeMarkup(rowText(source, row.source))}</p>` : '';
    const body = row.ops.map((op) => opHtml(op, langA, b.lang)).join('');
    return `<section>${heading}${sourceText}<p class="text" lang="${escapeMarkup(langA)}">${body}</p></section>`;
  });
  const notes = [...comparison.notices.map((notice) => notice.message), ...comparison.diagnostics.map((diagnostic) => diagnostic.message)];
  return [
    '<!doctype html>',
    `<html lang="en">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeMarkup(title)}</title><style>${CSS}</style></head>`,
    '<body>',
    `<header><h1>${escapeMarkup(title)}</h1>`,
    provenanceLine(labelA, a),
    provenanceLine(labelB, b),
    source ? provenanceLine('Source', source) : '',
    `<p class="summary">Deleted text (only in ${escapeMarkup(labelA)}) is struck through; inserted text (only in ${escapeMarkup(labelB)}) is underlined.</p>`,
    `<p class="summary">${escapeMarkup(summaryLine(comparison))}</p>`,
    notes.length > 0 ? `<ul>${notes.map((note) => `<li>${escapeMarkup(note)}</li>`).join('')}</ul>` : '',
    '</header>',
    '<main>',
    ...rows,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
