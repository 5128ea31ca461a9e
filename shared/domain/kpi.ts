import { z } from 'zod';
import {
  finiteNumber,
  link,
  links,
  manualOrder,
  newId,
  ownedRecordFields,
  shortText,
  withDefaults,
  type RecordFields,
} from './primitives';

export const KPI_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export const KPI_FREQUENCIES = ['weekly', 'monthly', 'quarterly'] as const;

/**
 * A scorecard line (phase 8). The thresholds are values of the KPI itself: with higher_is_better a
 * value below amberThreshold is amber and below redThreshold is red; lower_is_better mirrors that.
 */
export const kpiSchema = z.strictObject({
  ...ownedRecordFields,
  name: shortText,
  unit: shortText,
  direction: z.enum(KPI_DIRECTIONS),
  target: finiteNumber,
  amberThreshold: finiteNumber,
  redThreshold: finiteNumber,
  /** How often it is measured; it fixes the period format of its measurements. */
  frequency: z.enum(KPI_FREQUENCIES),
  finalObjectiveId: link.nullable(),
  initiativeIds: links,
  milestoneIds: links,
  order: manualOrder,
});

export type Kpi = z.infer<typeof kpiSchema>;
export type KpiDirection = Kpi['direction'];
export type KpiFrequency = Kpi['frequency'];

export function createKpi(workshopId: string, fields: RecordFields<Kpi> = {}): Kpi {
  const defaults: Omit<Kpi, 'id' | 'workshopId'> = {
    name: '',
    unit: '',
    direction: 'higher_is_better',
    target: 0,
    amberThreshold: 0,
    redThreshold: 0,
    frequency: 'monthly',
    finalObjectiveId: null,
    initiativeIds: [],
    milestoneIds: [],
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
