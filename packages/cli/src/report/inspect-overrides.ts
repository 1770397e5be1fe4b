/**
 * Reads the `--overrides` sidecar for `inspect`: a file that is not readable JSON, or not a list
 * of overrides, is a bad argument (exit 2, one line). Whether each override matches the text is
 * the parser's business, reported as diagnostics.
 */
import { readOverrides, type InsertionOverride } from '@parallel-text/core';
import type { CliIo } from '../io.js';
import { UsageError } from '../io.js';

export async function readOverridesFile(path: string, io: CliIo): Promise<readonly InsertionOverride[]> {
  const text = await io.readText(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    throw new UsageError(`cannot read overrides ${path}: not JSON (${reason})`);
  }
  const sidecar = readOverrides(value);
  const [problem] = sidecar.problems;
  if (problem !== undefined) throw new UsageError(`cannot read overrides ${path}: ${problem}`);
  return sidecar.overrides;
}
