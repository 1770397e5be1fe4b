/**
 * Builds a document's metadata from what the text itself states — front-matter fields or
 * archive-page headings, the title line, the citation and the `[Source: …]` note — and from the
 * caller's options. It only reads values; it never invents one the text does not give.
 */
import { PROVENANCE_KINDS, type DocumentMeta, type Provenance } from '../model.js';

export interface MetaInput {
  /** Front-matter fields or archive headings, keys lower-cased. */
  readonly fields: ReadonlyMap<string, string>;
  readonly title?: string;
  readonly url?: string;
  readonly sourceNote?: string;
  readonly archive: boolean;
  readonly provenance?: Provenance;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A date at the start of an archive title: `October 30, 1962 Telegram from …`. */
const LEADING_DATE = new RegExp(`^((?:${MONTHS}) \\d{1,2}, \\d{4}|\\d{1,2} (?:${MONTHS}) \\d{4}|\\d{4}-\\d{2}-\\d{2})\\s+(\\S[\\s\\S]*)$`, 'u');
const CITATION_DATE = new RegExp(`\\b((?:${MONTHS}) \\d{1,2}, \\d{4}|\\d{1,2} (?:${MONTHS}) \\d{4})\\b`, 'u');
/** `translation by John Henriksen, Harvard University` up to the next `;` or the end. */
const TRANSLATOR = /\btranslat(?:ion|ed)\s+by\s+([^;]+?)\s*\.?\s*(?:;|$)/iu;

export function buildMeta(input: MetaInput): DocumentMeta {
  const field = (...names: string[]): string | undefined => {
    for (const name of names) {
      const value = input.fields.get(name)?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const dated = LEADING_DATE.exec(input.title ?? '');
  const title = field('title') ?? (dated ? dated[2] : input.title);
  const citation = field('citation');
  const date = field('date') ?? dated?.[1] ?? (citation ? CITATION_DATE.exec(citation)?.[1] : undefined);
  const translator = field('translator', 'translated by', 'translation') ?? (citation ? TRANSLATOR.exec(citation)?.[1] : undefined);
  const meta: DocumentMeta = {
    title,
    date,
    citation,
    summary: field('summary'),
    originalLanguage: field('original language', 'original-language', 'original_language', 'originallanguage'),
    translator,
    sourceNote: input.sourceNote ?? field('source-note', 'source note', 'sourcenote', 'source'),
    url: field('url') ?? input.url,
    provenance: input.provenance ?? provenanceFrom(input),
    fields: Object.fromEntries(input.fields),
  };
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as unknown as DocumentMeta;
}

function provenanceFrom(input: MetaInput): Provenance {
  const stated = input.fields.get('provenance')?.trim();
  const label = input.fields.get('provenance-label')?.trim();
  const note = input.fields.get('provenance-note')?.trim();
  if (stated) {
    const kind = PROVENANCE_KINDS.find((candidate) => candidate === stated.toLowerCase()) ?? 'unknown';
    const shown = label ?? (kind === 'unknown' ? stated : undefined);
    return { kind, ...(shown ? { label: shown } : {}), ...(note ? { note } : {}) };
  }
  if (input.archive) {
    // An archive page whose Contents say "Translation" publishes a translation, not an archival text.
    const translation = /\btranslation\b/iu.test(input.fields.get('contents') ?? '');
    return {
      kind: translation ? 'published' : 'archival',
      label: label ?? (translation ? 'Translation as published by the archive' : 'Archive document page'),
      note: note ?? (input.url ? `As published at ${input.url}` : 'As published by an archive'),
    };
  }
  return { kind: 'unknown', ...(label ? { label } : {}), ...(note ? { note } : {}) };
}
