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

// Registration lives with each feature folder; see renderer/features/<phase>/index.ts.
export function registerPhaseScreen(phase: PhaseId, loader: () => Promise<{ default: ComponentType<PhaseScreenProps> }>): void {
  PHASE_SCREENS[phase] = lazy(loader);
}
