import { z } from 'zod';
import { finiteNumber, manualOrder, newId, ownedRecordFields, shortText, withDefaults, type RecordFields } from './primitives';

/** An objective as the company set it for this year, before the workshop questions it (phase 2). */
export const currentObjectiveSchema = z.strictObject({
  ...ownedRecordFields,
  title: shortText,
  metric: shortText,
  unit: shortText,
  baseline: finiteNumber.nullable(),
  target: finiteNumber.nullable(),
  /** Free text such as "FY 2026" or "Q3": companies name their periods differently. */
  period: shortText,
  owner: shortText.optional(),
  order: manualOrder,
});

export type CurrentObjective = z.infer<typeof currentObjectiveSchema>;

export function createCurrentObjective(
  workshopId: string,
  fields: RecordFields<CurrentObjective> = {},
): CurrentObjective {
  const defaults: Omit<CurrentObjective, 'id' | 'workshopId'> = {
    title: '',
    metric: '',
    unit: '',
    baseline: null,
    target: null,
    period: '',
    owner: '',
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
