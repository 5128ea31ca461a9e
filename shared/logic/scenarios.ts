import { SCENARIO_DEVIATION_LIMIT } from '../domain/scenario';
import { applyPercentChange, percentOf, profitAndLoss, type BudgetTotals } from './budget';

/**
 * "What if" on the budget. The model the workshop agrees to, stated on screen as well:
 * cost of sales is variable and moves with sales by the same percentage; expenses are fixed for
 * the year and move only with the expense deviation. Each category total is moved once and rounded
 * half away from zero to whole minor units, so the figures add up exactly as shown.
 */

export interface ScenarioDeviation {
  /** Negative means sales below budget. */
  salesDeviationPct: number;
  /** Positive means expenses above budget. */
  expenseDeviationPct: number;
}

export interface ScenarioOutcome extends BudgetTotals, ScenarioDeviation {
  /** Scenario profit minus budget profit (minor units). */
  profitChange: number;
  /**
   * The change as a percentage of the budget profit's size, so a worse result is always negative,
   * even when the budget already plans a loss; null when the budget profit is zero.
   */
  profitChangePct: number | null;
}

/** Keeps a deviation inside what the simulator and the stored scenarios allow (±20 %); not-a-number is 0. */
export function clampDeviation(pct: number): number {
  if (!Number.isFinite(pct)) return 0;
  return Math.min(SCENARIO_DEVIATION_LIMIT, Math.max(-SCENARIO_DEVIATION_LIMIT, pct));
}

export function simulateScenario(budget: BudgetTotals, deviation: ScenarioDeviation): ScenarioOutcome {
  const salesDeviationPct = clampDeviation(deviation.salesDeviationPct);
  const expenseDeviationPct = clampDeviation(deviation.expenseDeviationPct);
  const outcome = profitAndLoss(
    applyPercentChange(budget.sales, salesDeviationPct),
    applyPercentChange(budget.costOfSales, salesDeviationPct),
    applyPercentChange(budget.expenses, expenseDeviationPct),
  );
  const profitChange = outcome.profit - budget.profit;
  return {
    ...outcome,
    salesDeviationPct,
    expenseDeviationPct,
    profitChange,
    profitChangePct: percentOf(profitChange, Math.abs(budget.profit)),
  };
}

/** The sales deviations of the sensitivity series: the method's "sales short by 1-10 %", and the same upwards. */
export const SENSITIVITY_SALES_DEVIATIONS: readonly number[] = [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10];

export interface SensitivityPoint {
  salesDeviationPct: number;
  profit: number;
}

/** Profit at each sales deviation, with expenses held at the given deviation. */
export function profitBySalesDeviation(
  budget: BudgetTotals,
  expenseDeviationPct: number,
  salesDeviations: readonly number[] = SENSITIVITY_SALES_DEVIATIONS,
): SensitivityPoint[] {
  return salesDeviations.map((salesDeviationPct) => {
    const outcome = simulateScenario(budget, { salesDeviationPct, expenseDeviationPct });
    return { salesDeviationPct: outcome.salesDeviationPct, profit: outcome.profit };
  });
}

/**
 * The sales deviation at which profit reaches zero with expenses at the given deviation, in percent;
 * null when sales carry no margin (profit does not depend on sales then). May lie outside ±20 %.
 */
export function breakEvenSalesDeviation(budget: BudgetTotals, expenseDeviationPct: number): number | null {
  if (budget.grossMargin === 0) return null;
  const expenses = applyPercentChange(budget.expenses, clampDeviation(expenseDeviationPct));
  // Margin scales with sales: grossMargin × (1 + d/100) = expenses.
  return (expenses / budget.grossMargin - 1) * 100;
}
