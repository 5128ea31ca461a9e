import type { Kpi, KpiDirection } from '../domain/kpi';
import type { Measurement } from '../domain/measurement';
import { isoWeeksInYear, measurementPeriodKind } from '../domain/measurementPeriod';

/**
 * The scorecard of phase 8: a traffic light per KPI from its latest value, and a trend that only
 * says "up" or "down" when the values really moved. The method asks for no false precision, so a
 * wobble of a few tenths on a KPI of fifty is "flat", not a trend.
 */

export type TrafficLight = 'green' | 'amber' | 'red' | 'none';
export type Trend = 'up' | 'down' | 'flat' | 'none';
/** What a trend means for the KPI, given which way is better. */
export type TrendMeaning = 'better' | 'worse' | 'steady' | 'none';

export type KpiThresholds = Pick<Kpi, 'direction' | 'amberThreshold' | 'redThreshold'>;

/**
 * The thresholds are values of the KPI: with higher_is_better a value below redThreshold is red and
 * below amberThreshold is amber; lower_is_better mirrors it (above is worse). A value exactly on a
 * threshold is on the better side. Red is checked first, so equal thresholds give red or green only.
 */
export function trafficLight(kpi: KpiThresholds, value: number | null | undefined): TrafficLight {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'none';
  if (!Number.isFinite(kpi.amberThreshold) || !Number.isFinite(kpi.redThreshold)) return 'none';
  const worseThan = (threshold: number): boolean =>
    kpi.direction === 'higher_is_better' ? value < threshold : value > threshold;
  if (worseThan(kpi.redThreshold)) return 'red';
  if (worseThan(kpi.amberThreshold)) return 'amber';
  return 'green';
}

/** How many of the latest measurements the trend looks at: about half a year of monthly values. */
export const TREND_WINDOW = 6;
/**
 * The fitted change across the window must reach this share of the KPI's size (the largest absolute
 * value in the window) to count as a trend; anything smaller is "flat".
 */
export const FLAT_SHARE = 0.02;

export interface PeriodValue {
  period: string;
  value: number;
}

/**
 * The direction of the latest TREND_WINDOW values (in period order), from a least-squares line through
 * them: its rise across the window, compared with FLAT_SHARE of the largest absolute value. Fewer than
 * two usable values give 'none'; values that are not finite are ignored.
 */
export function trend(measurements: readonly PeriodValue[], window: number = TREND_WINDOW): Trend {
  const values = sortByPeriod(measurements)
    .map((measurement) => measurement.value)
    .slice(-Math.max(2, window));
  if (values.length < 2) return 'none';
  const slope = leastSquaresSlope(values);
  const change = slope * (values.length - 1);
  const size = Math.max(...values.map((value) => Math.abs(value)));
  if (size === 0 || Math.abs(change) < FLAT_SHARE * size) return 'flat';
  return change > 0 ? 'up' : 'down';
}

export function trendMeaning(direction: KpiDirection, movement: Trend): TrendMeaning {
  if (movement === 'none') return 'none';
  if (movement === 'flat') return 'steady';
  const rising = movement === 'up';
  return rising === (direction === 'higher_is_better') ? 'better' : 'worse';
}

