/**
 * The `inspect` report for people: what the document is, counts of insertions by kind, each
 * insertion in its context with the classifier's reason, notes, page-break splits, diagnostics.
 * Plain text only (never markup), so hostile input cannot inject anything.
 */
import { INSERTION_KINDS, type InsertionSpan, type Paragraph, type TextDocument } from '../model.js';

const CONTEXT = 32;

export function inspectText(document: TextDocument): string {
  const { meta } = document;
  const insertions = document.paragraphs.flatMap((paragraph) =>
    paragraph.spans.flatMap((span) => (span.type === 'insertion' ? [{ paragraph, span }] : [])),
  );
  const counts = INSERTION_KINDS.map((kind) => `${insertions.filter(({ span }) => span.kind === kind).length} ${kind}`);
  const lines: string[] = [];
  if (meta.title !== undefined) lines.push(meta.date !== undefined ? `${meta.title} (${meta.date})` : meta.title);
  lines.push(`form: ${document.form} · language: ${document.lang} · provenance: ${meta.provenance.kind}${meta.provenance.label ? ` (${meta.provenance.label})` : ''}`);
  if (meta.translator !== undefined) lines.push(`translator: ${meta.translator}`);
  if (meta.originalLanguage !== undefined) lines.push(`original language: ${meta.originalLanguage}`);
  lines.push(
    '',
    `${plural(document.paragraphs.length, 'body paragraph')}, ${plural(document.notes.length, 'note')}, ${plural(insertions.length, 'insertion')}: ${counts.join(', ')}`,
  );
  if (insertions.length > 0) lines.push('', 'Insertions:');
  for (const { paragraph, span } of insertions) {
    const confidence = span.confidence.toFixed(2);
    lines.push(`  ¶${paragraph.index}  ${span.kind.padEnd(15)} ${confidence}${span.overridden ? ' (set by author)' : ''}  ${context(paragraph, span)}`);
    lines.push(`        ${span.reason}`);
    if (span.renders) lines.push(`        renders ${span.renders.text} (source ¶${span.renders.paragraph}, ${span.renders.confidence.toFixed(2)})`);
  }
  if (document.notes.length > 0) lines.push('', 'Notes:');
  for (const note of document.notes) {
    const from = document.paragraphs.filter((paragraph) => paragraph.spans.some((span) => span.type === 'noteref' && span.label === note.label));
    const where = from.length > 0 ? `referred to in ${from.map((paragraph) => `¶${paragraph.index}`).join(', ')}` : 'never referred to';
    lines.push(`  ${note.label}. ${shorten(note.text, 70)} (${where})`);
  }
  const splits = document.paragraphs.filter((paragraph) => paragraph.continues);
  if (splits.length > 0) lines.push('', `Continued paragraphs (page-break splits): ${splits.map((p) => `¶${p.index} → ¶${p.index + 1}`).join(', ')}`);
  if (meta.sourceNote !== undefined) lines.push('', `Source note: ${shorten(meta.sourceNote, 100)}`);
  lines.push('', document.diagnostics.length === 0 ? 'Diagnostics: none' : 'Diagnostics:');
  for (const diagnostic of document.diagnostics) {
    lines.push(`  ${diagnostic.severity} ${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The insertion with a little of the sentence on each side, on one line. */
function context(paragraph: Paragraph, span: InsertionSpan): string {
  const from = span.start - paragraph.start;
  const to = span.end - paragraph.start;
  const before = oneLine(paragraph.text.slice(Math.max(0, from - CONTEXT), from));
  const after = oneLine(paragraph.text.slice(to, to + CONTEXT));
  return `${from > CONTEXT ? '…' : ''}${before}${oneLine(span.text)}${after}${to + CONTEXT < paragraph.text.length ? '…' : ''}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

function shorten(text: string, length: number): string {
  const line = oneLine(text);
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
