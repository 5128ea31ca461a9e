import { z } from 'zod';
import { measurementPeriod } from './measurementPeriod';
import { finiteNumber, link, longText, newId, ownedRecordFields, withDefaults, type RequiredRecordFields } from './primitives';

/** One value of a KPI for one period (phase 8). */
export const measurementSchema = z.strictObject({
  ...ownedRecordFields,
  kpiId: link,
  period: measurementPeriod,
  value: finiteNumber,
  note: longText,
});

export type Measurement = z.infer<typeof measurementSchema>;

export function createMeasurement(
  workshopId: string,
  fields: RequiredRecordFields<Measurement, 'kpiId' | 'period' | 'value'>,
): Measurement {
  const defaults: Omit<Measurement, 'id' | 'workshopId'> = {
    kpiId: fields.kpiId,
    period: fields.period,
    value: fields.value,
    note: '',
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
