/**
 * Rebuilds a document's text from its segments. Because segments cover the source exactly,
 * `serialize(parse(x)) === x` for every string x: the library annotates, it never rewrites.
 */
import type { TextDocument } from '../model.js';

export function serialize(document: TextDocument): string {
  let text = '';
  for (const segment of document.segments) text += document.source.slice(segment.start, segment.end);
  return text;
}
