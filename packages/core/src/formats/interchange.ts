/**
 * The parallel-text interchange JSON: both texts exactly as given, what the parser found in each
 * (the `inspect` report shape), the alignment and any annotations. Reading it back re-parses the
 * stored texts, so a file can never smuggle in spans that do not match its text.
 */
import type { AlignmentPair, AnnotationMark, Diagnostic, InputForm, Provenance, TextDocument } from '../model.js';
import { parse } from '../parse/index.js';
import { inspectReport, type InspectReport } from '../report/index.js';
import { validateAlignment } from '../align/index.js';
import type { ParallelTextBundle } from './bundle.js';

export const INTERCHANGE_FORMAT = 'parallel-text';
export const INTERCHANGE_VERSION = 1;

export interface InterchangeDocument extends InspectReport {
  /** The input exactly as given: the authority from which everything else is derived. */
  readonly text: string;
  readonly form: InputForm;
}

export interface Interchange {
  readonly format: typeof INTERCHANGE_FORMAT;
  readonly version: typeof INTERCHANGE_VERSION;
  readonly source: InterchangeDocument;
  readonly target: InterchangeDocument;
  readonly pairs: readonly AlignmentPair[];
  readonly annotations: readonly AnnotationMark[];
}

function interchangeDocument(document: TextDocument): InterchangeDocument {
  return { ...inspectReport(document), text: document.source, form: document.form };
}

export function toInterchange(bundle: ParallelTextBundle): Interchange {
  return {
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    source: interchangeDocument(bundle.source),
    target: interchangeDocument(bundle.target),
    pairs: bundle.pairs.map(({ source, target, score, pinned }) => (pinned ? { source, target, score, pinned } : { source, target, score })),
    annotations: bundle.annotations ?? [],
  };
}

export interface InterchangeReadResult {
  /** Present when the file held both texts; the pairs are kept only when they are a valid alignment. */
  readonly bundle?: ParallelTextBundle;
  readonly diagnostics: readonly Diagnostic[];
}

function problem(code: string, message: string): Diagnostic {
  return { severity: 'error', code, message, line: 1, column: 1 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readDocument(value: unknown, side: string, diagnostics: Diagnostic[]): TextDocument | undefined {
  if (!isRecord(value) || typeof value.text !== 'string') {
    diagnostics.push(problem('interchange-missing-text', `the ${side} document has no "text" string`));
    return undefined;
  }
  const lang = typeof value.lang === 'string' ? value.lang : undefined;
  const meta = isRecord(value.meta) ? value.meta : {};
  const provenance = isRecord(meta.provenance) && typeof meta.provenance.kind === 'string' ? (meta.provenance as unknown as Provenance) : undefined;
  return parse(value.text, { ...(lang ? { lang } : {}), ...(provenance ? { provenance } : {}) });
}

/** Reads interchange JSON text; never throws: every problem is a diagnostic. */
export function readInterchange(json: string): InterchangeReadResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { diagnostics: [problem('interchange-not-json', `not JSON: ${error instanceof Error ? error.message : String(error)}`)] };
  }
  if (!isRecord(value) || value.format !== INTERCHANGE_FORMAT) {
    return { diagnostics: [problem('interchange-wrong-format', `not a parallel-text interchange file (expected "format": "${INTERCHANGE_FORMAT}")`)] };
  }
  const diagnostics: Diagnostic[] = [];
  if (value.version !== INTERCHANGE_VERSION) {
    diagnostics.push({ ...problem('interchange-version', `version ${String(value.version)} is not ${INTERCHANGE_VERSION}; reading it as ${INTERCHANGE_VERSION}`), severity: 'warning' });
  }
  const source = readDocument(value.source, 'source', diagnostics);
  const target = readDocument(value.target, 'target', diagnostics);
  if (!source || !target) return { diagnostics };
  const pairProblems = validateAlignment(value.pairs, source.paragraphs.length, target.paragraphs.length);
  diagnostics.push(...pairProblems);
  const pairs = pairProblems.some((diagnostic) => diagnostic.severity === 'error') ? [] : (value.pairs as AlignmentPair[]);
  const annotations = readMarks(value.annotations, source, target, diagnostics);
  return { bundle: { source, target, pairs, annotations }, diagnostics };
}

/** Keeps the annotation marks that fit their paragraph; reports the others instead of trusting them. */
function readMarks(value: unknown, source: TextDocument, target: TextDocument, diagnostics: Diagnostic[]): AnnotationMark[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    diagnostics.push(problem('interchange-annotations', '"annotations" is not a list; ignored'));
    return [];
  }
  const marks: AnnotationMark[] = [];
  value.forEach((item: unknown, index) => {
    const document = isRecord(item) ? (item.side === 'source' ? source : item.side === 'target' ? target : undefined) : undefined;
    const paragraph = isRecord(item) && typeof item.paragraph === 'number' ? document?.paragraphs[item.paragraph] : undefined;
    const fits =
      isRecord(item) && paragraph !== undefined && typeof item.id === 'string' && typeof item.title === 'string' && typeof item.body === 'string' &&
      Number.isInteger(item.start) && Number.isInteger(item.end) && (item.start as number) >= 0 &&
      (item.start as number) < (item.end as number) && (item.end as number) <= paragraph.text.length;
    if (fits) marks.push(item as unknown as AnnotationMark);
    else diagnostics.push({ ...problem('interchange-annotation', `annotation ${index} does not fit a paragraph of its side; ignored`), severity: 'warning' });
  });
  return marks;
}
