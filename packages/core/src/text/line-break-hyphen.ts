/**
 * Joins words that a print edition hyphenated across a line break (`dogovorion-\nnost` →
 * `dogovorion-nost`) for comparing and classifying. It returns a new string for analysis only;
 * the document's text is never replaced by it.
 */

const BROKEN = /(\p{L})([-‐\u00ad])[ \t]*(?:\r\n|\n|\r)[ \t]*(?=\p{L})/gu;

export function joinLineBreakHyphens(text: string): string {
  return text.replace(BROKEN, '$1$2');
}
