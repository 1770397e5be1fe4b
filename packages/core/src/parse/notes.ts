/**
 * Finds the notes of a text: numbered notes after the body (`- 1. …`, `1. …`, `1) …`, `[1] …`),
 * Markdown footnote definitions (`[^1]: …`) anywhere, and the archive's `[Source: …]` statement.
 * It only sorts blocks into notes and reads their labels; the words stay as they are.
 */
import type { LineRange } from '../text/paragraph-ranges.js';

export interface FoundNote {
  /** The whole note, label marker included. */
  readonly start: number;
  readonly end: number;
  readonly label: string;
  /** Where the text after the label marker starts. */
  readonly textStart: number;
}

const NUMBERED = /^[ \t]*(?:[-*•–][ \t]*)?(?:(\d{1,3})[.)]|\[(\d{1,3})\])[ \t]+(?=\S)/u;
const FOOTNOTE = /^[ \t]*\[\^([^\]\s]{1,40})\]:[ \t]*/u;
const SOURCE_NOTE = /^\[\s*(?:source|sources)\s*:[^[\]]*\]$/iu;

export function isSourceNote(text: string): boolean {
  return SOURCE_NOTE.test(text.trim());
}

export function startsNumberedNote(text: string): boolean {
  return NUMBERED.test(text);
}

export function startsFootnoteDefinition(text: string): boolean {
  return FOOTNOTE.test(text);
}

/**
 * Splits one block into notes: every line that starts with a label marker opens a note, other
 * lines continue the note before them. `lines` are the block's lines.
 */
export function splitNotes(source: string, lines: readonly LineRange[], kind: 'numbered' | 'footnote'): FoundNote[] {
  const pattern = kind === 'numbered' ? NUMBERED : FOOTNOTE;
  const notes: { start: number; end: number; label: string; textStart: number }[] = [];
  for (const line of lines) {
    const text = source.slice(line.start, line.end);
    const match = pattern.exec(text);
    const current = notes.at(-1);
    if (match) {
      const indent = text.length - text.trimStart().length;
      notes.push({ start: line.start + indent, end: line.end, label: match[1] ?? match[2] ?? '', textStart: line.start + match[0].length });
    } else if (current && text.trim() !== '') {
      current.end = line.end;
    }
  }
  return notes.map((note) => ({ ...note, end: trimEnd(source, note.start, note.end) }));
}

function trimEnd(source: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/u.test(source.charAt(at - 1))) at -= 1;
  return at;
}
