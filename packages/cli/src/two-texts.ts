/**
 * What `align` and `export` both read: a SOURCE and a TARGET file (one may be standard input),
 * parsed by core, any `--pin` arguments as core pins, and the dictionary options. Argument problems are
 * UsageErrors (exit 2).
 */
import { parse, parseDictionary, type AlignOptions, type Pin, type TextDocument } from '@parallel-text/core';
import type { CliIo } from './io.js';
import { UsageError } from './io.js';

/** `7:8`, `7,8:9`, `7:` (source 7 unpaired) or `:8` (target 8 unpaired); indices are 0-based body paragraphs. */
const PIN = /^(\d+(?:,\d+)*)?:(\d+(?:,\d+)*)?$/;

export function parsePin(text: string): Pin {
  const match = PIN.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) {
    throw new UsageError(`--pin expects SOURCE:TARGET with 0-based paragraph numbers, e.g. 7:8 or 7,8:9 (got '${text}')`);
  }
  const list = (part: string | undefined) => (part === undefined ? [] : part.split(',').map(Number));
  return { source: list(match[1]), target: list(match[2]) };
}

export interface TwoTexts {
  readonly sourceFile: string;
  readonly targetFile: string;
  readonly source: TextDocument;
  readonly target: TextDocument;
}

export async function readTwoTexts(positionals: readonly string[], io: CliIo): Promise<TwoTexts> {
  const [sourceFile, targetFile, ...extra] = positionals;
  if (sourceFile === undefined || targetFile === undefined || extra.length > 0) {
    throw new UsageError('expects SOURCE and TARGET files (one may be - for standard input)');
  }
  if (sourceFile === '-' && targetFile === '-') throw new UsageError('SOURCE and TARGET cannot both be standard input');
  const source = parse(await io.readText(sourceFile));
  const target = parse(await io.readText(targetFile));
  return { sourceFile, targetFile, source, target };
}

/** The options `align` and `export` both take (each checks `--format` against its own formats). */
export const TWO_TEXT_OPTIONS = {
  format: { type: 'string' },
  pin: { type: 'string', multiple: true },
  dictionary: { type: 'string' },
  'no-dictionary': { type: 'boolean' },
} as const;

/** `--pin` and the dictionary options as core's align options. */
export async function alignOptionsFrom(
  values: { readonly pin?: readonly string[] | undefined; readonly dictionary?: string | undefined; readonly 'no-dictionary'?: boolean | undefined },
  io: CliIo,
): Promise<Pick<AlignOptions, 'pins' | 'dictionary'>> {
  return { pins: (values.pin ?? []).map(parsePin), dictionary: await dictionaryOption(values.dictionary, values['no-dictionary'] === true, io) };
}

/** `--dictionary FILE` and `--no-dictionary` as core's dictionary option; a glossary with no entries is a usage error, not a silent no-op. */
async function dictionaryOption(file: string | undefined, noBuiltIn: boolean, io: CliIo): Promise<AlignOptions['dictionary']> {
  if (file === undefined) return noBuiltIn ? false : undefined;
  const entries = parseDictionary(await io.readText(file));
  if (entries.length === 0) throw new UsageError(`--dictionary ${file}: no entries found (expected lines of a Russian word, a tab, English words)`);
  return { entries, replace: noBuiltIn };
}
