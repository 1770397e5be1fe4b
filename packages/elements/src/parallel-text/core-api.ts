/**
 * The core functions the viewer calls to turn texts into documents and pairs. The viewer never
 * parses or aligns by itself: everything here delegates to @parallel-text/core.
 *
 * TEMPORARY (until core's parse, align and linkTransliterations land): string input is refused
 * with a clear message; TextDocument input with a given alignment works fully.
 */
import type { Alignment, AlignmentPair, Pin, TextDocument } from '@parallel-text/core';

export class MissingCoreFunctionError extends Error {
  override readonly name = 'MissingCoreFunctionError';
}

export const parseText: (text: string, lang: string) => TextDocument = () => {
  throw new MissingCoreFunctionError('This build of @parallel-text/core has no parse(): pass TextDocument objects.');
};

export const alignDocuments: (
  source: TextDocument,
  target: TextDocument,
  options: { pins: readonly Pin[]; onProgress?: (done: number, total: number) => void },
) => Alignment = () => {
  throw new MissingCoreFunctionError('This build of @parallel-text/core has no align(): pass an alignment.');
};

export const linkTransliterations: (target: TextDocument, source: TextDocument, pairs: readonly AlignmentPair[]) => TextDocument = (target) =>
  target;
