/**
 * TEI P5 export: both texts in one <TEI> document, paragraphs with xml:id, the translator's
 * insertions as typed <seg>s (brackets kept, so the text content is exactly the printed text),
 * note references as <ref>, notes as <note>, and the alignment as a <linkGrp>. Everything from a
 * text is escaped; nothing of it becomes markup.
 */
import type { AnnotationMark, Diagnostic, Paragraph, Span, TextDocument } from '../model.js';
import type { ParallelTextBundle } from './bundle.js';
import { escapeMarkup, xmlSafe } from './escape.js';

export interface TeiExport {
  readonly xml: string;
  readonly diagnostics: readonly Diagnostic[];
}

type Side = 's' | 't';

/** TEI's certainty scale for the classifier's confidence. */
function certainty(confidence: number): string {
  if (confidence >= 0.8) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}

function spanXml(span: Span, side: Side, paragraph: Paragraph, insertionIndex: number, text: (value: string) => string): string {
  if (span.type === 'text') return text(span.text);
  if (span.type === 'noteref') {
    return `<ref type="noteAnchor" target="#${side}-note-${escapeMarkup(span.label)}">${text(span.text)}</ref>`;
  }
  const id = `${side}${paragraph.index}-i${insertionIndex}`;
  const renders = span.renders ? ` corresp="#s${span.renders.paragraph}"` : '';
  const inner = text(span.content);
  const open = text(span.text.slice(0, span.inner.start - span.start));
  const close = text(span.text.slice(span.inner.end - span.start));
  const content =
    span.kind === 'transliteration'
      ? `<foreign xml:lang="ru-Latn"${renders}>${inner}</foreign>`
      : span.kind === 'supplied'
        ? `<supplied reason="translator">${inner}</supplied>`
        : `<note type="${span.kind}" place="inline">${inner}</note>`;
  return `<seg type="insertion" subtype="${span.kind}" xml:id="${id}" cert="${certainty(span.confidence)}">${open}${content}${close}</seg>`;
}

function paragraphXml(paragraph: Paragraph, side: Side, text: (value: string) => string): string {
  let insertionIndex = 0;
  const body = paragraph.spans
    .map((span) => {
      const xml = spanXml(span, side, paragraph, insertionIndex, text);
      if (span.type === 'insertion') insertionIndex += 1;
      return xml;
    })
    .join('');
  const continued = paragraph.continues ? ' rend="continued"' : '';
  return `        <p xml:id="${side}${paragraph.index}" n="${paragraph.index}"${continued}>${body}</p>`;
}

function documentDiv(document: TextDocument, side: Side, type: string, text: (value: string) => string): string {
  const lines = [`      <div type="${type}" xml:lang="${escapeMarkup(document.lang)}">`];
  lines.push(...document.paragraphs.map((paragraph) => paragraphXml(paragraph, side, text)));
  if (document.notes.length > 0) {
    lines.push('        <div type="notes">');
    for (const note of document.notes) {
      lines.push(`          <note xml:id="${side}-note-${escapeMarkup(note.label)}" n="${escapeMarkup(note.label)}">${text(note.text)}</note>`);
    }
    lines.push('        </div>');
  }
  lines.push('      </div>');
  return lines.join('\n');
}

function sourceDesc(document: TextDocument, role: string, text: (value: string) => string): string {
  const { meta } = document;
  const parts = [
    `<bibl type="${role}" xml:lang="${escapeMarkup(document.lang)}">`,
    meta.title ? `<title>${text(meta.title)}</title>` : '',
    meta.translator ? `<respStmt><resp>translation</resp><name>${text(meta.translator)}</name></respStmt>` : '',
    meta.date ? `<date>${text(meta.date)}</date>` : '',
    meta.citation ? `<note type="citation">${text(meta.citation)}</note>` : '',
    meta.sourceNote ? `<note type="source">${text(meta.sourceNote)}</note>` : '',
    `<note type="provenance" subtype="${escapeMarkup(meta.provenance.kind)}">${text(meta.provenance.label ?? meta.provenance.kind)}${
      meta.provenance.note ? ` — ${text(meta.provenance.note)}` : ''
    }</note>`,
    '</bibl>',
  ];
  return `        ${parts.filter(Boolean).join('')}`;
}

function annotationNotes(annotations: readonly AnnotationMark[], text: (value: string) => string): string[] {
  if (annotations.length === 0) return [];
  return [
    '      <div type="annotations">',
    ...annotations.map(
      (mark) =>
        `        <note type="teaching" xml:id="a-${escapeMarkup(mark.id)}" target="#${mark.side === 'source' ? 's' : 't'}${mark.paragraph}" ` +
        `n="${mark.start}-${mark.end}"><label>${text(mark.title)}</label>${text(mark.body)}</note>`,
    ),
    '      </div>',
  ];
}

/** The bundle as a TEI P5 document. */
export function toTEI(bundle: ParallelTextBundle): TeiExport {
  let replaced = 0;
  const text = (value: string) => {
    const safe = xmlSafe(value);
    replaced += safe.replaced;
    return escapeMarkup(safe.text);
  };
  const title = bundle.target.meta.title ?? bundle.source.meta.title ?? 'Parallel text';
  const links = bundle.pairs.map((pair) => {
    const ends = [...pair.source.map((index) => `#s${index}`), ...pair.target.map((index) => `#t${index}`)].join(' ');
    return `      <link target="${ends}" cert="${certainty(pair.score)}"${pair.pinned ? ' type="pinned"' : ''}/>`;
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    '  <teiHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${text(title)}</title></titleStmt>`,
    '      <publicationStmt><p>Exported by parallel-text. Bracketed insertions are kept as printed and typed by seg/@subtype.</p></publicationStmt>',
    '      <sourceDesc>',
    sourceDesc(bundle.source, 'original', text),
    sourceDesc(bundle.target, 'translation', text),
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </teiHeader>',
    '  <text>',
    '    <body>',
    documentDiv(bundle.source, 's', 'original', text),
    documentDiv(bundle.target, 't', 'translation', text),
    ...annotationNotes(bundle.annotations ?? [], text),
    '      <linkGrp type="alignment">',
    ...links,
    '      </linkGrp>',
    '    </body>',
    '  </text>',
    '</TEI>',
    '',
  ].join('\n');
  const diagnostics: Diagnostic[] =
    replaced > 0
      ? [
          {
            severity: 'warning',
            code: 'xml-forbidden-character',
            message: `${replaced} character(s) that XML cannot carry (control characters or lone surrogates) were written as U+FFFD in the TEI export`,
            line: 1,
            column: 1,
          },
        ]
      : [];
  return { xml, diagnostics };
}
