/**
 * Moves between routes. Settings changes replace the history entry (so Back leaves the page
 * rather than undoing a toggle); page changes push one. Either way the app hears `demo-route`.
 */
import { formatRoute, type Route } from './route.js';

export const ROUTE_EVENT = 'demo-route';

export function navigate(route: Route, mode: 'push' | 'replace' = 'push'): void {
  const hash = formatRoute(route);
  if (hash === location.hash) return;
  if (mode === 'replace') history.replaceState(history.state, '', hash);
  else history.pushState(history.state, '', hash);
  window.dispatchEvent(new Event(ROUTE_EVENT));
}
