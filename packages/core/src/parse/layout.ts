/**
 * Decides the layout of a text: its input form, front matter, archive header, body blocks,
 * notes and source note. It assigns every block a role and drops none, so text the layout
 * does not recognise stays a body paragraph.
 */
import type { InputForm } from '../model.js';
import { lineRanges, paragraphRanges, type LineRange } from '../text/paragraph-ranges.js';
import { blockTexts, looksLikeArchivePage, readArchiveHeader, type ArchiveHeader } from './archive-header.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { findGluedRefs } from './note-refs.js';
import { isSourceNote, splitNotes, startsFootnoteDefinition, startsNumberedNote, type FoundNote } from './notes.js';

export type BlockRole = 'header' | 'paragraph' | 'note' | 'source-note';

export interface Block extends LineRange {
  readonly role: BlockRole;
}

export interface Layout {
  readonly form: InputForm;
  readonly frontMatter?: FrontMatter;
  readonly header?: ArchiveHeader;
  readonly blocks: readonly Block[];
  readonly notes: readonly FoundNote[];
  /** The inner text of a `[Source: …]` block, without `Source:`. */
  readonly sourceNote?: string;
}

const FOOTNOTE_LINE = /^[ \t]*\[\^[^\]\s]{1,40}\]:/mu;

export function readLayout(source: string, requested: InputForm | 'auto'): Layout {
  const wantsFrontMatter = requested === 'auto' || requested === 'front-matter';
  const frontMatter = wantsFrontMatter ? readFrontMatter(source) : undefined;
  const bodyFrom = frontMatter?.unclosedAt === undefined ? (frontMatter?.end ?? 0) : 0;
  const ranges = paragraphRanges(source, bodyFrom);
  const texts = blockTexts(source, ranges);
  const form = requested !== 'auto' ? requested : detectForm(source, texts, frontMatter, bodyFrom);
  const header = form === 'archive-page' ? readArchiveHeader(texts) : undefined;
  const roles: BlockRole[] = ranges.map((_, index) => (index < (header?.blockCount ?? 0) ? 'header' : 'paragraph'));
  const lines = lineRanges(source);

  const notes: FoundNote[] = [];
  ranges.forEach((range, index) => {
    if (roles[index] === 'paragraph' && startsFootnoteDefinition(texts[index] ?? '')) {
      roles[index] = 'note';
      notes.push(...splitNotes(source, linesOf(lines, range), 'footnote'));
    }
  });

  // The tail: numbered notes and a source note after the body, read from the end backwards.
  const numbered: number[] = [];
  let sourceNote: string | undefined;
  for (let index = ranges.length - 1; index >= 0 && roles[index] !== 'header'; index -= 1) {
    const text = texts[index] ?? '';
    if (roles[index] === 'note') continue;
    if (isSourceNote(text) && sourceNote === undefined) {
      roles[index] = 'source-note';
      sourceNote = text.trim().slice(1, -1).replace(/^\s*sources?\s*:\s*/iu, '').trim();
    } else if (startsNumberedNote(text)) numbered.push(index);
    else break;
  }
  const numberedNotes = numbered.flatMap((index) => {
    const range = ranges[index];
    return range ? splitNotes(source, linesOf(lines, range), 'numbered') : [];
  });
  // Numbered blocks are notes only when the body refers to them; otherwise they are the body's own list.
  const labels = new Set(numberedNotes.map((note) => note.label));
  const tail = new Set(numbered);
  const referenced =
    labels.size > 0 &&
    ranges.some((range, index) => {
      if (roles[index] !== 'paragraph' || tail.has(index)) return false;
      const text = source.slice(range.start, range.end);
      return findGluedRefs(text, labels).length > 0 || [...labels].some((label) => text.includes(`[${label}]`));
    });
  if (referenced) {
    for (const index of numbered) roles[index] = 'note';
    notes.push(...numberedNotes);
  }
  notes.sort((a, b) => a.start - b.start);

  const blocks = ranges.map((range, index) => ({ ...range, role: roles[index] ?? 'paragraph' }));
  return {
    form,
    blocks,
    notes,
    ...(frontMatter ? { frontMatter } : {}),
    ...(header && header.blockCount > 0 ? { header } : {}),
    ...(sourceNote !== undefined ? { sourceNote } : {}),
  };
}

function detectForm(source: string, texts: readonly string[], frontMatter: FrontMatter | undefined, bodyFrom: number): InputForm {
  if (looksLikeArchivePage(texts)) return 'archive-page';
  if (frontMatter && frontMatter.unclosedAt === undefined) return 'front-matter';
  if (FOOTNOTE_LINE.test(source.slice(bodyFrom))) return 'markdown-footnotes';
  return 'plain';
}

/** The lines of one block, clipped to it (binary search: blocks and lines are both in order). */
function linesOf(lines: readonly LineRange[], range: LineRange): LineRange[] {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((lines[middle]?.end ?? 0) < range.start) low = middle + 1;
    else high = middle;
  }
  const clipped: LineRange[] = [];
  for (let index = low; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || line.start >= range.end) break;
    clipped.push({ start: Math.max(line.start, range.start), end: Math.min(line.end, range.end), line: line.line });
  }
  return clipped;
}
