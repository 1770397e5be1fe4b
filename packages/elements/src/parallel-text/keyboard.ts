/**
 * The viewer's keys, as a pure table from a key press to what it does, so the documented keys
 * and the behaviour cannot drift apart. The element applies the action; this module only decides.
 */

export type KeyAction =
  | { readonly kind: 'move'; readonly to: number }
  | { readonly kind: 'select' }
  | { readonly kind: 'close' };

export interface KeyContext {
  readonly key: string;
  /** The row that holds focus, or -1. */
  readonly row: number;
  readonly rowCount: number;
  /** True when focus is on the row itself rather than a control inside it. */
  readonly onRow: boolean;
  readonly hasModifier: boolean;
}

/** Rows a Page Up / Page Down jumps. */
export const PAGE = 5;

/** The documented keys, for the README and the tests. */
export const KEYS: readonly (readonly [string, string])[] = [
  ['↓ or j', 'next pair'],
  ['↑ or k', 'previous pair'],
  ['Page Down / Page Up', `${PAGE} pairs on / back`],
  ['Home / End', 'first / last pair (when a pair itself has focus)'],
  ['Enter or Space', 'choose the focused pair (fires parallel-text-select)'],
  ['Escape', 'close an open explanation'],
];

const clamp = (value: number, count: number): number => Math.min(Math.max(value, 0), count - 1);

export function keyAction(context: KeyContext): KeyAction | undefined {
  const { key, row, rowCount, onRow, hasModifier } = context;
  if (key === 'Escape') return { kind: 'close' };
  if (hasModifier || row < 0 || rowCount === 0) return undefined;
  const move = (to: number): KeyAction => ({ kind: 'move', to: clamp(to, rowCount) });
  switch (key) {
    case 'ArrowDown':
      return move(row + 1);
    case 'ArrowUp':
      return move(row - 1);
    case 'PageDown':
      return move(row + PAGE);
    case 'PageUp':
      return move(row - PAGE);
    case 'j':
      return onRow ? move(row + 1) : undefined;
    case 'k':
      return onRow ? move(row - 1) : undefined;
    case 'Home':
      return onRow ? move(0) : undefined;
    case 'End':
      return onRow ? move(rowCount - 1) : undefined;
    case 'Enter':
    case ' ':
      return onRow ? { kind: 'select' } : undefined;
    default:
      return undefined;
  }
}
