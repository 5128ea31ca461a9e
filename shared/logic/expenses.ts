import type { ExpenseLine } from '../domain/expenseLine';

/**
 * The expense review (phase 3): every line is asked "is it necessary? what does the customer get out
 * of it?" and gets a decision. The savings rule is deliberately simple so it can be said on screen:
 * a line to cut saves its whole amount; a line to rework saves a fixed share of it; nothing else saves.
 */

/** What share of a line marked "rework" counts as a possible saving, in percent. */
export const REWORK_SAVING_PERCENT = 50;

export interface ExpenseReviewSummary {
  lineCount: number;
  /** Sum of every line's amount (minor units), negative lines included as stored. */
  totalAmount: number;
  /** Amounts of the lines marked cut / rework / keep (positive amounts only, as they save). */
  cutAmount: number;
  reworkAmount: number;
  keptAmount: number;
  /** REWORK_SAVING_PERCENT of the rework lines, rounded down line by line. */
  reworkSaving: number;
  /** cutAmount + reworkSaving. */
  possibleSavings: number;
  /** Lines with no decision yet. */
  undecidedCount: number;
  /** Possible savings as a percentage of the positive amounts reviewed; null when there are none. */
  savingsPercentOfTotal: number | null;
}

/**
 * What one line could save, in minor units. Rounded down: a saving is a promise to a board, so it
 * is never overstated by a cent. A zero or negative amount (a credit, a typo) saves nothing.
 */
export function possibleSaving(line: Pick<ExpenseLine, 'amount' | 'decision'>): number {
  if (line.amount <= 0) return 0;
  if (line.decision === 'cut') return line.amount;
  if (line.decision === 'rework') return Math.floor((line.amount * REWORK_SAVING_PERCENT) / 100);
  return 0;
}

export function summarizeExpenseReview(lines: readonly Pick<ExpenseLine, 'amount' | 'decision'>[]): ExpenseReviewSummary {
  let totalAmount = 0;
  let positiveAmount = 0;
  let cutAmount = 0;
  let reworkAmount = 0;
  let keptAmount = 0;
  let reworkSaving = 0;
  let undecidedCount = 0;
  for (const line of lines) {
    totalAmount += line.amount;
    const counted = Math.max(0, line.amount);
    positiveAmount += counted;
    if (line.decision === null) undecidedCount += 1;
    else if (line.decision === 'cut') cutAmount += counted;
    else if (line.decision === 'rework') {
      reworkAmount += counted;
      reworkSaving += possibleSaving(line);
    } else keptAmount += counted;
  }
  const possibleSavings = cutAmount + reworkSaving;
  return {
    lineCount: lines.length,
    totalAmount,
    cutAmount,
    reworkAmount,
    keptAmount,
    reworkSaving,
    possibleSavings,
    undecidedCount,
    savingsPercentOfTotal: positiveAmount > 0 ? (possibleSavings / positiveAmount) * 100 : null,
  };
}
