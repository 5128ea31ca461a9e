import { describe, expect, it } from 'vitest';
import { profitAndLoss, summariseBudget } from '../../../../shared/logic/budget';
import {
  breakEvenSalesDeviation,
  clampDeviation,
  profitBySalesDeviation,
  SENSITIVITY_SALES_DEVIATIONS,
  simulateScenario,
} from '../../../../shared/logic/scenarios';

// The example company: €50 M sales, €33 M cost of sales, €15.62 M expenses (in cents).
const example = profitAndLoss(5_000_000_000, 3_300_000_000, 1_562_000_000);

describe('clampDeviation', () => {
  it('keeps deviations inside ±20 %', () => {
    expect(clampDeviation(-25)).toBe(-20);
    expect(clampDeviation(20.5)).toBe(20);
    expect(clampDeviation(-20)).toBe(-20);
    expect(clampDeviation(20)).toBe(20);
    expect(clampDeviation(-3.5)).toBe(-3.5);
  });

  it('treats a missing value as no deviation', () => {
    expect(clampDeviation(Number.NaN)).toBe(0);
  });
});

describe('simulateScenario', () => {
  it('changes nothing at zero deviation', () => {
    const outcome = simulateScenario(example, { salesDeviationPct: 0, expenseDeviationPct: 0 });
    expect(outcome).toMatchObject({ ...example, profitChange: 0, profitChangePct: 0 });
  });

  it('moves cost of sales with sales and expenses only with the expense deviation', () => {
    const salesOnly = simulateScenario(example, { salesDeviationPct: -2, expenseDeviationPct: 0 });
    expect(salesOnly).toMatchObject({ sales: 4_900_000_000, costOfSales: 3_234_000_000, grossMargin: 1_666_000_000, expenses: 1_562_000_000, profit: 104_000_000 });
    expect(salesOnly.grossMarginPct).toBeCloseTo(34, 10);

    const expensesOnly = simulateScenario(example, { salesDeviationPct: 0, expenseDeviationPct: 10 });
    expect(expensesOnly).toMatchObject({ sales: 5_000_000_000, costOfSales: 3_300_000_000, expenses: 1_718_200_000, profit: -18_200_000 });
  });

  it('turns the pessimistic case into a loss and reports the change in money and percent', () => {
    const outcome = simulateScenario(example, { salesDeviationPct: -6, expenseDeviationPct: 3 });
    expect(outcome.profit).toBe(-10_860_000);
    expect(outcome.profitChange).toBe(-148_860_000);
    expect(outcome.profitChangePct).toBeCloseTo(-107.8696, 4);
    expect(outcome.profitPct).toBeCloseTo(-0.231, 3);
  });

  it('measures the change against the size of a planned loss, so worse stays negative', () => {
    const plannedLoss = profitAndLoss(1_000, 700, 400); // profit -100
    const worse = simulateScenario(plannedLoss, { salesDeviationPct: -10, expenseDeviationPct: 0 });
    expect(worse.profit).toBe(-130);
    expect(worse.profitChangePct).toBe(-30);
    const better = simulateScenario(plannedLoss, { salesDeviationPct: 10, expenseDeviationPct: 0 });
    expect(better.profit).toBe(-70);
    expect(better.profitChangePct).toBe(30);
  });

  it('has no percentage change when the budget breaks exactly even', () => {
    const evenBudget = profitAndLoss(1_000, 600, 400);
    const outcome = simulateScenario(evenBudget, { salesDeviationPct: -5, expenseDeviationPct: 0 });
    expect(outcome.profitChange).toBe(-20);
    expect(outcome.profitChangePct).toBeNull();
  });

  it('handles a budget without sales: only expenses move', () => {
    const noSales = summariseBudget([{ category: 'expenses', amount: 1_000 }]);
    const outcome = simulateScenario(noSales, { salesDeviationPct: -10, expenseDeviationPct: 5 });
    expect(outcome).toMatchObject({ sales: 0, costOfSales: 0, grossMarginPct: null, expenses: 1_050, profit: -1_050, profitChange: -50, profitChangePct: -5 });
  });

  it('handles an empty budget', () => {
    const outcome = simulateScenario(summariseBudget([]), { salesDeviationPct: 20, expenseDeviationPct: -20 });
    expect(outcome).toMatchObject({ sales: 0, expenses: 0, profit: 0, profitChange: 0, profitChangePct: null });
  });

  it('rounds each moved total half away from zero to whole minor units', () => {
    // 150 × 0.99 = 148.5 -> 149; 50 × 0.99 = 49.5 -> 50; 25 × 1.02 = 25.5 -> 26
    const small = profitAndLoss(150, 50, 25);
    const outcome = simulateScenario(small, { salesDeviationPct: -1, expenseDeviationPct: 2 });
    expect(outcome).toMatchObject({ sales: 149, costOfSales: 50, grossMargin: 99, expenses: 26, profit: 73 });
    for (const value of [outcome.sales, outcome.costOfSales, outcome.expenses, outcome.profit]) expect(Number.isInteger(value)).toBe(true);
  });

  it('applies the ±20 % bounds and clamps anything beyond them', () => {
    const lowest = simulateScenario(example, { salesDeviationPct: -20, expenseDeviationPct: 20 });
    expect(lowest).toMatchObject({ sales: 4_000_000_000, costOfSales: 2_640_000_000, expenses: 1_874_400_000, profit: -514_400_000 });
    const beyond = simulateScenario(example, { salesDeviationPct: -35, expenseDeviationPct: 99 });
    expect(beyond).toMatchObject({ salesDeviationPct: -20, expenseDeviationPct: 20, profit: lowest.profit });
    const highest = simulateScenario(example, { salesDeviationPct: 20, expenseDeviationPct: -20 });
    expect(highest).toMatchObject({ sales: 6_000_000_000, costOfSales: 3_960_000_000, expenses: 1_249_600_000, profit: 790_400_000 });
  });
});

