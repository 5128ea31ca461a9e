import { describe, expect, it } from 'vitest';
import { createKpi, createMeasurement } from '../../../../shared/domain';
import {
  countLights,
  latestMeasurementByKpi,
  periodEndDate,
  scoreKpi,
  scoreKpis,
  sortByPeriod,
  targetReached,
  thresholdProblems,
  trafficLight,
  trend,
  trendMeaning,
} from '../../../../shared/logic/scorecard';

const WORKSHOP = '00000000-0000-4000-8000-000000000001';
const higher = { direction: 'higher_is_better', amberThreshold: 80, redThreshold: 60 } as const;
const lower = { direction: 'lower_is_better', amberThreshold: 2.5, redThreshold: 4 } as const;

const series = (...values: number[]) => values.map((value, index) => ({ period: `2026-${String(index + 1).padStart(2, '0')}`, value }));

describe('trafficLight', () => {
  it.each([
    [95, 'green'],
    [80, 'green'],
    [79.99, 'amber'],
    [60, 'amber'],
    [59.99, 'red'],
    [-5, 'red'],
  ] as const)('higher is better: %s is %s (a value on a threshold is on the better side)', (value, light) => {
    expect(trafficLight(higher, value)).toBe(light);
  });

  it.each([
    [1, 'green'],
    [2.5, 'green'],
    [2.51, 'amber'],
    [4, 'amber'],
    [4.01, 'red'],
  ] as const)('lower is better: %s is %s', (value, light) => {
    expect(trafficLight(lower, value)).toBe(light);
  });

  it('with equal thresholds there is no amber band: below is red, on or above is green', () => {
    const equal = { direction: 'higher_is_better', amberThreshold: 50, redThreshold: 50 } as const;
    expect(trafficLight(equal, 49)).toBe('red');
    expect(trafficLight(equal, 50)).toBe('green');
  });

  it('says none for a missing or non-finite value, or broken thresholds', () => {
    expect(trafficLight(higher, null)).toBe('none');
    expect(trafficLight(higher, undefined)).toBe('none');
    expect(trafficLight(higher, Number.NaN)).toBe('none');
    expect(trafficLight(higher, Number.POSITIVE_INFINITY)).toBe('none');
    expect(trafficLight({ ...higher, redThreshold: Number.NaN }, 70)).toBe('none');
  });
});

describe('trend', () => {
  it('needs at least two values', () => {
    expect(trend([])).toBe('none');
    expect(trend(series(42))).toBe('none');
  });

  it('reads a clear rise or fall', () => {
    expect(trend(series(38, 40, 41, 52, 64, 71))).toBe('up');
    expect(trend(series(3.8, 4, 4.1, 4.3, 4.4, 4.6))).toBe('up');
    expect(trend(series(90, 85, 80, 70))).toBe('down');
  });

  it('calls a wobble of under 2 % of the value flat (the example net sales: 47.6 down to 47.2, back to 47.3)', () => {
    expect(trend(series(47.6, 47.4, 47.3, 47.2, 47.2, 47.3))).toBe('flat');
    expect(trend(series(100, 101))).toBe('flat');
    expect(trend(series(100, 103))).toBe('up');
    expect(trend(series(0, 0, 0))).toBe('flat');
  });

  it('looks only at the latest six values, in period order whatever the input order', () => {
    const oldFallThenFlat = [...series(200, 150, 100, 50), ...series(50, 50, 50, 50, 50, 50).map((entry, index) => ({ ...entry, period: `2027-0${index + 1}` }))];
    expect(trend(oldFallThenFlat.reverse())).toBe('flat');
  });

  it('ignores values that are not finite', () => {
    expect(trend([...series(10, 20), { period: '2026-03', value: Number.NaN }])).toBe('up');
  });

  it('means better or worse depending on the direction', () => {
    expect(trendMeaning('higher_is_better', 'up')).toBe('better');
    expect(trendMeaning('lower_is_better', 'up')).toBe('worse');
    expect(trendMeaning('lower_is_better', 'down')).toBe('better');
    expect(trendMeaning('higher_is_better', 'flat')).toBe('steady');
    expect(trendMeaning('higher_is_better', 'none')).toBe('none');
  });
});

describe('periods', () => {
  it('end on the last day of the month, quarter or ISO week', () => {
    expect(periodEndDate('2026-02')).toBe('2026-02-28');
    expect(periodEndDate('2028-02')).toBe('2028-02-29');
    expect(periodEndDate('2026-Q1')).toBe('2026-03-31');
    expect(periodEndDate('2026-Q4')).toBe('2026-12-31');
    // ISO week 1 of 2026 runs Monday 29 Dec 2025 to Sunday 4 Jan 2026.
    expect(periodEndDate('2026-W01')).toBe('2026-01-04');
    expect(periodEndDate('2026-W12')).toBe('2026-03-22');
    expect(periodEndDate('2026-W53')).toBe('2027-01-03');
    expect(periodEndDate('2025-W53')).toBeNull();
    expect(periodEndDate('March')).toBeNull();
  });

  it('sort months, weeks and quarters on one time line and drop unreadable ones', () => {
    const sorted = sortByPeriod([
      { period: '2026-Q2', value: 1 },
      { period: '2026-W02', value: 2 },
      { period: '2026-03', value: 3 },
      { period: 'not a period', value: 4 },
      { period: '2025-12', value: 5 },
    ]);
    expect(sorted.map((entry) => entry.period)).toEqual(['2025-12', '2026-W02', '2026-03', '2026-Q2']);
  });
});

