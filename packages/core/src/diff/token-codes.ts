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
 * Codes a token may not take, worked out on first use. ASCII letters and digits are left free so
 * diff-match-patch's boundary scoring (which reads them as "inside a word") never sees a whole
 * token as a letter; whitespace is left free because whitespace tokens keep their own code (see
 * `keepsOwnCode`); surrogates are avoided so encoded strings are well-formed.
 */
let reservedCodes: Uint8Array | undefined;

function reserved(): Uint8Array {
  if (reservedCodes) return reservedCodes;
  const codes = new Uint8Array(0x10000);
  const mark = (from: number, to: number) => codes.fill(1, from, to + 1);
  mark(0x00, 0x20);
  mark(0x30, 0x39);
  mark(0x41, 0x5a);
  mark(0x61, 0x7a);
  mark(0xd800, 0xdfff);
  // Asked of the same \s the tokenizer uses, so no whitespace code can ever go to another token.
  for (let code = 0; code < 0x10000; code += 1) if (WHITESPACE.test(String.fromCharCode(code))) codes[code] = 1;
  reservedCodes = codes;
  return codes;
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
  // Codes that tokens keep as their own must be known before any other token is given a code.
  const taken = new Set<number>();
  if (everySingleUnit) {
    for (const tokens of [tokensA, tokensB]) for (const token of tokens) if (token.length === 1) taken.add(token.charCodeAt(0));
  }
  const codes = new Map<string, number>();
  const tokenOf = new Map<number, string>();
  const reservedCode = reserved();
  let next = 0x21;
  let highest = 0;
  const encode = (tokens: readonly string[]): string | undefined => {
    const units = new Uint16Array(tokens.length);
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index] ?? '';
      let code = codes.get(token);
      if (code === undefined) {
        if (keepsOwnCode(token, everySingleUnit)) {
          code = token.charCodeAt(0);
        } else {
          while (next < 0x10000 && (reservedCode[next] === 1 || taken.has(next))) next += 1;
          if (next >= 0x10000) return undefined;
          code = next;
          next += 1;
        }
        codes.set(token, code);
        tokenOf.set(code, token);
        if (code > highest) highest = code;
      }
      units[index] = code;
    }
    return unitsToString(units);
  };
  const a = encode(tokensA);
  const b = a === undefined ? undefined : encode(tokensB);
  if (a === undefined || b === undefined) return undefined;
  // An array as long as the highest code used: decoding indexes it once per unit.
  const table = new Array<string | undefined>(highest + 1);
  for (const [code, token] of tokenOf) table[code] = token;
  return { a, b, table };
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
