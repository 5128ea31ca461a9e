import { describe, expect, it } from 'vitest';
import { gridPeriods, periodOfDate, periodParts, periodsBetween, shiftPeriod } from '../../../../shared/logic/measurementPeriods';

describe('periodOfDate', () => {
  it('names the month, quarter and ISO week a day falls in', () => {
    expect(periodOfDate('2026-09-17', 'month')).toBe('2026-09');
    expect(periodOfDate('2026-09-17', 'quarter')).toBe('2026-Q3');
    expect(periodOfDate('2026-09-17', 'week')).toBe('2026-W38');
    expect(periodOfDate('2026-12-31', 'quarter')).toBe('2026-Q4');
    expect(periodOfDate('2026-01-01', 'quarter')).toBe('2026-Q1');
  });

  it('puts days around New Year in the ISO week of their Thursday', () => {
    // 29 Dec 2025 is the Monday of 2026-W01; 3 Jan 2027 is the Sunday of 2026-W53.
    expect(periodOfDate('2025-12-29', 'week')).toBe('2026-W01');
    expect(periodOfDate('2025-12-28', 'week')).toBe('2025-W52');
    expect(periodOfDate('2027-01-03', 'week')).toBe('2026-W53');
    expect(periodOfDate('2027-01-04', 'week')).toBe('2027-W01');
  });

  it('refuses days that do not exist', () => {
    expect(periodOfDate('2026-02-30', 'month')).toBeNull();
    expect(periodOfDate('', 'week')).toBeNull();
    expect(periodOfDate('17/09/2026', 'month')).toBeNull();
  });
});

describe('shiftPeriod', () => {
  it('steps months and quarters across years, both ways', () => {
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-06', -18)).toBe('2024-12');
    expect(shiftPeriod('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftPeriod('2026-Q1', -5)).toBe('2024-Q4');
    expect(shiftPeriod('2026-09', 0)).toBe('2026-09');
  });

  it('steps ISO weeks through 52- and 53-week years', () => {
    expect(shiftPeriod('2026-W52', 1)).toBe('2026-W53');
    expect(shiftPeriod('2026-W53', 1)).toBe('2027-W01');
    expect(shiftPeriod('2025-W52', 1)).toBe('2026-W01');
    expect(shiftPeriod('2026-W01', -1)).toBe('2025-W52');
  });

  it('gives null for what is not a period or not a whole step', () => {
    expect(shiftPeriod('September', 1)).toBeNull();
    expect(shiftPeriod('2026-09', 0.5)).toBeNull();
    expect(shiftPeriod('0000-01', -1)).toBeNull();
  });

  it('splits a period into its parts', () => {
    expect(periodParts('2026-W05')).toEqual({ kind: 'week', year: 2026, index: 5 });
    expect(periodParts('2026-Q3')).toEqual({ kind: 'quarter', year: 2026, index: 3 });
    expect(periodParts('2026-13')).toBeNull();
  });
});

describe('periodsBetween', () => {
  it('lists every period of a range, both ends included', () => {
    expect(periodsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(periodsBetween('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(periodsBetween('2026-Q3', '2026-Q3')).toEqual(['2026-Q3']);
  });

  it('is empty for reversed ranges, mixed kinds or invalid ends, and keeps the latest when capped', () => {
    expect(periodsBetween('2027-01', '2026-01')).toEqual([]);
    expect(periodsBetween('2026-01', '2026-Q4')).toEqual([]);
    expect(periodsBetween('nonsense', '2026-01')).toEqual([]);
    expect(periodsBetween('2020-01', '2026-12', 3)).toEqual(['2026-10', '2026-11', '2026-12']);
  });
});

describe('gridPeriods', () => {
  const today = '2026-11-22';

  it('runs from the oldest value to the current period with no gaps', () => {
    expect(gridPeriods('month', ['2026-09', '2026-06', '2026-07'], today, 3)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
  });

  it('reaches a value entered ahead of today', () => {
    expect(gridPeriods('quarter', ['2027-Q1'], today, 1)).toEqual(['2026-Q4', '2027-Q1']);
  });

  it('gives a KPI without values the latest periods up to today', () => {
    expect(gridPeriods('week', [], today, 4)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47']);
    expect(gridPeriods('month', [], today, 0)).toEqual(['2026-11']);
  });

  it('leaves out values of another kind and unreadable ones', () => {
    expect(gridPeriods('month', ['2026-Q1', '2026-W02', 'junk', '2026-10'], today, 1)).toEqual(['2026-10', '2026-11']);
  });

  it('works without a usable today', () => {
    expect(gridPeriods('month', ['2026-02'], 'not a date', 2)).toEqual(['2026-01', '2026-02']);
    expect(gridPeriods('month', [], 'not a date', 2)).toEqual([]);
  });
});
