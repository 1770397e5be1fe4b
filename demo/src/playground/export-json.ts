/**
 * The playground's downloads, each produced by core's interchange formats from the documents and
 * pairs on screen: lossless JSON (re-readable with `readInterchange`), TEI P5, and a standalone
 * static HTML page. Nothing is recomputed here; this module only names and offers the files.
 */
import { toInterchange, toStaticHTML, toTEI, type AlignmentPair, type ParallelTextBundle, type TextDocument } from '@parallel-text/core';

export type ExportKind = 'json' | 'tei' | 'html';

export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

export function exportFile(kind: ExportKind, source: TextDocument, target: TextDocument, pairs: readonly AlignmentPair[]): ExportFile {
  const bundle: ParallelTextBundle = { source, target, pairs };
  switch (kind) {
    case 'json':
      return { name: 'parallel-text.json', type: 'application/json', text: JSON.stringify(toInterchange(bundle), null, 2) };
    case 'tei':
      return { name: 'parallel-text.tei.xml', type: 'application/tei+xml', text: toTEI(bundle).xml };
    case 'html':
      return { name: 'parallel-text.html', type: 'text/html', text: toStaticHTML(bundle) };
  }
}

/** Offers a file for download; the object URL is released once the click has been handled. */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
