import { z } from 'zod';
import { longText, manualOrder, newId, ownedRecordFields, percent, shortText, withDefaults, type RecordFields } from './primitives';

/** The method plays deviations of a few percent; twenty either way is already a crisis scenario. */
export const SCENARIO_DEVIATION_LIMIT = 20;

const deviationPct = percent.min(-SCENARIO_DEVIATION_LIMIT).max(SCENARIO_DEVIATION_LIMIT);

/** A "what if" on the budget: sales short by some percent, expenses over by some percent (phase 2). */
export const scenarioSchema = z.strictObject({
  ...ownedRecordFields,
  name: shortText,
  /** Negative means sales below budget. */
  salesDeviationPct: deviationPct,
  /** Positive means expenses above budget. */
  expenseDeviationPct: deviationPct,
  note: longText,
  order: manualOrder,
});

export type Scenario = z.infer<typeof scenarioSchema>;

export function createScenario(workshopId: string, fields: RecordFields<Scenario> = {}): Scenario {
  const defaults: Omit<Scenario, 'id' | 'workshopId'> = {
    name: '',
    salesDeviationPct: 0,
    expenseDeviationPct: 0,
    note: '',
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
