/**
 * Turns what `<parallel-text-diff>` is given into one comparison by calling core: two texts or
 * documents (aligned to each other), two translations of one source, or one translation with
 * versus without its insertions. It holds no diff logic of its own and never alters a text.
 */
import {
  compareTranslations,
  compareVersions,
  compareWithoutInsertions,
  parse,
  type Granularity,
  type TextDocument,
  type TranslationComparison,
} from '@parallel-text/core';

/** A text as a string (parsed by core) or an already parsed document. */
export type DiffInput = string | TextDocument | undefined;

/** `versions`: A against B; `insertions`: A without (left) and with (right) its own insertions. */
export type DiffMode = 'versions' | 'insertions';

export interface DiffRequest {
  readonly a: DiffInput;
  readonly b: DiffInput;
  readonly source: DiffInput;
  readonly aLang: string;
  readonly bLang: string;
  readonly sourceLang: string;
  readonly mode: DiffMode;
  readonly granularity: Granularity;
  readonly timeout: number;
}

export interface DiffOutcome {
  readonly comparison: TranslationComparison;
  readonly a: TextDocument;
  readonly b: TextDocument;
  readonly source: TextDocument | undefined;
}

export function toDocument(input: DiffInput, lang: string): TextDocument | undefined {
  if (input === undefined) return undefined;
  return typeof input === 'string' ? parse(input, { lang }) : input;
}

/** Undefined while there is nothing to compare (no A, or no B outside `insertions` mode). */
export function compareInputs(request: DiffRequest): DiffOutcome | undefined {
  const a = toDocument(request.a, request.aLang);
  if (!a) return undefined;
  const options = { granularity: request.granularity, timeout: request.timeout };
  if (request.mode === 'insertions') return { comparison: compareWithoutInsertions(a), a, b: a, source: undefined };
  const b = toDocument(request.b, request.bLang);
  if (!b) return undefined;
  const source = toDocument(request.source, request.sourceLang);
  const comparison = source ? compareTranslations(source, a, b, options) : compareVersions(a, b, options);
  return { comparison, a, b, source };
}
