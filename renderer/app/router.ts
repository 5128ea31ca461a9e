import { useSyncExternalStore } from 'react';
import { PHASES, type PhaseId } from '../../shared/method/phases';

/** The app's places. Hash-based so the same build works under app:// and any static server. */
export type Route =
  | { name: 'library' }
  | { name: 'workshop'; workshopId: string; phase: PhaseId | null };

const PHASE_IDS = new Set<string>(PHASES.map((phase) => phase.id));

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'workshop' && parts[1]) {
    const phase = parts[2] && PHASE_IDS.has(parts[2]) ? (parts[2] as PhaseId) : null;
    return { name: 'workshop', workshopId: parts[1], phase };
  }
  return { name: 'library' };
}

export function routeToHash(route: Route): string {
  if (route.name === 'workshop') {
    const base = `#/workshop/${encodeURIComponent(route.workshopId)}`;
    return route.phase ? `${base}/${route.phase}` : base;
  }
  return '#/';
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = routeToHash(route);
  if (options.replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
  notify();
}

const listeners = new Set<() => void>();
function notify(): void {
  listeners.forEach((listener) => listener());
}
window.addEventListener('hashchange', notify);
window.addEventListener('popstate', notify);

export function useRoute(): Route {
  const hash = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => location.hash,
  );
  return parseRoute(hash);
}
