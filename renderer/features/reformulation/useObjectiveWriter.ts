import { useCallback, useEffect, useRef } from 'react';
import type { FinalObjective, ObjectiveCheck, ObjectiveCheckName, ReservePlan } from '../../../shared/domain';
import { updateRecord, updateRecordContinuously } from '../../data';
import type { RecordPatch } from '../../data';

type NestedFields = Pick<FinalObjective, 'checks' | 'reservePlan' | 'findingIds'>;

/**
 * Writes the nested parts of a final objective (checks, reserve plan, finding links). A patch
 * replaces the whole nested value, so each write starts from the last value written rather than
 * from the rendered record, which lags a write behind until the live query returns: two quick
 * keyboard edits in a row must not undo each other. Once no write is in flight, the stored record
 * wins again (undo, another window).
 */
export function useObjectiveWriter(objective: FinalObjective) {
  const latest = useRef<NestedFields>(objective);
  const inFlight = useRef(0);

  useEffect(() => {
    if (inFlight.current === 0) latest.current = { checks: objective.checks, reservePlan: objective.reservePlan, findingIds: objective.findingIds };
  }, [objective.checks, objective.reservePlan, objective.findingIds]);

  const write = useCallback(
    async (patch: Partial<NestedFields>, label: string, continuousField?: string) => {
      latest.current = { ...latest.current, ...patch };
      inFlight.current += 1;
      try {
        const recordPatch: RecordPatch<'finalObjectives'> = patch;
        if (continuousField) await updateRecordContinuously('finalObjectives', objective.id, recordPatch, label, continuousField);
        else await updateRecord('finalObjectives', objective.id, recordPatch, label);
      } finally {
        inFlight.current -= 1;
      }
    },
    [objective.id],
  );

  const writeCheck = useCallback(
    (name: ObjectiveCheckName, change: Partial<ObjectiveCheck>, label: string, continuousField?: string) => {
      const checks = latest.current.checks;
      return write({ checks: { ...checks, [name]: { ...checks[name], ...change } } }, label, continuousField);
    },
    [write],
  );

  const writeReservePlan = useCallback(
    (change: Partial<ReservePlan>, label: string, continuousField?: string) =>
      write({ reservePlan: { ...latest.current.reservePlan, ...change } }, label, continuousField),
    [write],
  );

  const setFindingLinked = useCallback(
    (findingId: string, linked: boolean, label: string) => {
      const others = latest.current.findingIds.filter((id) => id !== findingId);
      return write({ findingIds: linked ? [...others, findingId] : others }, label);
    },
    [write],
  );

  return { writeCheck, writeReservePlan, setFindingLinked };
}

export type ObjectiveWriter = ReturnType<typeof useObjectiveWriter>;
