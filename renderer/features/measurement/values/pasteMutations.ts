import { createMeasurement } from '../../../../shared/domain';
import type { MeasurementImportPlan } from '../../../../shared/logic/measurementImport';
import type { RecordMutation } from '../../../data';

/** The mutations that carry out a confirmed paste plan: new values added, changed ones updated. */
export function pastePlanMutations(workshopId: string, plan: MeasurementImportPlan): RecordMutation[] {
  const additions = plan.additions.map(
    (entry): RecordMutation => ({ type: 'add', kind: 'measurements', record: createMeasurement(workshopId, { kpiId: entry.kpiId, period: entry.period, value: entry.value, note: entry.note ?? '' }) }),
  );
  const updates = plan.replacements.flatMap((entry): RecordMutation[] =>
    entry.existing ? [{ type: 'update', kind: 'measurements', id: entry.existing.id, patch: entry.note === null ? { value: entry.value } : { value: entry.value, note: entry.note } }] : [],
  );
  return [...additions, ...updates];
}
