/**
 * Reads an annotation file (JSON text or an already-parsed value) into an AnnotationSet, keeping
 * every valid entry and reporting every problem as a diagnostic with its JSON Pointer and, for
 * text, its line and column. Bad input is data: this never throws and never guesses a fix.
 */
import { PROVENANCE_KINDS, type ProvenanceKind } from '../model.js';
import { lineRanges } from '../text/paragraph-ranges.js';
import {
  ANNOTATION_FORMAT,
  ANNOTATION_FORMAT_VERSION,
  type AnnotationDiagnostic,
  type AnnotationEntry,
  type AnnotationSet,
} from './format.js';
import { jsonValueOffsets, pointerToken } from './json-locations.js';

/** Where an entry's quote stands in the input, for diagnostics raised later (e.g. a quote not found). */
export interface EntryLocation {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly offset?: number;
}

export interface AnnotationSetReading {
  readonly set: AnnotationSet;
  readonly diagnostics: readonly AnnotationDiagnostic[];
  /** By entry id: the place of its `quote` in the input. */
  readonly locations: ReadonlyMap<string, EntryLocation>;
}

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/u;
const TOP_LEVEL_FIELDS = new Set(['format', 'version', 'document', 'description', 'annotations']);
const ENTRY_FIELDS = new Set(['id', 'side', 'quote', 'prefix', 'suffix', 'occurrence', 'paragraph', 'provenance', 'title', 'body', 'category']);

type Report = (severity: AnnotationDiagnostic['severity'], code: string, path: string, message: string, annotation?: string) => void;

