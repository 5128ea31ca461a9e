import { PHASES, type PhaseId } from '../../../../shared/method/phases';

/** The phase before or after this one in the method's order; null past either end. */
export function neighbourPhase(phase: PhaseId, step: -1 | 1): PhaseId | null {
  const index = PHASES.findIndex((candidate) => candidate.id === phase);
  if (index < 0) return null;
  return PHASES[index + step]?.id ?? null;
}
