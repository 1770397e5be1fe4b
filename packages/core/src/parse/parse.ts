/**
 * `parse`: any string in, a `TextDocument` out — body paragraphs cut into classified spans,
 * notes, metadata, diagnostics and segments that rebuild the input exactly. It never throws and
 * never changes a character: bad input becomes diagnostics.
 */
import type { Note, Paragraph, ParseOptions, Segment, TextDocument } from '../model.js';
import { lineIndex } from '../text/line-index.js';
import { applyOverrides } from './apply-overrides.js';
import { endsOpen, startsLowerCase } from './continuation.js';
import { guessLanguage } from './language.js';
import { readLayout, type Layout } from './layout.js';
import { buildMeta } from './meta.js';
import { scanParagraph } from './spans.js';
import { DiagnosticSink, inputDiagnostics } from './diagnostics.js';

export function parse(source: string, options: ParseOptions = {}): TextDocument {
  // Callers in plain JavaScript may pass anything; the promise is "never throws".
  const text = typeof source === 'string' ? source : String(source);
  try {
    return parseText(text, options);
  } catch (error) {
    return fallbackDocument(text, error);
  }
}

function parseText(source: string, options: ParseOptions): TextDocument {
  const sink = new DiagnosticSink(lineIndex(source));
  const layout = readLayout(source, options.form ?? 'auto');
  const notes = buildNotes(source, layout, sink);
  const labels = new Set(notes.map((note) => note.label));
  let paragraphs: readonly Paragraph[] = buildParagraphs(source, layout, labels, sink);
  if (options.overrides && options.overrides.length > 0) {
    const result = applyOverrides(paragraphs, options.overrides);
    paragraphs = result.paragraphs;
    sink.addAll(result.diagnostics);
  }
  reportUnreferencedNotes(paragraphs, notes, sink);
  inputDiagnostics(source, layout, paragraphs, sink);

  const fields = new Map(Object.entries(layout.frontMatter?.fields ?? {}));
  for (const [name, value] of layout.header?.fields ?? []) fields.set(name, value);
  const meta = buildMeta({
    fields,
    archive: layout.form === 'archive-page' && layout.header !== undefined,
    ...(layout.header?.title !== undefined ? { title: layout.header.title } : {}),
    ...(layout.header?.url !== undefined ? { url: layout.header.url } : {}),
    ...(layout.sourceNote !== undefined ? { sourceNote: layout.sourceNote } : {}),
    ...(options.provenance ? { provenance: options.provenance } : {}),
  });
  const lang = options.lang ?? fields.get('lang') ?? fields.get('language-tag') ?? guessLanguage(paragraphs);
  return {
    lang,
    meta,
    paragraphs,
    notes,
    diagnostics: sink.sorted(),
    source,
    form: layout.form,
    segments: buildSegments(source, layout, notes),
  };
}

function buildNotes(source: string, layout: Layout, sink: DiagnosticSink): Note[] {
  const seen = new Map<string, number>();
  return layout.notes.map((found) => {
    const count = (seen.get(found.label) ?? 0) + 1;
    seen.set(found.label, count);
    if (count > 1) sink.add('warning', 'duplicate-note-label', `A second note labelled ${found.label}: references go to the first.`, found.start);
    const slug = found.label.replace(/[^\p{L}\p{N}_-]+/gu, '-');
    return {
      start: found.start,
      end: found.end,
      label: found.label,
      id: count > 1 ? `note-${slug}-${count}` : `note-${slug}`,
      text: source.slice(found.textStart, found.end).trim(),
    };
  });
}

