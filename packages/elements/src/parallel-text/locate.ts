/**
 * Where a fragment lives in the current result: the row that holds it (-1 for notes, which sit
 * below the rows) and the id of its element. `undefined` when the documents have no such
 * paragraph, insertion or note, so `reveal` can say false. Pure.
 */
import type { TextDocument } from '@parallel-text/core';
import { fragmentId, type Fragment } from './fragments.js';
import type { ViewerResult } from './pipeline.js';
import type { RowTable } from './rows.js';

export interface Place {
  readonly row: number;
  readonly id: string;
}

const hasNote = (document: TextDocument, label: string): boolean => document.notes.some((note) => note.label === label);

export function locateFragment(fragment: Fragment, result: ViewerResult, table: RowTable): Place | undefined {
  const id = fragmentId(fragment);
  switch (fragment.kind) {
    case 'target': {
      const row = table.rowOfTarget[fragment.paragraph];
      return row === undefined || row < 0 ? undefined : { row, id };
    }
    case 'insertion': {
      const paragraph = result.target.paragraphs[fragment.paragraph];
      const count = paragraph?.spans.filter((span) => span.type === 'insertion').length ?? 0;
      const row = table.rowOfTarget[fragment.paragraph];
      return row === undefined || row < 0 || fragment.insertion >= count ? undefined : { row, id };
    }
    case 'source': {
      const row = table.rowOfSource[fragment.paragraph];
      return row === undefined || row < 0 ? undefined : { row, id };
    }
    case 'note':
      return hasNote(result.target, fragment.label) ? { row: -1, id } : undefined;
    case 'source-note':
      return hasNote(result.source, fragment.label) ? { row: -1, id } : undefined;
  }
}
