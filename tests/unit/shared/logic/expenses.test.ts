import { describe, expect, it } from 'vitest';
import { possibleSaving, REWORK_SAVING_PERCENT, summarizeExpenseReview } from '../../../../shared/logic/expenses';

describe('possibleSaving', () => {
  it('saves the whole amount of a line to cut', () => {
    expect(possibleSaving({ amount: 420_000_00, decision: 'cut' })).toBe(420_000_00);
  });

  it('saves the stated share of a line to rework', () => {
    expect(REWORK_SAVING_PERCENT).toBe(50);
    expect(possibleSaving({ amount: 780_000_00, decision: 'rework' })).toBe(390_000_00);
  });

  it('rounds a rework saving down, never promising a cent too many', () => {
    expect(possibleSaving({ amount: 1, decision: 'rework' })).toBe(0);
    expect(possibleSaving({ amount: 12_345, decision: 'rework' })).toBe(6_172);
  });

  it('saves nothing on lines kept or not decided yet', () => {
    expect(possibleSaving({ amount: 1000, decision: 'keep' })).toBe(0);
    expect(possibleSaving({ amount: 1000, decision: null })).toBe(0);
  });

  it('saves nothing on zero or negative amounts, whatever the decision', () => {
    expect(possibleSaving({ amount: 0, decision: 'cut' })).toBe(0);
    expect(possibleSaving({ amount: -500, decision: 'cut' })).toBe(0);
    expect(possibleSaving({ amount: -500, decision: 'rework' })).toBe(0);
  });
});

describe('summarizeExpenseReview', () => {
  it('adds the savings of every line and reports what is undecided', () => {
    const summary = summarizeExpenseReview([
      { amount: 1000, decision: 'cut' },
      { amount: 601, decision: 'rework' },
      { amount: 999, decision: 'rework' },
      { amount: 4000, decision: 'keep' },
      { amount: 400, decision: null },
    ]);
    expect(summary).toEqual({
      lineCount: 5,
      totalAmount: 7000,
      cutAmount: 1000,
      reworkAmount: 1600,
      keptAmount: 4000,
      // 300 + 499: each line rounded down on its own, so the total matches the lines shown.
      reworkSaving: 799,
      possibleSavings: 1799,
      undecidedCount: 1,
      savingsPercentOfTotal: (1799 / 7000) * 100,
    });
  });

  it('keeps negative lines in the total but out of the savings and the percentage base', () => {
    const summary = summarizeExpenseReview([
      { amount: -1000, decision: 'cut' },
      { amount: 1000, decision: 'cut' },
    ]);
    expect(summary.totalAmount).toBe(0);
    expect(summary.cutAmount).toBe(1000);
    expect(summary.possibleSavings).toBe(1000);
    expect(summary.savingsPercentOfTotal).toBe(100);
  });

  it('gives no percentage when nothing positive was reviewed', () => {
    expect(summarizeExpenseReview([]).savingsPercentOfTotal).toBeNull();
    expect(summarizeExpenseReview([{ amount: 0, decision: 'cut' }]).savingsPercentOfTotal).toBeNull();
    expect(summarizeExpenseReview([])).toMatchObject({ lineCount: 0, totalAmount: 0, possibleSavings: 0, undecidedCount: 0 });
  });
});
