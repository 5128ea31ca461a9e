import { PHASES, type PhaseId } from '../../../shared/method/phases';

const key = (workshopId: string) => `dsrs.lastPhase.${workshopId}`;
const known = new Set<string>(PHASES.map((phase) => phase.id));

/** Where the facilitator was last in this workshop: a view preference, kept out of the workshop data. */
export function readLastPhase(workshopId: string): PhaseId | null {
  try {
    const value = localStorage.getItem(key(workshopId));
    return value && known.has(value) ? (value as PhaseId) : null;
  } catch {
    return null;
  }
}

export function rememberLastPhase(workshopId: string, phase: PhaseId): void {
  try {
    localStorage.setItem(key(workshopId), phase);
  } catch {
    // Not remembered; harmless.
  }
}
