import { useCallback, useId } from 'react';
import type { BudgetLine } from '../../../shared/domain';
import { currencyDecimals, parseMoneyInput } from '../../../shared/logic/money';
import { localeFor } from '../../app/i18n';
import type { RecordPatch } from '../../data';
import { committedInputProps, FieldError } from '../../components/fields/committedInput';
import { useFieldCommit } from '../../components/fields/useFieldCommit';

interface MoneyAmountFieldProps {
  line: BudgetLine;
  label: string;
  language: string;
  currency: string;
  undoLabel: string;
}

/**
 * A budget amount in whole currency units, shown with thousands separators ("21,600,000") because
 * budgets run into millions and an unseparated figure is easy to misread by a zero. People may type
 * it with or without separators; it is stored as integer minor units at every keystroke.
 */
export function MoneyAmountField({ line, label, language, currency, undoLabel }: MoneyAmountFieldProps) {
  const id = useId();
  const decimals = currencyDecimals(currency);
  const hasFraction = line.amount % 10 ** decimals !== 0;
  const stored = new Intl.NumberFormat(localeFor(language), {
    useGrouping: true,
    minimumFractionDigits: hasFraction ? decimals : 0,
    maximumFractionDigits: decimals,
  }).format(line.amount / 10 ** decimals);

  const toPatch = useCallback(
    (text: string): RecordPatch<'budgetLines'> | null => {
      if (text.trim() === '') return null;
      // The language's grouping mark is dropped first, so "1.234" in Spanish is a thousand, not 1.23.
      const groupingMark = language === 'es' ? /\./g : /,/g;
      const amount = parseMoneyInput(text.replace(groupingMark, ''), currency);
      return amount === null ? null : { amount };
    },
    [language, currency],
  );
  const committed = useFieldCommit<'budgetLines', string>('budgetLines', line, 'amount', toPatch, stored, { continuous: true, undoLabel });
  return (
    <div className="field">
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <input
        className="input input-number"
        inputMode="decimal"
        {...committedInputProps(id, committed)}
      />
      <FieldError id={id} error={committed.error} />
    </div>
  );
}
