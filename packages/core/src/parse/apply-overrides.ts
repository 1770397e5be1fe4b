/**
 * Applies an author's sidecar overrides (`InsertionOverride`) to the classified paragraphs:
 * a matching insertion takes the author's kind with full confidence. It reports overrides that
 * are malformed or match nothing, and never touches the text.
 */
import type { Diagnostic, InsertionOverride, InsertionSpan, Paragraph, Span } from '../model.js';
import { INSERTION_KINDS } from '../model.js';

export interface OverrideResult {
  readonly paragraphs: readonly Paragraph[];
  readonly diagnostics: readonly Diagnostic[];
}

export function applyOverrides(paragraphs: readonly Paragraph[], overrides: readonly InsertionOverride[]): OverrideResult {
  const diagnostics: Diagnostic[] = [];
  let result = [...paragraphs];
  overrides.forEach((override, position) => {
    const problem = invalidity(override, paragraphs.length);
    const line = paragraphs[override.paragraph ?? -1]?.line ?? 1;
    if (problem) {
      diagnostics.push({ severity: 'warning', code: 'override-invalid', message: `Override ${position + 1} ignored: ${problem}.`, line, column: 1 });
      return;
    }
    let seen = 0;
    let applied = 0;
    result = result.map((paragraph) => {
      if (override.paragraph !== undefined && paragraph.index !== override.paragraph) return paragraph;
      const appliedBefore = applied;
      const spans = paragraph.spans.map((span): Span => {
        if (span.type !== 'insertion' || !matches(span, override.match)) return span;
        seen += 1;
        if (override.occurrence !== undefined && seen !== override.occurrence) return span;
        applied += 1;
        return {
          ...span,
          kind: override.kind,
          confidence: 1,
          overridden: true,
          reason: override.reason ?? `Set by the author\u2019s override: ${override.kind}.`,
        };
      });
      return applied > appliedBefore ? { ...paragraph, spans } : paragraph;
    });
    if (applied === 0) {
      const where = override.paragraph === undefined ? 'in the document' : `in paragraph ${override.paragraph}`;
      diagnostics.push({
        severity: 'warning',
        code: 'override-unmatched',
        message: `Override ${position + 1} matched no insertion ${JSON.stringify(override.match)} ${where}.`,
        line,
        column: 1,
      });
    }
  });
  return { paragraphs: result, diagnostics };
}

function matches(span: InsertionSpan, match: string): boolean {
  return match.startsWith('[') ? span.text === match : span.content.trim() === match.trim();
}

/** Why an override (which may come from untyped JSON) cannot be used, or undefined. */
function invalidity(override: InsertionOverride, paragraphCount: number): string | undefined {
  const value = override as Partial<Record<keyof InsertionOverride, unknown>>;
  if (typeof value.match !== 'string' || value.match.trim() === '') return '"match" must be a non-empty string';
  if (typeof value.kind !== 'string' || !(INSERTION_KINDS as readonly string[]).includes(value.kind)) {
    return `"kind" must be one of ${INSERTION_KINDS.join(', ')}`;
  }
  if (value.paragraph !== undefined && !(Number.isInteger(value.paragraph) && (value.paragraph as number) >= 0 && (value.paragraph as number) < paragraphCount)) {
    return `"paragraph" must be a body-paragraph index from 0 to ${paragraphCount - 1}`;
  }
  if (value.occurrence !== undefined && !(Number.isInteger(value.occurrence) && (value.occurrence as number) >= 1)) {
    return '"occurrence" must be a whole number from 1';
  }
  if (value.reason !== undefined && typeof value.reason !== 'string') return '"reason" must be a string';
  return undefined;
}
