/**
 * The playground's JSON export: both parsed documents and the current pairs, serialised exactly
 * as core produces them (no field is recomputed here), so the file round-trips into any tool that
 * reads core's model.
 */
import type { AlignmentPair, TextDocument } from '@parallel-text/core';

export function exportJson(source: TextDocument, target: TextDocument, pairs: readonly AlignmentPair[]): string {
  return JSON.stringify({ generator: 'parallel-text demo', source, target, pairs }, null, 2);
}

/** Offers `text` as a file download; the object URL is released once the click has been handled. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
