import { useCallback, useEffect, useRef } from 'react';
import type { Initiative, Milestone } from '../../../../shared/domain';
import { milestonesMovedWith, resizedDates, shiftedDates, type PlanDates } from '../../../../shared/logic/roadmapPlan';
import { applyChanges, DataValidationError } from '../../../data';
import type { RecordMutation } from '../../../data';

export type DateChange = 'move' | 'resize';

/** How long a write may take to come back through the live query before the next one goes ahead anyway. */
const REFLECTION_TIMEOUT_MS = 1500;

/**
 * Moves and stretches initiatives, each change one undo step (the initiative and the milestones that
 * travel with it together). Key presses come faster than writes return through the live query, so
 * changes run one after another and each starts from the dates the previous one stored, not from a
 * render that has not caught up yet: three presses of → always mean three days.
 */
export function usePlanDateWriter(workshopId: string, initiatives: readonly Initiative[], milestones: readonly Milestone[]) {
  const latest = useRef({ initiatives, milestones });
  const waiters = useRef<(() => void)[]>([]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    latest.current = { initiatives, milestones };
    const waiting = waiters.current;
    waiters.current = [];
    for (const wake of waiting) wake();
  }, [initiatives, milestones]);

  const waitForReflection = useCallback(async (isReflected: () => boolean) => {
    const deadline = performance.now() + REFLECTION_TIMEOUT_MS;
    while (!isReflected() && performance.now() < deadline) {
      await new Promise<void>((resolve) => {
        waiters.current.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }, []);

  return useCallback(
    (initiativeId: string, change: DateChange, days: number, undoLabel: string): Promise<PlanDates | null> => {
      /** The dates stored, or null when nothing changed. */
      const run = async (): Promise<PlanDates | null> => {
        if (days === 0) return null;
        const initiative = latest.current.initiatives.find((candidate) => candidate.id === initiativeId);
        if (!initiative) return null;
        const dates: PlanDates = change === 'move' ? shiftedDates(initiative, days) : resizedDates(initiative, days);
        if (dates.start === initiative.start && dates.end === initiative.end) return null;
        const travelling = change === 'move' ? milestonesMovedWith(latest.current.milestones, initiativeId, days) : [];
        const mutations: RecordMutation[] = [
          { type: 'update', kind: 'initiatives', id: initiativeId, patch: dates },
          ...travelling.map((milestone): RecordMutation => ({ type: 'update', kind: 'milestones', id: milestone.id, patch: { date: milestone.date } })),
        ];
        try {
          await applyChanges(workshopId, undoLabel, mutations);
        } catch (reason) {
          // A refused date leaves the plan as it was; a storage failure shows in the save banner.
          if (reason instanceof DataValidationError) return null;
          throw reason;
        }
        await waitForReflection(() => {
          const stored = latest.current.initiatives.find((candidate) => candidate.id === initiativeId);
          const storedMilestones = new Map(latest.current.milestones.map((milestone) => [milestone.id, milestone.date]));
          return (
            stored !== undefined &&
            stored.start === dates.start &&
            stored.end === dates.end &&
            travelling.every((milestone) => storedMilestones.get(milestone.id) === milestone.date)
          );
        });
        return dates;
      };
      const next = queue.current.then(run, run);
      queue.current = next.catch(() => undefined);
      return next;
    },
    [workshopId, waitForReflection],
  );
}
