import { z } from 'zod';
import {
  finiteNumber,
  isoDate,
  link,
  links,
  longText,
  manualOrder,
  newId,
  ownedRecordFields,
  shortText,
  withDefaults,
  type RecordFields,
} from './primitives';

/** One of the three tests a reformulated objective must pass; null means "not yet discussed". */
export const objectiveCheckSchema = z.strictObject({
  ok: z.boolean().nullable(),
  rationale: longText,
});

export const OBJECTIVE_CHECKS = ['realistic', 'achievable', 'ownedByOrganisation'] as const;

export const objectiveChecksSchema = z.strictObject({
  realistic: objectiveCheckSchema,
  achievable: objectiveCheckSchema,
  ownedByOrganisation: objectiveCheckSchema,
});

/** If a target customer fails, which customer replaces it and what tells us it is time to switch. */
export const reservePlanSchema = z.strictObject({
  targetCustomer: shortText,
  replacementCustomer: shortText,
  trigger: longText,
});

/** An objective rewritten from the customer base up (phase 4). */
export const finalObjectiveSchema = z.strictObject({
  ...ownedRecordFields,
  title: shortText,
  /** The current objective this one reformulates; null when it was written from scratch. */
  originalObjectiveId: link.nullable(),
  /** What the objective said before, for objectives that have no recorded original. */
  originalText: longText,
  metric: shortText,
  baseline: finiteNumber.nullable(),
  target: finiteNumber.nullable(),
  unit: shortText,
  deadline: isoDate.nullable(),
  owner: shortText,
  checks: objectiveChecksSchema,
  findingIds: links,
  reservePlan: reservePlanSchema,
  order: manualOrder,
});

export type ObjectiveCheck = z.infer<typeof objectiveCheckSchema>;
export type ObjectiveCheckName = (typeof OBJECTIVE_CHECKS)[number];
export type ReservePlan = z.infer<typeof reservePlanSchema>;
export type FinalObjective = z.infer<typeof finalObjectiveSchema>;

export function createFinalObjective(workshopId: string, fields: RecordFields<FinalObjective> = {}): FinalObjective {
  const defaults: Omit<FinalObjective, 'id' | 'workshopId'> = {
    title: '',
    originalObjectiveId: null,
    originalText: '',
    metric: '',
    baseline: null,
    target: null,
    unit: '',
    deadline: null,
    owner: '',
    checks: {
      realistic: { ok: null, rationale: '' },
      achievable: { ok: null, rationale: '' },
      ownedByOrganisation: { ok: null, rationale: '' },
    },
    findingIds: [],
    reservePlan: { targetCustomer: '', replacementCustomer: '', trigger: '' },
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
