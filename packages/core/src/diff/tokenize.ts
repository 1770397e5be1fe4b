/**
 * Cuts a text into the units a diff works on. Tokens are contiguous and cover the text exactly
 * (joined, they are the text); a token never splits a surrogate pair, a base from its combining
 * marks, or an emoji sequence.
 */
import type { Granularity } from './types.js';

/**
 * A user-perceived character, approximated by a regular expression: a code point (or CRLF, or a
 * flag's two regional indicators) with its combining marks, emoji modifiers and tag characters,
 * and any zero-width-joiner continuation. Intl.Segmenter is exact but about a hundred times
 * slower on this machine's Node, too slow for book-length texts.
 */
const CHARACTER = String.raw`(?:\r\n|\p{RI}\p{RI}|[^])[\p{M}\p{Emoji_Modifier}\u{E0020}-\u{E007F}]*(?:\u200d(?:\p{RI}\p{RI}|[^])[\p{M}\p{Emoji_Modifier}\u{E0020}-\u{E007F}]*)*`;

/** Letters, digits and combining marks (so Cyrillic with stress marks stays whole), with apostrophes between letters (Khrushchev's). */
const WORD_SOURCE = String.raw`[\p{L}\p{N}\p{M}]+(?:['’\u02bc][\p{L}\p{N}\p{M}]+)*`;

/** Each whitespace character is its own token so line and paragraph breaks stay visible to the diff. */
const WORD_TOKENS = new RegExp(String.raw`${WORD_SOURCE}|\s|${CHARACTER}`, 'gu');
const CHAR_TOKENS = new RegExp(CHARACTER, 'gu');
const WORD = new RegExp(WORD_SOURCE, 'gu');

export function tokenize(text: string, granularity: Granularity): string[] {
  return text.match(granularity === 'word' ? WORD_TOKENS : CHAR_TOKENS) ?? [];
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
