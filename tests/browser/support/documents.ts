/**
 * Hand-made TextDocuments for viewer tests, built from parts so every offset is right by
 * construction: plain strings, insertions with their kind, note references. Not a parser — the
 * tests that need real parsing use core's parse on the real telegram.
 */
import type { InsertionKind, Note, Paragraph, Provenance, SourceLink, Span, TextDocument } from '@parallel-text/core';

export type Part =
  | string
  | { readonly insertion: string; readonly kind: InsertionKind; readonly renders?: SourceLink; readonly reason?: string }
  | { readonly noteref: string; readonly label: string };

export const ins = (insertion: string, kind: InsertionKind, renders?: SourceLink): Part => ({ insertion, kind, ...(renders ? { renders } : {}) });
export const ref = (label: string): Part => ({ noteref: label, label });

export interface DocumentSpec {
  readonly lang: string;
  readonly paragraphs: readonly (readonly Part[])[];
  readonly notes?: readonly { readonly label: string; readonly text: string }[];
  readonly provenance?: Provenance;
}

function buildParagraph(parts: readonly Part[], index: number, start: number): Paragraph {
  const spans: Span[] = [];
  let text = '';
  for (const part of parts) {
    const at = start + text.length;
    if (typeof part === 'string') {
      spans.push({ type: 'text', text: part, start: at, end: at + part.length });
      text += part;
    } else if ('insertion' in part) {
      const content = part.insertion.slice(1, -1);
      spans.push({
        type: 'insertion',
        text: part.insertion,
        start: at,
        end: at + part.insertion.length,
        inner: { start: at + 1, end: at + part.insertion.length - 1 },
        content,
        kind: part.kind,
        confidence: 0.9,
        reason: part.reason ?? `test fixture: ${part.kind}`,
        overridden: false,
        ...(part.renders ? { renders: part.renders } : {}),
      });
      text += part.insertion;
    } else {
      spans.push({ type: 'noteref', text: part.noteref, label: part.label, start: at, end: at + part.noteref.length });
      text += part.noteref;
    }
  }
  return { index, id: `p${index}`, start, end: start + text.length, text, spans, line: 1 + index * 2, continues: false };
}

export function makeDocument(spec: DocumentSpec): TextDocument {
  const paragraphs: Paragraph[] = [];
  let source = '';
  spec.paragraphs.forEach((parts, index) => {
    if (index > 0) source += '\n\n';
    const paragraph = buildParagraph(parts, index, source.length);
    paragraphs.push(paragraph);
    source += paragraph.text;
  });
  const notes: Note[] = [];
  for (const note of spec.notes ?? []) {
    source += '\n\n';
    const marker = `- ${note.label}. `;
    const start = source.length + marker.length;
    source += marker + note.text;
    notes.push({ label: note.label, id: `note-${note.label}`, text: note.text, start, end: start + note.text.length });
  }
  return {
    lang: spec.lang,
    meta: { provenance: spec.provenance ?? { kind: 'unknown' }, fields: {} },
    paragraphs,
    notes,
    diagnostics: [],
    source,
    form: 'plain',
    segments: [{ role: 'paragraph', start: 0, end: source.length }],
  };
}

/** A link from a target insertion to `word` in source paragraph `paragraph` (first occurrence). */
export function linkTo(document: TextDocument, paragraph: number, word: string): SourceLink {
  const host = document.paragraphs[paragraph];
  if (!host) throw new Error(`fixture: no paragraph ${paragraph}`);
  const at = host.text.indexOf(word);
  if (at < 0) throw new Error(`fixture: "${word}" is not in paragraph ${paragraph}`);
  return { paragraph, start: host.start + at, end: host.start + at + word.length, text: word, confidence: 0.95, scheme: 'ala-lc' };
}

/** The text a paragraph element shows, without the viewer's own interface (labels drawn by CSS have no text). */
export function shownText(element: Element | null | undefined): string {
  return element?.textContent ?? '';
}
