import { use, type ComponentType } from 'react';
import type { PhaseId } from '../../shared/method/phases';
import type { Workshop } from '../../shared/domain';

export interface PhaseScreenProps {
  workshop: Workshop;
}

type ScreenModule = { default: ComponentType<PhaseScreenProps> };

interface PhaseScreenEntry {
  /** Renders the screen; suspends only while its code is still loading. */
  Screen: ComponentType<PhaseScreenProps>;
  /** Starts loading the screen's code (once); resolves when it can render without suspending. */
  preload: () => Promise<void>;
}

/**
 * The screen of each phase, loaded on its own so start-up stays fast. A phase without an entry shows
 * what it will hold instead of a form.
 *
 * Not React.lazy: a lazy component suspends on its first render even when its code is already here,
 * and React then holds the reveal until 300 ms after the "Loading" line appeared. These screens are
 * preloaded while the facilitator is busy elsewhere and render at once when they are.
 */
export const PHASE_SCREENS: Partial<Record<PhaseId, PhaseScreenEntry>> = {};

export function registerPhaseScreen(phase: PhaseId, loader: () => Promise<ScreenModule>): void {
  let loaded: ComponentType<PhaseScreenProps> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= loader().then(
      (module) => {
        loaded = module.default;
      },
      (reason: unknown) => {
        // A failed download may be retried by the next attempt to open the phase.
        loading = null;
        throw reason;
      },
    ));
  function PhaseScreen(props: PhaseScreenProps) {
    if (!loaded) use(preload());
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : null;
  }
  PhaseScreen.displayName = `PhaseScreen(${phase})`;
  PHASE_SCREENS[phase] = { Screen: PhaseScreen, preload };
}

/**
 * Loads every phase screen's code, one at a time in the browser's idle moments, so the first visit of
 * each phase is as quick as the next ones. Returns a function that stops it.
 */
export function preloadPhaseScreensWhenIdle(): () => void {
  const waiting = Object.values(PHASE_SCREENS);
  let stopped = false;
  let handle: number | null = null;
  const idle = (run: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 200);
  const cancel = (id: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : window.clearTimeout(id));
  const next = () => {
    handle = null;
    const entry = waiting.shift();
    if (stopped || !entry) return;
    const onward = () => {
      if (!stopped) handle = idle(next);
    };
    // A failure is not fatal here: the phase loads again (or reports it) when it is opened.
    entry.preload().then(onward, onward);
  };
  handle = idle(next);
  return () => {
    stopped = true;
    if (handle !== null) cancel(handle);
  };
}
