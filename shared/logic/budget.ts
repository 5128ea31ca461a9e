import type { BudgetCategory } from '../domain/budgetLine';
import { currencyDecimals } from './money';

/**
 * The budget's profit and loss, computed from its lines. Every amount is an integer in minor units
 * of the workshop currency; percentages are plain numbers (34 means 34 %) and are null when they
 * would divide by zero, so the UI can say "not applicable" instead of showing a made-up figure.
 */

export interface BudgetAmount {
  category: BudgetCategory;
  /** Minor units. */
  amount: number;
}

export interface BudgetTotals {
  sales: number;
  costOfSales: number;
  /** Sales minus cost of sales. */
  grossMargin: number;
  /** Gross margin as a percentage of sales; null without sales. */
  grossMarginPct: number | null;
  expenses: number;
  /** Gross margin minus expenses. */
  profit: number;
  /** Profit as a percentage of sales; null without sales. */
  profitPct: number | null;
}

/** Rounds to a whole number with halves going away from zero (2.5 -> 3, -2.5 -> -3), as accountants do. */
export function roundHalfAwayFromZero(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  // Math.sign(-0.2) * 0 is -0; a ledger has no negative zero.
  return rounded === 0 ? 0 : rounded;
}

/** Deviations are applied at a precision of a hundredth of a percent, enough for any workshop. */
const PERCENT_SCALE = 100n;
const WHOLE_IN_HUNDREDTHS = 100n * PERCENT_SCALE;

/**
 * The amount after a percentage change (amount × (100 + pct) / 100), rounded half away from zero
 * to whole minor units. Integer arithmetic throughout so a half is recognised exactly.
 */
export function applyPercentChange(amount: number, pct: number): number {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money must be a safe integer of minor units, got ${amount}`);
  const hundredths = BigInt(roundHalfAwayFromZero(Number.isFinite(pct) ? pct * Number(PERCENT_SCALE) : 0));
  const numerator = BigInt(amount) * (WHOLE_IN_HUNDREDTHS + hundredths);
  return Number(divideRoundingHalfAwayFromZero(numerator, WHOLE_IN_HUNDREDTHS));
}

function divideRoundingHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const absoluteRemainder = remainder < 0n ? -remainder : remainder;
  if (absoluteRemainder * 2n < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/** `part` as a percentage of `whole`; null when the whole is zero (or either is not a number). */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0 || !Number.isFinite(part) || !Number.isFinite(whole)) return null;
  return (part / whole) * 100;
}

/** The sum of each category; a category without lines sums to zero. */
export function totalsByCategory(lines: readonly BudgetAmount[]): Record<BudgetCategory, number> {
  const totals: Record<BudgetCategory, number> = { sales: 0, cost_of_sales: 0, expenses: 0 };
  for (const line of lines) totals[line.category] += line.amount;
  return totals;
}

/** Builds the P&L from category totals; shared with the scenario simulator, which moves the totals. */
export function profitAndLoss(sales: number, costOfSales: number, expenses: number): BudgetTotals {
  const grossMargin = sales - costOfSales;
  const profit = grossMargin - expenses;
  return {
    sales,
    costOfSales,
    grossMargin,
    grossMarginPct: percentOf(grossMargin, sales),
    expenses,
    profit,
    profitPct: percentOf(profit, sales),
  };
}

/** The budget's P&L: sales, cost of sales, gross margin, expenses, profit (profit is never stored). */
export function summariseBudget(lines: readonly BudgetAmount[]): BudgetTotals {
  const totals = totalsByCategory(lines);
  return profitAndLoss(totals.sales, totals.cost_of_sales, totals.expenses);
}

/**
 * Whether any amount has a fraction of a major unit (cents). When none has, figures read better
 * without ",00" on every line, and hiding the cents loses nothing.
 */
export function hasFractionalMajorUnits(amounts: readonly number[], currency: string): boolean {
  const unit = 10 ** currencyDecimals(currency);
  return amounts.some((amount) => amount % unit !== 0);
}