describe('latest values and scores', () => {
  const kpi = createKpi(WORKSHOP, { name: 'Win rate', direction: 'higher_is_better', target: 30, amberThreshold: 25, redThreshold: 20 });
  const other = createKpi(WORKSHOP, { name: 'Visits', order: 1 });
  const measurements = [
    createMeasurement(WORKSHOP, { kpiId: kpi.id, period: '2026-11', value: 24 }),
    createMeasurement(WORKSHOP, { kpiId: kpi.id, period: '2026-09', value: 22 }),
    createMeasurement(WORKSHOP, { kpiId: kpi.id, period: '2026-10', value: 23 }),
    createMeasurement(WORKSHOP, { kpiId: other.id, period: '2026-01', value: 1 }),
  ];

  it('takes the latest by period, not by the order measurements were typed in', () => {
    const latest = latestMeasurementByKpi(measurements);
    expect(latest.get(kpi.id)?.value).toBe(24);
    expect(latest.get(other.id)?.value).toBe(1);
  });

  it('scores a KPI from its own measurements', () => {
    const score = scoreKpi(kpi, measurements);
    expect(score.series.map((entry) => entry.period)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(score).toMatchObject({ light: 'amber', trend: 'up', meaning: 'better' });
    expect(score.latest?.value).toBe(24);
  });

  it('scores a KPI without measurements as no data', () => {
    const score = scoreKpi(createKpi(WORKSHOP, { name: 'New' }), measurements);
    expect(score).toMatchObject({ latest: null, light: 'none', trend: 'none', meaning: 'none' });
  });

  it('scores every KPI in scorecard order', () => {
    expect(scoreKpis([other, kpi], measurements).map((score) => score.kpi.name)).toEqual(['Win rate', 'Visits']);
  });
});

describe('target and thresholds', () => {
  it('says whether the target itself is reached, which is stricter than green', () => {
    const winRate = { direction: 'higher_is_better', target: 30 } as const;
    expect(targetReached(winRate, 30)).toBe(true);
    expect(targetReached(winRate, 29.9)).toBe(false);
    expect(targetReached({ direction: 'lower_is_better', target: 1 }, 0)).toBe(true);
    expect(targetReached({ direction: 'lower_is_better', target: 1 }, 1.5)).toBe(false);
    expect(targetReached({ direction: 'lower_is_better', target: -2 }, -3)).toBe(true);
    expect(targetReached(winRate, null)).toBeNull();
    expect(targetReached(winRate, Number.NaN)).toBeNull();
  });

  it('accepts thresholds that climb towards the target, equal ones included', () => {
    expect(thresholdProblems({ direction: 'higher_is_better', target: 30, amberThreshold: 25, redThreshold: 20 })).toEqual([]);
    expect(thresholdProblems({ direction: 'higher_is_better', target: 30, amberThreshold: 30, redThreshold: 30 })).toEqual([]);
    expect(thresholdProblems({ direction: 'lower_is_better', target: 1, amberThreshold: 2.5, redThreshold: 4 })).toEqual([]);
    expect(thresholdProblems({ direction: 'higher_is_better', target: 0, amberThreshold: 0, redThreshold: 0 })).toEqual([]);
  });

  it('reports thresholds set the wrong way round for the direction', () => {
    expect(thresholdProblems({ direction: 'higher_is_better', target: 30, amberThreshold: 35, redThreshold: 20 })).toEqual(['amberBeyondTarget']);
    expect(thresholdProblems({ direction: 'higher_is_better', target: 30, amberThreshold: 20, redThreshold: 25 })).toEqual(['redBeyondAmber']);
    // Typed as if higher were better, on a KPI where lower is better: both are wrong.
    expect(thresholdProblems({ direction: 'lower_is_better', target: 1, amberThreshold: -1, redThreshold: -4 })).toEqual(['amberBeyondTarget', 'redBeyondAmber']);
  });

  it('counts the lights of a scorecard, an empty one included', () => {
    expect(countLights([])).toEqual({ green: 0, amber: 0, red: 0, none: 0 });
    expect(countLights([{ light: 'red' }, { light: 'green' }, { light: 'red' }, { light: 'none' }])).toEqual({ green: 1, amber: 0, red: 2, none: 1 });
  });
});
