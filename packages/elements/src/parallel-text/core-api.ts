/**
 * The core functions the viewer calls to turn texts into documents and pairs. The viewer never
 * parses, aligns or links by itself: everything here delegates to @parallel-text/core, and this
 * module is the one place that says which core calls the viewer (and its worker) depends on.
 */
import {
  align,
  hiddenInsertionRanges,
  linkTransliterations as coreLink,
  parse,
  type Alignment,
  type AlignmentPair,
  type AlignOptions,
  type Paragraph,
  type Pin,
  type TextDocument,
  type TextRange,
} from '@parallel-text/core';

/** Parses a text in the language the viewer was told (an attribute, or the light-DOM article's `lang`). */
export const parseText = (text: string, lang: string): TextDocument => parse(text, { lang });

export const alignDocuments = (
  source: TextDocument,
  target: TextDocument,
  options: { pins: readonly Pin[]; onProgress?: (done: number, total: number) => void; dictionary?: AlignOptions['dictionary'] },
): Alignment => align(source, target, options);

/** Points each transliteration of the target at the source word it renders, under the current pairs. */
export const linkTransliterations = (target: TextDocument, source: TextDocument, pairs: readonly AlignmentPair[]): TextDocument =>
  coreLink(target, source, pairs);

/** For insertions="hidden": the stretches of a paragraph's text the reader does not see (insertions and the spacing they would double). */
export const hiddenRanges = (paragraph: Paragraph): readonly TextRange[] => hiddenInsertionRanges(paragraph);
