import { describe, expect, it } from 'vitest';
import { isoWeeksInYear, measurementPeriod, measurementPeriodKind, PERIOD_KIND_BY_FREQUENCY } from '../../../../shared/domain';

describe('measurement periods', () => {
  it.each([
    ['2026-03', 'month'],
    ['2026-12', 'month'],
    ['2026-W01', 'week'],
    ['2026-W53', 'week'],
    ['2026-Q1', 'quarter'],
    ['2026-Q4', 'quarter'],
  ] as const)('reads %s as a %s', (period, kind) => {
    expect(measurementPeriodKind(period)).toBe(kind);
    expect(measurementPeriod.safeParse(period).success).toBe(true);
  });

  it.each(['2026-13', '2026-00', '2026-3', '2026-W00', '2026-W54', '2025-W53', '2026-Q5', '2026-Q0', '2026', 'March 2026', '2026-03-01'])(
    'rejects %s',
    (period) => {
      expect(measurementPeriodKind(period)).toBeNull();
      expect(measurementPeriod.safeParse(period).success).toBe(false);
    },
  );

  it('knows which ISO years have 53 weeks', () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(isoWeeksInYear(2027)).toBe(52);
  });

  it('maps each KPI frequency to a period kind', () => {
    expect(PERIOD_KIND_BY_FREQUENCY).toEqual({ weekly: 'week', monthly: 'month', quarterly: 'quarter' });
  });
});
