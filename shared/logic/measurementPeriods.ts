import { measurementPeriodKind, type MeasurementPeriodKind } from '../domain/measurementPeriod';

/**
 * Calendar arithmetic on measurement periods (2026-09, 2026-W38, 2026-Q3): which period a day falls
 * in, the period before or after, and the run of periods a values grid shows as its columns.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PeriodParts {
  kind: MeasurementPeriodKind;
  year: number;
  /** Month 1–12, ISO week 1–53 or quarter 1–4. */
  index: number;
}

export function periodParts(period: string): PeriodParts | null {
  const kind = measurementPeriodKind(period);
  if (kind === null) return null;
  const year = Number(period.slice(0, 4));
  const index = Number(kind === 'month' ? period.slice(5, 7) : period.slice(6));
  return { kind, year, index };
}

export function formatPeriod(kind: MeasurementPeriodKind, year: number, index: number): string {
  const yearText = String(year).padStart(4, '0');
  if (kind === 'month') return `${yearText}-${String(index).padStart(2, '0')}`;
  if (kind === 'quarter') return `${yearText}-Q${index}`;
  return `${yearText}-W${String(index).padStart(2, '0')}`;
}

function parseIsoDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === isoDate ? date : null;
}

/** Monday = 0 … Sunday = 6, as ISO weeks count. */
function isoWeekday(date: Date): number {
  return (date.getUTCDay() + 6) % 7;
}

/** The ISO week of a day: the week belongs to the year its Thursday falls in. */
function isoWeekOf(date: Date): { year: number; week: number } {
  const thursday = new Date(date.getTime() + (3 - isoWeekday(date)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const januaryFourth = new Date(Date.UTC(year, 0, 4));
  const firstThursday = new Date(januaryFourth.getTime() + (3 - isoWeekday(januaryFourth)) * DAY_MS);
  return { year, week: 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * DAY_MS)) };
}

function mondayOfIsoWeek(year: number, week: number): Date {
  const januaryFourth = new Date(Date.UTC(year, 0, 4));
  return new Date(januaryFourth.getTime() + ((week - 1) * 7 - isoWeekday(januaryFourth)) * DAY_MS);
}

/** The period of the given kind a plan date (YYYY-MM-DD) falls in; null for a date that does not exist. */
export function periodOfDate(isoDate: string, kind: MeasurementPeriodKind): string | null {
  const date = parseIsoDate(isoDate);
  if (!date) return null;
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  if (kind === 'month') return formatPeriod('month', year, month);
  if (kind === 'quarter') return formatPeriod('quarter', year, Math.ceil(month / 3));
  const week = isoWeekOf(date);
  return formatPeriod('week', week.year, week.week);
}

/** The period `steps` periods later (negative: earlier); null for an invalid period or a year out of range. */
export function shiftPeriod(period: string, steps: number): string | null {
  const parts = periodParts(period);
  if (!parts || !Number.isInteger(steps)) return null;
  let result: string;
  if (parts.kind === 'week') {
    const monday = new Date(mondayOfIsoWeek(parts.year, parts.index).getTime() + steps * 7 * DAY_MS);
    const week = isoWeekOf(monday);
    result = formatPeriod('week', week.year, week.week);
  } else {
    const perYear = parts.kind === 'month' ? 12 : 4;
    const absolute = parts.year * perYear + (parts.index - 1) + steps;
    result = formatPeriod(parts.kind, Math.floor(absolute / perYear), (((absolute % perYear) + perYear) % perYear) + 1);
  }
  return measurementPeriodKind(result) === parts.kind ? result : null;
}

/** Past this many periods a range is a typo (a year 2062), not a plan: ten years of weeks. */
export const MAX_PERIOD_RANGE = 530;

/**
 * Every period from `from` to `to`, both included, oldest first. Empty when the two are of different
 * kinds, invalid or the wrong way round; at most `max` periods, the latest ones kept.
 */
export function periodsBetween(from: string, to: string, max: number = MAX_PERIOD_RANGE): string[] {
  const kind = measurementPeriodKind(from);
  if (kind === null || measurementPeriodKind(to) !== kind || from > to || max < 1) return [];
  const periods: string[] = [];
  // Periods of one kind sort as text, so walking back from the end keeps the latest ones.
  for (let period: string | null = to; period !== null && period >= from && periods.length < max; period = shiftPeriod(period, -1)) {
    periods.push(period);
  }
  return periods.reverse();
}

/**
 * The columns of a values grid for KPIs measured per `kind`: every period from the oldest value to
 * the newest value or the current period (whichever is later), with no gaps, and at least `minCount`
 * periods so a new KPI has somewhere to type. Values of another kind are left out.
 */
export function gridPeriods(kind: MeasurementPeriodKind, measuredPeriods: readonly string[], today: string, minCount: number): string[] {
  const current = periodOfDate(today, kind);
  const measured = measuredPeriods.filter((period) => measurementPeriodKind(period) === kind).sort();
  const candidates = current === null ? measured : [...measured, current].sort();
  const first = candidates[0];
  const last = candidates.at(-1);
  if (first === undefined || last === undefined) return [];
  const periods = periodsBetween(first, last);
  for (let earlier = shiftPeriod(periods[0] ?? last, -1); periods.length < minCount && earlier !== null; earlier = shiftPeriod(earlier, -1)) {
    periods.unshift(earlier);
  }
  return periods;
}
