/**
 * The demo's hash routes, as pure functions: `#/<page>[/<fragment>][?layout=…&insertions=…&conceal=…]`.
 * Hash routing keeps the built site working from any sub-path with no server rules. Parsing never
 * throws: an unknown value falls back to the default and an unknown page to the first document.
 */

// The view settings are the viewer's own attribute values: take their types from the elements package.
import type { ConcealMode, InsertionMode, LayoutMode } from '@parallel-text/elements';

export type Layout = LayoutMode;
export type { ConcealMode, InsertionMode };

export interface ViewSettings {
  readonly layout: Layout;
  readonly insertions: InsertionMode;
  readonly conceal: ConcealMode;
}

export const DEFAULT_SETTINGS: ViewSettings = { layout: 'columns', insertions: 'marked', conceal: 'none' };
export const LAYOUTS: readonly Layout[] = ['columns', 'stacked'];
export const INSERTION_MODES: readonly InsertionMode[] = ['marked', 'plain', 'hidden'];
export const CONCEAL_MODES: readonly ConcealMode[] = ['none', 'translation', 'insertions'];

export interface Route {
  /** A document id, or 'playground'. */
  readonly page: string;
  /** A viewer fragment such as `p4`, `s2`, `p5-i0` or `note-1`, when the link points into the text. */
  readonly fragment?: string;
  readonly settings: ViewSettings;
}

const FRAGMENT = /^[\p{L}\p{N}_*†‡§-]{1,40}$/u;

export function parseRoute(hash: string, pages: readonly string[]): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/u, '').split('?', 2);
  const [rawPage = '', rawFragment = ''] = path.split('/', 2).map(safeDecode);
  const page = pages.includes(rawPage) ? rawPage : (pages[0] ?? '');
  const params = new URLSearchParams(query);
  const settings: ViewSettings = {
    layout: pick(params.get('layout'), LAYOUTS, DEFAULT_SETTINGS.layout),
    insertions: pick(params.get('insertions'), INSERTION_MODES, DEFAULT_SETTINGS.insertions),
    conceal: pick(params.get('conceal'), CONCEAL_MODES, DEFAULT_SETTINGS.conceal),
  };
  return FRAGMENT.test(rawFragment) && page === rawPage ? { page, fragment: rawFragment, settings } : { page, settings };
}

/** The hash for a route; settings equal to the defaults are left out so links stay short. */
export function formatRoute(route: Route): string {
  const params = new URLSearchParams();
  for (const key of ['layout', 'insertions', 'conceal'] as const) {
    if (route.settings[key] !== DEFAULT_SETTINGS[key]) params.set(key, route.settings[key]);
  }
  const query = params.size > 0 ? `?${params.toString()}` : '';
  const fragment = route.fragment ? `/${encodeURIComponent(route.fragment)}` : '';
  return `#/${encodeURIComponent(route.page)}${fragment}${query}`;
}

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}
