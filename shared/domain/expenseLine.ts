import { z } from 'zod';
import { longText, manualOrder, money, newId, ownedRecordFields, shortText, withDefaults, type RecordFields } from './primitives';

export const EXPENSE_NECESSITY = ['yes', 'partly', 'no'] as const;
export const EXPENSE_DECISIONS = ['keep', 'cut', 'rework'] as const;

/** An expense under review (phase 3): is it necessary, and what does the customer get out of it? */
export const expenseLineSchema = z.strictObject({
  ...ownedRecordFields,
  label: shortText,
  /** Minor units of the workshop currency. */
  amount: money,
  necessary: z.enum(EXPENSE_NECESSITY).nullable(),
  customerBenefit: longText,
  decision: z.enum(EXPENSE_DECISIONS).nullable(),
  order: manualOrder,
});

export type ExpenseLine = z.infer<typeof expenseLineSchema>;
export type ExpenseDecision = NonNullable<ExpenseLine['decision']>;

export function createExpenseLine(workshopId: string, fields: RecordFields<ExpenseLine> = {}): ExpenseLine {
  const defaults: Omit<ExpenseLine, 'id' | 'workshopId'> = {
    label: '',
    amount: 0,
    necessary: null,
    customerBenefit: '',
    decision: null,
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