function leastSquaresSlope(values: readonly number[]): number {
  const count = values.length;
  const meanX = (count - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / count;
  let covariance = 0;
  let variance = 0;
  values.forEach((value, index) => {
    covariance += (index - meanX) * (value - meanY);
    variance += (index - meanX) ** 2;
  });
  return variance === 0 ? 0 : covariance / variance;
}

/**
 * The last calendar day of a period (YYYY-MM-DD), which orders months, ISO weeks and quarters on one
 * time line: a value for Q1 is known at the end of March, like the value for March. Null when the
 * string is not a valid period.
 */
export function periodEndDate(period: string): string | null {
  const kind = measurementPeriodKind(period);
  if (kind === null) return null;
  const year = Number(period.slice(0, 4));
  if (kind === 'month') return utcDate(year, Number(period.slice(5, 7)), 0);
  if (kind === 'quarter') return utcDate(year, Number(period.slice(6, 7)) * 3, 0);
  // ISO week 1 is the week with the year's first Thursday; its Monday is at most three days away.
  const week = Number(period.slice(6, 8));
  if (week > isoWeeksInYear(year)) return null;
  const januaryFourth = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeekOne = 4 - ((januaryFourth.getUTCDay() + 6) % 7);
  return utcDate(year, 0, mondayOfWeekOne + (week - 1) * 7 + 6);
}

/** Day 0 of the next month is the last day of `month` (1-based), as Date.UTC counts it. */
function utcDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/** Valid, finite measurements from oldest to newest; equal ends keep a stable order by period text. */
export function sortByPeriod<T extends PeriodValue>(measurements: readonly T[]): T[] {
  const keyed = measurements
    .filter((measurement) => Number.isFinite(measurement.value))
    .map((measurement) => ({ measurement, end: periodEndDate(measurement.period) }))
    .filter((entry): entry is { measurement: T; end: string } => entry.end !== null);
  keyed.sort((left, right) =>
    left.end === right.end ? left.measurement.period.localeCompare(right.measurement.period) : left.end.localeCompare(right.end),
  );
  return keyed.map((entry) => entry.measurement);
}

/** The newest measurement of each KPI, by period order (not by the order they were typed in). */
export function latestMeasurementByKpi(measurements: readonly Measurement[]): Map<string, Measurement> {
  const latest = new Map<string, Measurement>();
  for (const measurement of sortByPeriod(measurements)) latest.set(measurement.kpiId, measurement);
  return latest;
}

export interface KpiScore {
  kpi: Kpi;
  /** Oldest to newest. */
  series: Measurement[];
  latest: Measurement | null;
  light: TrafficLight;
  trend: Trend;
  meaning: TrendMeaning;
}

/** Everything a scorecard line shows for one KPI. */
export function scoreKpi(kpi: Kpi, measurements: readonly Measurement[]): KpiScore {
  const series = sortByPeriod(measurements.filter((measurement) => measurement.kpiId === kpi.id));
  const latest = series.at(-1) ?? null;
  const movement = trend(series);
  return {
    kpi,
    series,
    latest,
    light: trafficLight(kpi, latest?.value),
    trend: movement,
    meaning: trendMeaning(kpi.direction, movement),
  };
}

/** Every KPI of a workshop in scorecard order, grouped once so large workshops stay linear. */
export function scoreKpis(kpis: readonly Kpi[], measurements: readonly Measurement[]): KpiScore[] {
  const byKpi = new Map<string, Measurement[]>();
  for (const measurement of measurements) {
    const list = byKpi.get(measurement.kpiId);
    if (list) list.push(measurement);
    else byKpi.set(measurement.kpiId, [measurement]);
  }
  return [...kpis]
    .sort((left, right) => left.order - right.order || left.name.localeCompare(right.name))
    .map((kpi) => scoreKpi(kpi, byKpi.get(kpi.id) ?? []));
}

/**
 * Whether a value meets the target itself, which is stricter than green: green only says the value
 * is on the good side of the amber threshold. Null when there is no usable value.
 */
export function targetReached(kpi: Pick<Kpi, 'direction' | 'target'>, value: number | null | undefined): boolean | null {
  if (value === null || value === undefined || !Number.isFinite(value) || !Number.isFinite(kpi.target)) return null;
  return kpi.direction === 'higher_is_better' ? value >= kpi.target : value <= kpi.target;
}

/** A threshold set the wrong way round for the KPI's direction, so the light would mislead. */
export type ThresholdProblem = 'amberBeyondTarget' | 'redBeyondAmber';

/**
 * With higher_is_better the values must climb red ≤ amber ≤ target; with lower_is_better they must
 * fall. Equal values are allowed (no amber band, or green only on target); the reverse is reported.
 */
export function thresholdProblems(kpi: Pick<Kpi, 'direction' | 'target' | 'amberThreshold' | 'redThreshold'>): ThresholdProblem[] {
  const worse = (left: number, right: number): boolean => (kpi.direction === 'higher_is_better' ? left > right : left < right);
  const problems: ThresholdProblem[] = [];
  if (worse(kpi.amberThreshold, kpi.target)) problems.push('amberBeyondTarget');
  if (worse(kpi.redThreshold, kpi.amberThreshold)) problems.push('redBeyondAmber');
  return problems;
}

export type LightCounts = Readonly<Record<TrafficLight, number>>;

/** How many KPIs show each light: the one line a board reads first. */
export function countLights(scores: readonly Pick<KpiScore, 'light'>[]): LightCounts {
  const counts: Record<TrafficLight, number> = { green: 0, amber: 0, red: 0, none: 0 };
  for (const score of scores) counts[score.light] += 1;
  return counts;
}
