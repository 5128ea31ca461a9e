import { createFinalObjective, type CurrentObjective, type FinalObjective } from '../../../shared/domain';

/**
 * A final objective started from this year's objective: it copies what the group is about to
 * question (title, metric, unit, baseline, target) and remembers where it came from. Owner and
 * deadline are left for the group to decide again.
 */
export function finalObjectiveFromCurrent(current: CurrentObjective, order: number): FinalObjective {
  return createFinalObjective(current.workshopId, {
    originalObjectiveId: current.id,
    title: current.title,
    metric: current.metric,
    unit: current.unit,
    baseline: current.baseline,
    target: current.target,
    order,
  });
}

/** Current objectives that no final objective reformulates yet, in their own order. */
export function notYetReformulated(currentObjectives: readonly CurrentObjective[], finalObjectives: readonly FinalObjective[]): CurrentObjective[] {
  const reformulated = new Set(finalObjectives.map((objective) => objective.originalObjectiveId));
  return currentObjectives.filter((current) => !reformulated.has(current.id));
}
