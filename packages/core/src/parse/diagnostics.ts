/**
 * Collects diagnostics with their line and column, and adds the ones about the input as a whole:
 * empty text, bytes that were not UTF-8, control characters, unclosed front matter, very long
 * paragraphs. Bad input is reported here, never thrown.
 */
import type { Diagnostic, Paragraph, Severity } from '../model.js';
import type { Position } from '../text/line-index.js';
import type { Layout } from './layout.js';

/** Past this a paragraph is probably several run together (single line breaks, no blank lines). */
const LONG_PARAGRAPH = 20_000;
/** C0 controls other than tab, line breaks and form feed (an old page break), and DEL: what a stray binary byte leaves behind. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u;

/** Past this many of one kind, a list stops helping anyone: the rest are counted, not listed. */
const PER_CODE_LIMIT = 200;

export class DiagnosticSink {
  private readonly items: Diagnostic[] = [];
  private readonly counts = new Map<string, number>();

  constructor(readonly position: (offset: number) => Position) {}

  add(severity: Severity, code: string, message: string, offset: number): void {
    if (!this.admit(code)) return;
    const { line, column } = this.position(offset);
    this.items.push({ severity, code, message, line, column, offset });
  }

  addAll(diagnostics: readonly Diagnostic[]): void {
    for (const diagnostic of diagnostics) if (this.admit(diagnostic.code)) this.items.push(diagnostic);
  }

  /** In reading order, so a person can work down the list; then one line per truncated kind. */
  sorted(): Diagnostic[] {
    const listed = [...this.items].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const [code, count] of this.counts) {
      if (count <= PER_CODE_LIMIT) continue;
      const last = listed.findLast((diagnostic) => diagnostic.code === code);
      listed.push({
        severity: 'info',
        code: 'more-diagnostics',
        message: `${count - PER_CODE_LIMIT} more "${code}" diagnostics are not listed (${count} in all).`,
        line: last?.line ?? 1,
        column: last?.column ?? 1,
      });
    }
    return listed;
  }

  private admit(code: string): boolean {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    return count <= PER_CODE_LIMIT;
  }
}

export function inputDiagnostics(source: string, layout: Layout, paragraphs: readonly Paragraph[], sink: DiagnosticSink): void {
  if (source.trim() === '' || paragraphs.length === 0) {
    sink.add('info', 'empty', source.trim() === '' ? 'The text is empty.' : 'The text has no body paragraphs.', 0);
  }
  const replacement = source.indexOf('\ufffd');
  if (replacement >= 0) {
    sink.add('warning', 'replacement-character', 'The text contains U+FFFD (\ufffd): it was probably not UTF-8, and some characters are lost.', replacement);
  }
  const control = CONTROL.exec(source);
  if (control) {
    const code = (control[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0').toUpperCase();
    sink.add('warning', 'control-character', `The text contains a control character (U+${code}); it is kept, but may not display.`, control.index);
  }
  const frontMatter = layout.frontMatter;
  if (frontMatter?.unclosedAt !== undefined) {
    sink.add('warning', 'unclosed-front-matter', 'The --- front matter is never closed by a second ---, so it is read as text.', frontMatter.unclosedAt);
  }
  for (const at of frontMatter?.unclosedAt === undefined ? (frontMatter?.badLines ?? []) : []) {
    sink.add('warning', 'front-matter-line', 'A front-matter line that is not "key: value"; ignored.', at);
  }
  for (const paragraph of paragraphs) {
    if (paragraph.text.length > LONG_PARAGRAPH) {
      sink.add('info', 'long-paragraph', `Paragraph ${paragraph.index} is ${paragraph.text.length} characters long: if it is several paragraphs, separate them with blank lines.`, paragraph.start);
    }
  }
}