describe('profitBySalesDeviation', () => {
  it('gives one point per step of the method, from 10 % short to 10 % over', () => {
    const points = profitBySalesDeviation(example, 0);
    expect(points.map((point) => point.salesDeviationPct)).toEqual([...SENSITIVITY_SALES_DEVIATIONS]);
    expect(points[0]).toEqual({ salesDeviationPct: -10, profit: -32_000_000 });
    expect(points[5]).toEqual({ salesDeviationPct: 0, profit: 138_000_000 });
    expect(points[10]).toEqual({ salesDeviationPct: 10, profit: 308_000_000 });
  });

  it('holds expenses at the given deviation for every point', () => {
    const points = profitBySalesDeviation(example, 5, [0]);
    expect(points).toEqual([{ salesDeviationPct: 0, profit: 138_000_000 - 78_100_000 }]);
  });

  it('is empty for an empty series', () => {
    expect(profitBySalesDeviation(example, 0, [])).toEqual([]);
  });
});

describe('breakEvenSalesDeviation', () => {
  it('finds how far sales may fall before profit reaches zero', () => {
    const breakEven = breakEvenSalesDeviation(example, 0);
    expect(breakEven).toBeCloseTo(-8.1176, 4);
    const atBreakEven = simulateScenario(example, { salesDeviationPct: -8.12, expenseDeviationPct: 0 });
    expect(Math.abs(atBreakEven.profit)).toBeLessThan(100_000);
  });

  it('is positive when the budget already plans a loss', () => {
    expect(breakEvenSalesDeviation(profitAndLoss(1_000, 700, 400), 0)).toBeCloseTo(33.333, 3);
  });

  it('is null when sales carry no margin', () => {
    expect(breakEvenSalesDeviation(summariseBudget([]), 0)).toBeNull();
    expect(breakEvenSalesDeviation(profitAndLoss(1_000, 1_000, 50), 0)).toBeNull();
  });
});
