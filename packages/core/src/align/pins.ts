/**
 * Pins a person set: checked against the documents and each other, then turned into the cuts
 * that split the alignment into independent stretches (two-sided pins) and the paragraphs that
 * must stay unpaired (one-sided pins). A pin that cannot hold is reported and left out; a pin
 * that is kept never moves.
 */
import type { Diagnostic, Pin } from '../model.js';

export interface PinPlan {
  /** Two-sided pins, in order on both sides. */
  readonly cuts: readonly Pin[];
  /** 1 for paragraphs a one-sided pin leaves unpaired. */
  readonly unpairedSource: Uint8Array;
  readonly unpairedTarget: Uint8Array;
  readonly diagnostics: readonly Diagnostic[];
}

function warning(message: string): Diagnostic {
  return { severity: 'warning', code: 'align-pin-ignored', message, line: 0, column: 0 };
}

function describe(pin: Pin): string {
  return `${pin.source.join(',')}:${pin.target.join(',')}`;
}

/** A short printable form of whatever the caller passed (cyclic or huge values included). */
function shortJson(value: unknown): string {
  try {
    const text = JSON.stringify(value) as string | undefined;
    return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return 'an unreadable value';
  }
}

/** Contiguous ascending integers within [0, count). */
function isRun(indices: unknown, count: number): indices is readonly number[] {
  if (!Array.isArray(indices)) return false;
  return indices.every((value, k) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < count && (k === 0 || value === (indices[k - 1] as number) + 1));
}

export function planPins(pins: readonly Pin[] | undefined, sourceCount: number, targetCount: number): PinPlan {
  const diagnostics: Diagnostic[] = [];
  const unpairedSource = new Uint8Array(sourceCount);
  const unpairedTarget = new Uint8Array(targetCount);
  const usedSource = new Uint8Array(sourceCount);
  const usedTarget = new Uint8Array(targetCount);
  const valid: Pin[] = [];
  for (const pin of Array.isArray(pins) ? (pins as readonly unknown[]) : []) {
    const candidate = pin as Partial<Pin> | null;
    if (typeof candidate !== 'object' || candidate === null || !isRun(candidate.source, sourceCount) || !isRun(candidate.target, targetCount)) {
      diagnostics.push(warning(`a pin must name existing, consecutive paragraphs on each side (${sourceCount} source, ${targetCount} target); ignored ${shortJson(pin)}`));
      continue;
    }
    const checked: Pin = { source: [...candidate.source], target: [...candidate.target] };
    if (checked.source.length + checked.target.length === 0) {
      diagnostics.push(warning('a pin with no paragraph on either side was ignored'));
      continue;
    }
    if (checked.source.some((i) => usedSource[i] === 1) || checked.target.some((j) => usedTarget[j] === 1)) {
      diagnostics.push(warning(`pin ${describe(checked)} overlaps an earlier pin and was ignored`));
      continue;
    }
    for (const i of checked.source) usedSource[i] = 1;
    for (const j of checked.target) usedTarget[j] = 1;
    valid.push(checked);
  }
  const cuts: Pin[] = [];
  const twoSided = valid.filter((pin) => pin.source.length > 0 && pin.target.length > 0).sort((x, y) => (x.source[0] ?? 0) - (y.source[0] ?? 0));
  for (const pin of twoSided) {
    const previous = cuts[cuts.length - 1];
    if (previous && (pin.target[0] ?? 0) <= (previous.target[previous.target.length - 1] ?? 0)) {
      diagnostics.push(warning(`pin ${describe(pin)} crosses pin ${describe(previous)} (pairs must keep both texts in order) and was ignored`));
      continue;
    }
    cuts.push(pin);
  }
  for (const pin of valid) {
    if (pin.target.length === 0) for (const i of pin.source) unpairedSource[i] = 1;
    if (pin.source.length === 0) for (const j of pin.target) unpairedTarget[j] = 1;
  }
  return { cuts, unpairedSource, unpairedTarget, diagnostics };
}
