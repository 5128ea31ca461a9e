import { describe, expect, it } from 'vitest';
import {
  applyPercentChange,
  hasFractionalMajorUnits,
  percentOf,
  profitAndLoss,
  roundHalfAwayFromZero,
  summariseBudget,
  totalsByCategory,
  type BudgetAmount,
} from '../../../../shared/logic/budget';

const line = (category: BudgetAmount['category'], amount: number): BudgetAmount => ({ category, amount });

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero on both sides', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(0.5)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
  });

  it('rounds everything else to the nearest whole number', () => {
    expect(roundHalfAwayFromZero(2.49)).toBe(2);
    expect(roundHalfAwayFromZero(-2.51)).toBe(-3);
    expect(roundHalfAwayFromZero(7)).toBe(7);
  });

  it('never returns negative zero or a non-number', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.2), 0)).toBe(true);
    expect(roundHalfAwayFromZero(Number.NaN)).toBe(0);
    expect(roundHalfAwayFromZero(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('applyPercentChange', () => {
  it('moves an amount by a percentage in whole minor units', () => {
    expect(applyPercentChange(5_000_000_000, -6)).toBe(4_700_000_000);
    expect(applyPercentChange(10_000, 20)).toBe(12_000);
    expect(applyPercentChange(10_000, -20)).toBe(8_000);
    expect(applyPercentChange(10_000, 0)).toBe(10_000);
  });

  it('rounds an exact half of a minor unit away from zero', () => {
    // 150 × 0.99 = 148.5 and -150 × 0.99 = -148.5
    expect(applyPercentChange(150, -1)).toBe(149);
    expect(applyPercentChange(-150, -1)).toBe(-149);
    // 50 × 1.01 = 50.5
    expect(applyPercentChange(50, 1)).toBe(51);
    expect(applyPercentChange(-50, 1)).toBe(-51);
  });

  it('rounds the rest to the nearest minor unit, with hundredths of a percent', () => {
    // 333 × 1.025 = 341.325
    expect(applyPercentChange(333, 2.5)).toBe(341);
    // 1 × 0.9999 = 0.9999
    expect(applyPercentChange(1, -0.01)).toBe(1);
    // 12_345 × 0.9667 = 11_933.9115 (3.33 % down)
    expect(applyPercentChange(12_345, -3.33)).toBe(11_934);
  });

  it('keeps zero at zero and treats a missing percentage as no change', () => {
    expect(applyPercentChange(0, 15)).toBe(0);
    expect(applyPercentChange(987, Number.NaN)).toBe(987);
  });

  it('stays exact for the largest amounts money can hold', () => {
    expect(applyPercentChange(Number.MAX_SAFE_INTEGER - 1, -50)).toBe((Number.MAX_SAFE_INTEGER - 1) / 2);
  });

  it('refuses amounts that are not integer minor units', () => {
    expect(() => applyPercentChange(10.5, 1)).toThrow(RangeError);
  });
});

describe('percentOf', () => {
  it('gives a percentage, negative when the part is', () => {
    expect(percentOf(17, 50)).toBe(34);
    expect(percentOf(-5, 50)).toBe(-10);
  });

  it('is null when the whole is zero or a value is not a number', () => {
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(Number.NaN, 10)).toBeNull();
  });
});

describe('totalsByCategory', () => {
  it('sums each category and gives zero for categories without lines', () => {
    expect(totalsByCategory([line('sales', 100), line('sales', 250), line('expenses', 40)])).toEqual({ sales: 350, cost_of_sales: 0, expenses: 40 });
  });

  it('is all zero for an empty budget', () => {
    expect(totalsByCategory([])).toEqual({ sales: 0, cost_of_sales: 0, expenses: 0 });
  });

  it('lets negative lines (credit notes, rebates) reduce their category', () => {
    expect(totalsByCategory([line('sales', 1_000), line('sales', -200)]).sales).toBe(800);
  });
});

describe('summariseBudget', () => {
  it('builds the P&L of the example company', () => {
    const totals = summariseBudget([
      line('sales', 5_000_000_000),
      line('cost_of_sales', 1_950_000_000),
      line('cost_of_sales', 1_350_000_000),
      line('expenses', 1_562_000_000),
    ]);
    expect(totals).toEqual({
      sales: 5_000_000_000,
      costOfSales: 3_300_000_000,
      grossMargin: 1_700_000_000,
      grossMarginPct: 34,
      expenses: 1_562_000_000,
      profit: 138_000_000,
      profitPct: 2.76,
    });
  });

  it('shows a loss as a negative profit and a negative share of sales', () => {
    const totals = summariseBudget([line('sales', 1_000), line('cost_of_sales', 700), line('expenses', 400)]);
    expect(totals.profit).toBe(-100);
    expect(totals.profitPct).toBe(-10);
    expect(totals.grossMarginPct).toBe(30);
  });

  it('has no percentages without sales, but still a loss from expenses', () => {
    const totals = summariseBudget([line('expenses', 500)]);
    expect(totals).toMatchObject({ sales: 0, grossMargin: 0, grossMarginPct: null, profit: -500, profitPct: null });
  });

  it('is all zero for an empty budget', () => {
    expect(summariseBudget([])).toEqual(profitAndLoss(0, 0, 0));
    expect(summariseBudget([])).toEqual({ sales: 0, costOfSales: 0, grossMargin: 0, grossMarginPct: null, expenses: 0, profit: 0, profitPct: null });
  });
});

describe('hasFractionalMajorUnits', () => {
  it('notices cents, also on negative amounts', () => {
    expect(hasFractionalMajorUnits([100, 250_000], 'EUR')).toBe(false);
    expect(hasFractionalMajorUnits([100, 12_345], 'EUR')).toBe(true);
    expect(hasFractionalMajorUnits([-150], 'EUR')).toBe(true);
  });

  it('knows currencies without minor units and empty sets', () => {
    expect(hasFractionalMajorUnits([12_345], 'JPY')).toBe(false);
    expect(hasFractionalMajorUnits([], 'EUR')).toBe(false);
  });
});