export function readAnnotationSet(input: unknown): AnnotationSetReading {
  const diagnostics: AnnotationDiagnostic[] = [];
  const locations = new Map<string, EntryLocation>();
  let locate: (path: string) => { line: number; column: number; offset?: number } = () => ({ line: 1, column: 1 });
  const report: Report = (severity, code, path, message, annotation) => {
    diagnostics.push({ severity, code, path, message, ...locate(path), ...(annotation === undefined ? {} : { annotation }) });
  };

  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch (error) {
      const offset = syntaxErrorOffset(error, input);
      locate = () => positionOf(input, offset);
      report('error', 'invalid-json', '', `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      return { set: emptySet(), diagnostics, locations };
    }
    const offsets = jsonValueOffsets(input);
    locate = (path) => positionOf(input, nearestOffset(offsets, path));
  }

  if (!isRecord(value)) {
    report('error', 'not-an-object', '', 'An annotation file is a JSON object with "format", "version" and "annotations".');
    return { set: emptySet(), diagnostics, locations };
  }
  if (value.format === undefined) report('warning', 'missing-format', '/format', `No "format" field; expected "${ANNOTATION_FORMAT}".`);
  else if (value.format !== ANNOTATION_FORMAT) {
    report('error', 'wrong-format', '/format', `"format" is ${JSON.stringify(value.format)}, not "${ANNOTATION_FORMAT}".`);
    return { set: emptySet(), diagnostics, locations };
  }
  const version = value.version ?? ANNOTATION_FORMAT_VERSION;
  if (version !== ANNOTATION_FORMAT_VERSION) {
    report('error', 'unsupported-version', '/version', `Version ${JSON.stringify(version)} is not supported; this reader knows version ${ANNOTATION_FORMAT_VERSION}.`);
    return { set: emptySet(), diagnostics, locations };
  }
  for (const key of Object.keys(value)) {
    if (!TOP_LEVEL_FIELDS.has(key)) report('warning', 'unknown-field', `/${pointerToken(key)}`, `Unknown field "${key}" is ignored.`);
  }
  if (!Array.isArray(value.annotations)) {
    report('error', 'missing-annotations', '/annotations', '"annotations" must be an array of annotation objects.');
    return { set: emptySet(), diagnostics, locations };
  }

  const seen = new Set<string>();
  const annotations: AnnotationEntry[] = [];
  value.annotations.forEach((entry: unknown, index) => {
    const read = readEntry(entry, `/annotations/${index}`, report);
    if (!read) return;
    if (seen.has(read.id)) {
      report('error', 'duplicate-id', `/annotations/${index}/id`, `Annotation id "${read.id}" is used twice; this one is skipped.`, read.id);
      return;
    }
    seen.add(read.id);
    annotations.push(read);
    const path = `/annotations/${index}/quote`;
    locations.set(read.id, { path, ...locate(path) });
  });
  return {
    set: {
      format: ANNOTATION_FORMAT,
      version: ANNOTATION_FORMAT_VERSION,
      ...(typeof value.document === 'string' ? { document: value.document } : {}),
      ...(typeof value.description === 'string' ? { description: value.description } : {}),
      annotations,
    },
    diagnostics,
    locations,
  };
}

function readEntry(entry: unknown, path: string, report: Report): AnnotationEntry | undefined {
  if (!isRecord(entry)) {
    report('error', 'not-an-object', path, 'Each annotation is a JSON object.');
    return undefined;
  }
  const id = typeof entry.id === 'string' ? entry.id : undefined;
  const fail = (field: string, message: string) => {
    report('error', `invalid-${field}`, `${path}/${field}`, message, id);
  };
  if (id === undefined || !ID.test(id)) {
    fail('id', '"id" must be a letter followed by up to 63 letters, digits, "-" or "_".');
    return undefined;
  }
  for (const key of Object.keys(entry)) {
    if (!ENTRY_FIELDS.has(key)) report('warning', 'unknown-field', `${path}/${pointerToken(key)}`, `Unknown field "${key}" is ignored.`, id);
  }
  const invalidFields: string[] = [];
  const check = (ok: boolean, field: string, message: string) => {
    if (!ok) {
      fail(field, message);
      invalidFields.push(field);
    }
  };
  const optionalString = (field: string) => entry[field] === undefined || typeof entry[field] === 'string';
  const optionalCount = (field: string, min: number) =>
    entry[field] === undefined || (typeof entry[field] === 'number' && Number.isInteger(entry[field]) && entry[field] >= min);

  check(entry.side === 'source' || entry.side === 'target', 'side', '"side" must be "source" or "target".');
  check(typeof entry.quote === 'string' && entry.quote.trim() !== '', 'quote', '"quote" must be a string with at least one visible character.');
  check(typeof entry.title === 'string' && entry.title.trim() !== '', 'title', '"title" must be a non-empty string.');
  check(typeof entry.body === 'string' && entry.body.trim() !== '', 'body', '"body" must be a non-empty string.');
  check(optionalString('prefix'), 'prefix', '"prefix" must be a string.');
  check(optionalString('suffix'), 'suffix', '"suffix" must be a string.');
  check(optionalString('category'), 'category', '"category" must be a string.');
  check(optionalCount('occurrence', 1), 'occurrence', '"occurrence" must be a whole number from 1.');
  check(optionalCount('paragraph', 0), 'paragraph', '"paragraph" must be a 0-based whole number.');
  check(
    entry.provenance === undefined || PROVENANCE_KINDS.includes(entry.provenance as ProvenanceKind),
    'provenance',
    `"provenance" must be one of ${PROVENANCE_KINDS.join(', ')}.`,
  );
  if (invalidFields.length > 0) return undefined;

  const pick = <K extends keyof AnnotationEntry>(field: K) =>
    (entry[field] === undefined ? {} : { [field]: entry[field] }) as Partial<Pick<AnnotationEntry, K>>;
  return {
    id,
    side: entry.side as AnnotationEntry['side'],
    quote: entry.quote as string,
    title: entry.title as string,
    body: entry.body as string,
    ...pick('prefix'),
    ...pick('suffix'),
    ...pick('occurrence'),
    ...pick('paragraph'),
    ...pick('provenance'),
    ...pick('category'),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function emptySet(): AnnotationSet {
  return { format: ANNOTATION_FORMAT, version: ANNOTATION_FORMAT_VERSION, annotations: [] };
}

/** The offset of `path`, or of its nearest located ancestor (a missing field points at its object). */
function nearestOffset(offsets: ReadonlyMap<string, number>, path: string): number {
  for (let pointer = path; ; pointer = pointer.slice(0, pointer.lastIndexOf('/'))) {
    const offset = offsets.get(pointer);
    if (offset !== undefined) return offset;
    if (pointer === '') return 0;
  }
}

/**
 * Where JSON.parse stopped. V8 names the position for some errors ("at position N") and only the
 * token for others; then the shortest prefix of the text that fails for a reason other than
 * ending too soon locates the error (log n parses, each linear).
 */
function syntaxErrorOffset(error: unknown, text: string): number {
  const stated = statedPosition(error);
  if (stated !== undefined) return Math.min(stated, text.length);
  const failsInside = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (prefixError) {
      const message = prefixError instanceof Error ? prefixError.message : '';
      return !message.includes('end of JSON input') && statedPosition(prefixError) !== length;
    }
  };
  let low = 0;
  let high = text.length;
  if (!failsInside(high)) return text.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsInside(middle)) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, low - 1);
}

function statedPosition(error: unknown): number | undefined {
  const position = /at position (\d+)/u.exec(error instanceof Error ? error.message : '');
  return position?.[1] === undefined ? undefined : Number(position[1]);
}

function positionOf(text: string, offset: number): { line: number; column: number; offset: number } {
  const lines = lineRanges(text);
  const line = lines.findLast((candidate) => candidate.start <= offset) ?? { start: 0, line: 1 };
  return { line: line.line, column: offset - line.start + 1, offset };
}
