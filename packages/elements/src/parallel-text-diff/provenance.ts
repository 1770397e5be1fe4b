/**
 * Where each compared text comes from, in words, so a reconstruction is never read as an
 * original. Pure: it reads a document's metadata and returns text.
 */
import type { TextDocument } from '@parallel-text/core';

const KIND_WORDS: Readonly<Record<string, string>> = {
  archival: 'archival text',
  official: 'official text',
  published: 'published text',
  reconstruction: 'reconstruction — not the original',
  user: 'your text',
};

/** "Henriksen: Translation as published by the archive"; undefined when nothing is known about the text. */
export function provenanceLine(name: string, document: TextDocument | undefined): string | undefined {
  if (!document) return undefined;
  const { kind, label } = document.meta.provenance;
  const words = label ?? KIND_WORDS[kind];
  if (words === undefined) return undefined;
  // A label may leave the kind unsaid; a reconstruction says so whatever its label.
  const said = kind === 'reconstruction' && !/reconstruct/i.test(words) ? `${words} (reconstruction — not the original)` : words;
  return `${name}: ${said}`;
}

export const isReconstruction = (document: TextDocument | undefined): boolean => document?.meta.provenance.kind === 'reconstruction';
