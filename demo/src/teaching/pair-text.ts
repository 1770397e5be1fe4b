/**
 * The text of one side of an aligned pair, for the exercise: its paragraphs joined by a space
 * (a page-break split reads as one sentence again) and without the edition's note references
 * (the `1` of `yesterday.1` is the editor's, not the translator's), as printed or — through
 * core's `insertionOps` — without the translator's insertions. Reads core's spans; alters no text.
 */
import { insertionOps, type Paragraph, type TextDocument } from '@parallel-text/core';

export function pairText(document: TextDocument | undefined, indices: readonly number[]): string {
  return indices.map((index) => document?.paragraphs[index]?.text ?? '').join(' ');
}

/** The published side for comparison: note references left out, insertions kept or left out. */
export function comparableTranslation(document: TextDocument, indices: readonly number[], withoutInsertions: boolean): string {
  return indices
    .map((index) => document.paragraphs[index])
    .filter((paragraph) => paragraph !== undefined)
    .map((paragraph) => keptText(paragraph, withoutInsertions))
    .join(' ');
}

function keptText(paragraph: Paragraph, withoutInsertions: boolean): string {
  const noteRefs = paragraph.spans
    .filter((span) => span.type === 'noteref')
    .map((span) => ({ start: span.start - paragraph.start, end: span.end - paragraph.start }));
  const outsideNoteRefs = (at: number) => noteRefs.every((range) => at < range.start || at >= range.end);
  let offset = 0;
  let kept = '';
  const ops = withoutInsertions ? insertionOps(paragraph) : [{ op: 'equal' as const, text: paragraph.text }];
  for (const op of ops) {
    if (op.op === 'equal') {
      for (let index = 0; index < op.text.length; index += 1) {
        if (outsideNoteRefs(offset + index)) kept += op.text.charAt(index);
      }
    }
    offset += op.text.length;
  }
  return kept;
}
