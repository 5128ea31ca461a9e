import { z } from 'zod';
import type { KpiFrequency } from './kpi';

/**
 * The period a measurement belongs to, named the way people say it: a month (2026-03), an ISO week
 * (2026-W12) or a quarter (2026-Q1). Strings sort chronologically within one kind.
 */
export type MeasurementPeriodKind = 'month' | 'week' | 'quarter';

export const PERIOD_KIND_BY_FREQUENCY: Readonly<Record<KpiFrequency, MeasurementPeriodKind>> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
};

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WEEK_PATTERN = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;
const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/** ISO 8601: a year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
export function isoWeeksInYear(year: number): 52 | 53 {
  const januaryFirst = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return januaryFirst === 4 || (isLeap && januaryFirst === 3) ? 53 : 52;
}

/** The kind of a valid period string, or null when the string is not a valid period. */
export function measurementPeriodKind(period: string): MeasurementPeriodKind | null {
  if (MONTH_PATTERN.test(period)) return 'month';
  if (QUARTER_PATTERN.test(period)) return 'quarter';
  const week = WEEK_PATTERN.exec(period);
  if (week) return Number(week[2]) <= isoWeeksInYear(Number(week[1])) ? 'week' : null;
  return null;
}

export const measurementPeriod = z
  .string()
  .max(8)
  .refine((period) => measurementPeriodKind(period) !== null, 'Expected YYYY-MM, YYYY-Www or YYYY-Qn');
