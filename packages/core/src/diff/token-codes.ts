/**
 * Encodes two token lists as strings of one UTF-16 unit per token, the way diff-match-patch's
 * diff_linesToChars does for lines, so the character diff becomes a token diff; and decodes
 * the result. Decoding restores every token exactly: it never alters or drops a character.
 */
import type { Diff } from 'diff-match-patch-es';

export interface EncodedTokens {
  readonly a: string;
  readonly b: string;
  /** The token behind each code unit. */
  readonly table: readonly (string | undefined)[];
}

const WHITESPACE = /\s/;

/**
 * Codes a token may not take. ASCII letters and digits are left free so diff-match-patch's
 * boundary scoring (which reads them as "inside a word") never sees a whole token as a letter;
 * whitespace is left free because whitespace tokens keep their own code (see `keepsOwnCode`);
 * lone surrogates are avoided so encoded strings are well-formed.
 */
function isReservedCode(code: number): boolean {
  return (
    code < 0x21 ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    WHITESPACE.test(String.fromCharCode(code))
  );
}

/**
 * Whitespace tokens (and, for character diffs, every single-unit token) keep their own code:
 * then diff-match-patch's line pass and its semantic boundary scoring see real spaces and
 * line breaks, so edits settle on word and paragraph boundaries as they would in plain text.
 */
function keepsOwnCode(token: string, everySingleUnit: boolean): boolean {
  return token.length === 1 && (everySingleUnit || WHITESPACE.test(token));
}

/**
 * Returns undefined when the two texts hold more distinct tokens than there are free codes
 * (about 63,000): the caller then compares at a finer granularity instead of guessing.
 */
export function encodeTokens(tokensA: readonly string[], tokensB: readonly string[], everySingleUnit: boolean): EncodedTokens | undefined {
  const taken = new Uint8Array(0x10000);
  // Codes that tokens keep as their own must be known before any other token is given a code.
  for (const tokens of [tokensA, tokensB]) {
    for (const token of tokens) if (keepsOwnCode(token, everySingleUnit)) taken[token.charCodeAt(0)] = 1;
  }
  const codes = new Map<string, number>();
  const table = new Array<string | undefined>(0x10000);
  let next = 0x21;
  const encode = (tokens: readonly string[]): string | undefined => {
    const units = new Uint16Array(tokens.length);
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index] ?? '';
      let code = codes.get(token);
      if (code === undefined) {
        if (keepsOwnCode(token, everySingleUnit)) {
          code = token.charCodeAt(0);
        } else {
          while (next < 0x10000 && (taken[next] === 1 || isReservedCode(next))) next += 1;
          if (next >= 0x10000) return undefined;
          code = next;
          next += 1;
        }
        codes.set(token, code);
        table[code] = token;
      }
      units[index] = code;
    }
    return unitsToString(units);
  };
  const a = encode(tokensA);
  const b = a === undefined ? undefined : encode(tokensB);
  return a === undefined || b === undefined ? undefined : { a, b, table };
}

/** String.fromCharCode over chunks: a TextDecoder would replace a lone surrogate, which a text may hold. */
function unitsToString(units: Uint16Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < units.length; start += 8192) chunks.push(String.fromCharCode(...units.subarray(start, start + 8192)));
  return chunks.join('');
}

/** Replaces each code unit of each diff by its token, in place. */
export function decodeDiffs(diffs: Diff[], table: readonly (string | undefined)[]): void {
  for (const diff of diffs) {
    const encoded = diff[1];
    const parts = new Array<string>(encoded.length);
    for (let index = 0; index < encoded.length; index += 1) parts[index] = table[encoded.charCodeAt(index)] ?? '';
    diff[1] = parts.join('');
  }
}
