/**
 * Links each transliteration in a translation to the word of the aligned source paragraph that
 * it renders (dogovorion-nost → договорённость), across romanization schemes, inflection and
 * the print edition's line-break hyphen. Returns a new document; the input is never modified.
 */
import type { AlignmentPair, InsertionSpan, Paragraph, SourceLink, Span, TextDocument } from '../model.js';
import { romanize } from '../translit/romanize.js';
import { TRANSLIT_SCHEMES } from '../translit/schemes.js';
import { SIMILAR_THRESHOLD, similarKeys } from '../translit/similarity.js';
import { sourceWords, type SourceWord } from './source-words.js';
import { joinLineBreakHyphens } from '../text/line-break-hyphen.js';

const CONTENT_WORD = /[\p{L}\p{M}'’ʹʺ\-‐\u00ad]+/gu;

export function linkTransliterations(target: TextDocument, source: TextDocument, pairs: readonly AlignmentPair[]): TextDocument {
  const sourcesOf = new Map<number, number[]>();
  for (const pair of pairs) {
    for (const index of pair.target) sourcesOf.set(index, [...(sourcesOf.get(index) ?? []), ...pair.source]);
  }
  const paragraphs = target.paragraphs.map((paragraph): Paragraph => {
    if (!paragraph.spans.some(isTransliteration)) return paragraph;
    const words = (sourcesOf.get(paragraph.index) ?? []).flatMap((index) => {
      const sourceParagraph = source.paragraphs[index];
      return sourceParagraph ? sourceWords(sourceParagraph) : [];
    });
    const spans = paragraph.spans.map((span): Span => (isTransliteration(span) ? linked(span, words) : span));
    return { ...paragraph, spans };
  });
  return { ...target, paragraphs };
}

function isTransliteration(span: Span): span is InsertionSpan {
  return span.type === 'insertion' && span.kind === 'transliteration';
}

/** The span with `renders` set to its best source word or phrase, or without it when none is close. */
function linked(span: InsertionSpan, words: readonly SourceWord[]): InsertionSpan {
  const rest: InsertionSpan = { ...span };
  // A stale link from an earlier alignment must not survive relinking.
  delete (rest as { renders?: SourceLink }).renders;
  const parts = joinLineBreakHyphens(span.content).match(CONTENT_WORD) ?? [];
  const best = bestWindow(parts, words);
  if (!best || best.score < SIMILAR_THRESHOLD) return rest;
  const first = best.words[0];
  const last = best.words.at(-1);
  if (!first || !last) return rest;
  const text = best.words.map((word) => word.text).join(' ');
  const schemes = matchingSchemes(span.content, best.words);
  const renders: SourceLink = {
    paragraph: first.paragraph,
    start: first.start,
    end: last.end,
    text: best.words.length === 1 ? first.text : text,
    confidence: Math.round(best.score * 1000) / 1000,
    ...(schemes ? { scheme: schemes } : {}),
  };
  return { ...rest, renders };
}

/** Slides a window as long as the insertion over the source words; the best mean similarity wins. */
function bestWindow(parts: readonly string[], words: readonly SourceWord[]): { score: number; words: SourceWord[] } | undefined {
  if (parts.length === 0 || words.length < parts.length) return undefined;
  let best: { score: number; words: SourceWord[] } | undefined;
  for (let start = 0; start + parts.length <= words.length; start += 1) {
    const window = words.slice(start, start + parts.length);
    // Same paragraph only: a phrase does not run across a paragraph boundary.
    if (window.some((word) => word.paragraph !== window[0]?.paragraph)) continue;
    const score = parts.reduce((sum, part, i) => sum + similarKeys(part, window[i]?.text ?? ''), 0) / parts.length;
    if (!best || score > best.score) best = { score, words: window };
  }
  return best;
}

/** The schemes that romanize the source words to exactly what the translator printed, if any. */
function matchingSchemes(content: string, words: readonly SourceWord[]): string | undefined {
  const printed = comparable(content);
  const cyrillic = words.map((word) => word.text).join(' ');
  const matches = TRANSLIT_SCHEMES.filter((scheme) => comparable(romanize(cyrillic, scheme)) === printed);
  return matches.length > 0 ? matches.join(', ') : undefined;
}

/** Case, hyphens, line breaks and apostrophe shapes are not what tells schemes apart. */
function comparable(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/[\s\-‐\u00ad]+/gu, '').replace(/[’ʼ]/gu, "'");
}
