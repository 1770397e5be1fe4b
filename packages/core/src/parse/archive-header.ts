/**
 * Recognises the header of an archive page such as the Wilson Center Digital Archive's: a title,
 * `Heading:` blocks (Citation, Summary, Original Language, Contents…) each followed by its value,
 * and a bare URL. It only assigns blocks to the header and reads their values; the body is
 * whatever follows, untouched.
 */
import type { LineRange } from '../text/paragraph-ranges.js';

/** Headings archive pages use; finding two of them marks the archive-page form. */
const KNOWN_HEADINGS: ReadonlySet<string> = new Set([
  'citation', 'summary', 'original language', 'contents', 'credits', 'associated people & organizations',
  'associated people and organizations', 'associated places', 'associated topics', 'subjects discussed',
  'record id', 'authors', 'author', 'date', 'archive', 'rights', 'keywords', 'language', 'collection',
  'document type', 'original archive', 'source', 'translator', 'related documents',
]);

/** Value blocks of a `Contents:` heading: what the page offers, not the document's text. */
const CONTENTS_ITEM = /^(?:translation|transcript|transcription|original(?: scan)?|scan|pdf|english|russian)\b.{0,60}$/iu;
const HEADING = /^(\p{Lu}[^:\n\r]{0,60}):$/u;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;
/** How far into the text headings are looked for. */
const SEARCH_BLOCKS = 40;
/** Value blocks allowed between two headings before the later "heading" is taken as body text. */
const MAX_VALUE_BLOCKS = 8;

export interface ArchiveHeader {
  /** Number of leading blocks that belong to the header. */
  readonly blockCount: number;
  /** Blocks before the first heading, joined: the page title. */
  readonly title?: string;
  readonly url?: string;
  /** Heading → value (several value blocks joined by a blank line), heading lower-cased. */
  readonly fields: ReadonlyMap<string, string>;
}

export function headingName(text: string): string | undefined {
  const match = HEADING.exec(text.trim());
  if (!match) return undefined;
  const name = (match[1] ?? '').trim();
  return name.split(/\s+/u).length <= 6 ? name.toLowerCase() : undefined;
}

/** True when the first blocks hold at least two known archive headings. */
export function looksLikeArchivePage(texts: readonly string[]): boolean {
  let known = 0;
  for (const text of texts.slice(0, SEARCH_BLOCKS)) {
    const name = headingName(text);
    if (name !== undefined && KNOWN_HEADINGS.has(name)) known += 1;
    if (known >= 2) return true;
  }
  return false;
}

/** Reads the header of an archive page from its blocks' texts. */
export function readArchiveHeader(texts: readonly string[]): ArchiveHeader {
  const fields = new Map<string, string>();
  const titleParts: string[] = [];
  let url: string | undefined;
  let index = 0;
  for (; index < texts.length && headingName(texts[index] ?? '') === undefined; index += 1) {
    const text = (texts[index] ?? '').trim();
    if (URL_ONLY.test(text)) url ??= text;
    else titleParts.push(text);
  }
  // No heading near the top: nothing here is a header, so nothing may be taken from the body.
  if (index >= texts.length || index >= SEARCH_BLOCKS) return { blockCount: 0, fields: new Map() };
  while (index < texts.length) {
    const name = headingName(texts[index] ?? '') ?? '';
    const values: string[] = [];
    let next = index + 1;
    while (next < texts.length && headingName(texts[next] ?? '') === undefined) next += 1;
    const isLast = next >= texts.length || next - index - 1 > MAX_VALUE_BLOCKS;
    let end = isLast ? lastHeadingValueEnd(texts, index, name) : next;
    for (let block = index + 1; block < end; block += 1) {
      const text = (texts[block] ?? '').trim();
      if (URL_ONLY.test(text)) url ??= text;
      else values.push(text);
    }
    // A bare URL right after the last value still belongs to the page header.
    while (isLast && end < texts.length && URL_ONLY.test((texts[end] ?? '').trim())) {
      url ??= (texts[end] ?? '').trim();
      end += 1;
    }
    fields.set(name, values.join('\n\n'));
    index = end;
    if (isLast) break;
  }
  const title = titleParts.join(' ').trim();
  return { blockCount: index, fields, ...(title ? { title } : {}), ...(url ? { url } : {}) };
}

/** The last heading keeps only what is plainly its value: listed contents, or one short block. */
function lastHeadingValueEnd(texts: readonly string[], headingIndex: number, name: string): number {
  let end = headingIndex + 1;
  if (name === 'contents') {
    while (end < texts.length && CONTENTS_ITEM.test((texts[end] ?? '').trim())) end += 1;
    return end;
  }
  return Math.min(end + 1, texts.length);
}

/** Blocks as their trimmed texts, for the header reader. */
export function blockTexts(source: string, blocks: readonly LineRange[]): string[] {
  return blocks.map((block) => source.slice(block.start, block.end));
}
