import { z } from 'zod';
import {
  links,
  longText,
  manualOrder,
  newId,
  ownedRecordFields,
  rating,
  shortText,
  withDefaults,
  type RecordFields,
} from './primitives';

export const FINDING_TYPES = [
  'lost_sales',
  'market',
  'product',
  'customer',
  'competitor',
  'expense',
  'process',
  'capability',
] as const;

/** Where the real deviation is (phase 3), traced back to the diagnostic questions that revealed it. */
export const findingSchema = z.strictObject({
  ...ownedRecordFields,
  type: z.enum(FINDING_TYPES),
  title: shortText,
  description: longText,
  impact: rating(1, 5),
  evidence: longText,
  questionIds: links,
  order: manualOrder,
});

export type Finding = z.infer<typeof findingSchema>;
export type FindingType = Finding['type'];

export function createFinding(workshopId: string, fields: RecordFields<Finding> = {}): Finding {
  const defaults: Omit<Finding, 'id' | 'workshopId'> = {
    type: 'lost_sales',
    title: '',
    description: '',
    impact: 3,
    evidence: '',
    questionIds: [],
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
