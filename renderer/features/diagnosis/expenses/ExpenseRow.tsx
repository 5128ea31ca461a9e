import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPENSE_DECISIONS, EXPENSE_NECESSITY, LONG_TEXT_MAX, SHORT_TEXT_MAX, type ExpenseLine } from '../../../../shared/domain';
import { possibleSaving } from '../../../../shared/logic/expenses';
import { RecordNumberField, RecordSelect, RecordTextField } from '../../../components/fields';
import { WrappingTextCell } from '../WrappingTextCell';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { formatFullMoney } from '../format';

interface ExpenseRowProps {
  line: ExpenseLine;
  rowNumber: number;
  language: string;
  currency: string;
  focusOnMount: boolean;
  onFocused: () => void;
}

export function ExpenseRow({ line, rowNumber, language, currency, focusOnMount, onFocused }: ExpenseRowProps) {
  const { t } = useTranslation();
  const row = useRef<HTMLTableRowElement>(null);
  const undoLabel = t('diagnosis.undo.editExpense');
  const name = line.label.trim() || t('diagnosis.expenses.rowName', { row: rowNumber });
  const label = (column: string) => t('diagnosis.expenses.cellLabel', { column: t(`diagnosis.expenses.columns.${column}`, { currency }), name });
  const saving = possibleSaving(line);

  useEffect(() => {
    if (!focusOnMount) return;
    row.current?.querySelector<HTMLElement>('textarea, input')?.focus();
    onFocused();
  }, [focusOnMount, onFocused]);

  return (
    <tr ref={row} data-testid="expense-row">
      <td>
        <WrappingTextCell
          kind="expenseLines"
          record={line}
          field="label"
          label={t('diagnosis.expenses.cellLabel', { column: t('diagnosis.expenses.columns.label'), name: t('diagnosis.expenses.rowName', { row: rowNumber }) })}
          maxLength={SHORT_TEXT_MAX}
          undoLabel={undoLabel}
        />
      </td>
      <td className="num">
        <RecordNumberField kind="expenseLines" record={line} field="amount" label={label('amount')} hideLabel language={language} currency={currency} suffix="" undoLabel={undoLabel} />
      </td>
      <td>
        <RecordSelect
          kind="expenseLines"
          record={line}
          field="necessary"
          label={label('necessary')}
          hideLabel
          options={[{ value: null, label: t('diagnosis.expenses.necessity.none') }, ...EXPENSE_NECESSITY.map((value) => ({ value, label: t(`diagnosis.expenses.necessity.${value}`) }))]}
          undoLabel={undoLabel}
        />
      </td>
      <td>
        <RecordTextField kind="expenseLines" record={line} field="customerBenefit" label={label('benefit')} hideLabel multiline maxLength={LONG_TEXT_MAX} undoLabel={undoLabel} className="diag-grow-text" />
      </td>
      <td>
        <RecordSelect
          kind="expenseLines"
          record={line}
          field="decision"
          label={label('decision')}
          hideLabel
          options={[{ value: null, label: t('diagnosis.expenses.decision.none') }, ...EXPENSE_DECISIONS.map((value) => ({ value, label: t(`diagnosis.expenses.decision.${value}`) }))]}
          undoLabel={undoLabel}
        />
        {saving > 0 ? <p className="diag-saving">{t('diagnosis.expenses.savesAmount', { amount: formatFullMoney(saving, currency, language) })}</p> : null}
      </td>
      <td className="diag-cell-action">
        <DeleteRecordButton kind="expenseLines" id={line.id} workshopId={line.workshopId} name={t('diagnosis.expenses.deleteName', { name })} undoLabel={t('diagnosis.undo.deleteExpense')} />
      </td>
    </tr>
  );
}
