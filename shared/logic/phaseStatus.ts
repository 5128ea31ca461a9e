import type { RecordKind } from '../domain/recordKinds';
import type { PhaseId } from '../method/phases';

export type PhaseStatus = 'not_started' | 'in_progress' | 'done';

export interface PhaseDefinitionForStatus {
  id: PhaseId;
  kinds: readonly RecordKind[];
}

/**
 * A phase is done only when the facilitator says so (the method has no objective end to a
 * discussion); before that it is in progress as soon as it holds anything.
 */
export function phaseStatus(
  phase: PhaseDefinitionForStatus,
  counts: Partial<Record<RecordKind, number>>,
  completedPhases: readonly PhaseId[],
): PhaseStatus {
  if (completedPhases.includes(phase.id)) return 'done';
  const held = phase.kinds.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
  return held > 0 ? 'in_progress' : 'not_started';
}

export interface WorkshopProgress {
  statuses: Record<string, PhaseStatus>;
  done: number;
  total: number;
  /** 0..1; an in-progress phase counts half, so the bar moves as soon as work starts. */
  fraction: number;
}

export function workshopProgress(
  phases: readonly PhaseDefinitionForStatus[],
  counts: Partial<Record<RecordKind, number>>,
  completedPhases: readonly PhaseId[],
): WorkshopProgress {
  const statuses: Record<string, PhaseStatus> = {};
  let done = 0;
  let weighted = 0;
  for (const phase of phases) {
    const status = phaseStatus(phase, counts, completedPhases);
    statuses[phase.id] = status;
    if (status === 'done') {
      done += 1;
      weighted += 1;
    } else if (status === 'in_progress') {
      weighted += 0.5;
    }
  }
  const total = phases.length;
  return { statuses, done, total, fraction: total === 0 ? 0 : weighted / total };
}
