/**
 * Reads an override sidecar that has already been decoded from JSON — `{ "overrides": [ … ] }`
 * or a bare array — into `InsertionOverride`s. It checks shapes only (the parser checks that each
 * override matches something) and never throws on any value.
 */
import type { InsertionOverride } from '../model.js';

export interface OverrideSidecar {
  readonly overrides: readonly InsertionOverride[];
  /** Why the value (or some entry of it) is not a sidecar; empty when all is well. */
  readonly problems: readonly string[];
}

export function readOverrides(value: unknown): OverrideSidecar {
  const list: unknown = Array.isArray(value) ? value : isRecord(value) ? value.overrides : undefined;
  if (!Array.isArray(list)) return { overrides: [], problems: ['expected {"overrides": [...]} or an array of overrides'] };
  const overrides: InsertionOverride[] = [];
  const problems: string[] = [];
  list.forEach((entry: unknown, position) => {
    if (!isRecord(entry) || typeof entry.match !== 'string' || typeof entry.kind !== 'string') {
      problems.push(`override ${position + 1}: needs "match" and "kind" strings`);
      return;
    }
    // Kinds and ranges are checked where the document is known, so every override reaches the parser.
    overrides.push(entry as unknown as InsertionOverride);
  });
  return { overrides, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