function buildParagraphs(source: string, layout: Layout, labels: ReadonlySet<string>, sink: DiagnosticSink): Paragraph[] {
  const position = sink.position;
  const bodies = layout.blocks.filter((block) => block.role === 'paragraph');
  const scans = bodies.map((block) => scanParagraph(source, block.start, block.end, labels));
  // An unclosed `[` whose `]` turns up in a later paragraph is one problem, reported once.
  let pending: number | undefined;
  const unclosed = (at: number): void => {
    sink.add('warning', 'unclosed-bracket', 'This [ is never closed in its paragraph; the text is kept as printed and not taken as an insertion.', at);
  };
  for (const scan of scans) {
    const stray = [...scan.stray];
    const active = stray.length > 0 || Number.isFinite(scan.firstOpen);
    if (pending !== undefined && stray.length > 0 && (stray[0] ?? 0) < scan.firstOpen) {
      const close = position(stray.shift() ?? 0);
      sink.add('warning', 'bracket-spans-paragraphs', `This [ closes only in a later paragraph (line ${close.line}, column ${close.column}); a bracket cannot span paragraphs, so the text is kept as printed.`, pending);
      pending = undefined;
    } else if (pending !== undefined && active) {
      unclosed(pending);
      pending = undefined;
    }
    for (const at of stray) sink.add('warning', 'stray-bracket', 'A ] with no [ before it in its paragraph; kept as printed.', at);
    for (const at of scan.nested) sink.add('warning', 'nested-bracket', 'A [ inside another bracketed insertion: the outer brackets are taken as one insertion.', at);
    for (const at of scan.empty) sink.add('warning', 'empty-bracket', 'Empty brackets: nothing to classify; kept as printed.', at);
    for (const [at, label] of scan.undefinedFootnotes) sink.add('warning', 'undefined-footnote', `A reference to footnote [^${label}], which is not defined.`, at);
    const opens = [...scan.unclosed];
    const last = opens.pop();
    opens.forEach(unclosed);
    if (last !== undefined) pending = last;
  }
  if (pending !== undefined) unclosed(pending);

  return bodies.map((block, index) => {
    const text = source.slice(block.start, block.end);
    const spans = scans[index]?.spans ?? [];
    const next = bodies[index + 1];
    const continues = next !== undefined && endsOpen(text, spans, block.start) && startsLowerCase(source.slice(next.start, Math.min(next.end, next.start + 40)));
    return { index, id: `p${index}`, start: block.start, end: block.end, text, spans, line: block.line, continues };
  });
}

function reportUnreferencedNotes(paragraphs: readonly Paragraph[], notes: readonly Note[], sink: DiagnosticSink): void {
  const referenced = new Set(paragraphs.flatMap((paragraph) => paragraph.spans.flatMap((span) => (span.type === 'noteref' ? [span.label] : []))));
  for (const note of notes) {
    if (!referenced.has(note.label)) sink.add('info', 'unreferenced-note', `Note ${note.label} is never referred to in the body.`, note.start);
  }
}

/** Roles for every stretch of the source; whatever lies between them is a separator. */
function buildSegments(source: string, layout: Layout, notes: readonly Note[]): Segment[] {
  const marked: Segment[] = [];
  const frontMatterEnd = layout.frontMatter && layout.frontMatter.unclosedAt === undefined ? layout.frontMatter.end : 0;
  if (frontMatterEnd > 0) marked.push({ start: 0, end: frontMatterEnd, role: 'front-matter' });
  for (const block of layout.blocks) {
    if (block.role !== 'note') marked.push({ start: block.start, end: block.end, role: block.role === 'paragraph' ? 'paragraph' : block.role });
  }
  for (const note of notes) marked.push({ start: note.start, end: note.end, role: 'note' });
  marked.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const segment of marked) {
    if (segment.start > cursor) segments.push({ start: cursor, end: segment.start, role: 'separator' });
    if (segment.end > segment.start) segments.push(segment);
    cursor = Math.max(cursor, segment.end);
  }
  if (cursor < source.length) segments.push({ start: cursor, end: source.length, role: 'separator' });
  return segments;
}

/** Only reached through a bug: the whole text as one paragraph, with the error said plainly. */
function fallbackDocument(source: string, error: unknown): TextDocument {
  const message = error instanceof Error ? error.message : String(error);
  const paragraph: Paragraph = {
    index: 0, id: 'p0', start: 0, end: source.length, text: source, line: 1, continues: false,
    spans: source ? [{ type: 'text', start: 0, end: source.length, text: source }] : [],
  };
  return {
    lang: 'und',
    meta: { provenance: { kind: 'unknown' }, fields: {} },
    paragraphs: source ? [paragraph] : [],
    notes: [],
    diagnostics: [{ severity: 'error', code: 'internal-error', message: `The parser failed (${message}); the text is shown unparsed.`, line: 1, column: 1 }],
    source,
    form: 'plain',
    segments: source ? [{ start: 0, end: source.length, role: 'paragraph' }] : [],
  };
}
