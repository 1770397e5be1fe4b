/**
 * Finds where a quote stands in a paragraph, in the manner of the W3C Web Annotation
 * TextQuoteSelector (exact text, optional prefix and suffix). Any run of whitespace in the quote
 * matches any run in the text, so a note written against one line-wrapping still finds a text
 * wrapped another way. It only reports offsets: it never alters the text and never throws.
 */
import type { SourceRange } from '../model.js';

export interface QuoteSelector {
  readonly quote: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

/** Every place in `text` where the selector matches, in reading order (overlapping matches included). */
export function findQuote(text: string, selector: QuoteSelector): SourceRange[] {
  const quote = flexiblePattern(selector.quote);
  if (!quote) return [];
  const before = selector.prefix ? new RegExp(`(?:${flexiblePattern(selector.prefix) ?? ''})$`, 'u') : undefined;
  const after = selector.suffix ? new RegExp(`^(?:${flexiblePattern(selector.suffix) ?? ''})`, 'u') : undefined;
  const pattern = new RegExp(quote, 'gu');
  const found: SourceRange[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if ((!before || before.test(text.slice(0, start))) && (!after || after.test(text.slice(end)))) {
      found.push({ start, end });
    }
    // Step one code point, not past the match, so overlapping occurrences are counted too.
    const codePoint = text.codePointAt(start) ?? 0;
    pattern.lastIndex = start + (codePoint > 0xffff ? 2 : 1);
  }
  return found;
}

/**
 * A regular expression source matching `literal` with every whitespace run made flexible.
 * Leading or trailing whitespace becomes `\s+` at that edge (a prefix "the " needs a space before
 * the quote). Undefined when the literal is only whitespace or empty.
 */
function flexiblePattern(literal: string): string | undefined {
  const words = literal.split(/\s+/u);
  if (words.every((word) => word === '')) return undefined;
  return words.map(escapeRegExp).join('\\s+');
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}
