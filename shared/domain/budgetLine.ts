import { z } from 'zod';
import { manualOrder, money, newId, ownedRecordFields, shortText, withDefaults, type RecordFields } from './primitives';

/** Profit is sales minus cost of sales minus expenses; it is computed, never stored. */
export const BUDGET_CATEGORIES = ['sales', 'cost_of_sales', 'expenses'] as const;

export const budgetLineSchema = z.strictObject({
  ...ownedRecordFields,
  category: z.enum(BUDGET_CATEGORIES),
  label: shortText,
  /** Minor units of the workshop currency. */
  amount: money,
  order: manualOrder,
});

export type BudgetLine = z.infer<typeof budgetLineSchema>;
export type BudgetCategory = BudgetLine['category'];

export function createBudgetLine(workshopId: string, fields: RecordFields<BudgetLine> = {}): BudgetLine {
  const defaults: Omit<BudgetLine, 'id' | 'workshopId'> = {
    category: 'sales',
    label: '',
    amount: 0,
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
