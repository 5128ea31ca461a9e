import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PhaseId } from '../../shared/method/phases';
import type { Workshop } from '../../shared/domain';

export interface PhaseScreenProps {
  workshop: Workshop;
}

/**
 * The screen of each phase, loaded only when opened so start-up stays fast. A phase without an entry
 * shows what it will hold instead of a form.
 */
export const PHASE_SCREENS: Partial<Record<PhaseId, LazyExoticComponent<ComponentType<PhaseScreenProps>>>> = {};

type ScreenLoader = () => Promise<{ default: ComponentType<PhaseScreenProps> }>;
const loaders: ScreenLoader[] = [];

// Registration lives in renderer/features/registerPhaseScreens.ts.
export function registerPhaseScreen(phase: PhaseId, loader: ScreenLoader): void {
  loaders.push(loader);
  PHASE_SCREENS[phase] = lazy(loader);
}

/**
 * Fetches every phase screen's code once the workshop is open and the browser is idle, so moving to
 * another phase never waits for a download (React would otherwise show "Loading" for at least 300 ms).
 */
export function preloadPhaseScreens(): () => void {
  const load = () => {
    for (const loader of loaders) void loader().catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(load, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(load, 300);
  return () => window.clearTimeout(timer);
}
