import { useTranslation } from 'react-i18next';
import type { BudgetLine } from '../../../shared/domain';
import { RecordTextField } from '../../components/fields';
import { DeleteRecordButton } from '../../components/DeleteRecordButton';
import { MoneyAmountField } from './MoneyAmountField';
import { useFocusIfJustAdded } from './pendingFocus';

interface BudgetLineRowProps {
  line: BudgetLine;
  /** "Sales line 2": names the row's hidden labels and its delete button. */
  rowName: string;
  language: string;
  currency: string;
}

export function BudgetLineRow({ line, rowName, language, currency }: BudgetLineRowProps) {
  const { t } = useTranslation();
  const ref = useFocusIfJustAdded<HTMLTableRowElement>(line.id);
  const name = line.label.trim() ? `${rowName} “${line.label.trim()}”` : rowName;
  return (
    <tr ref={ref} data-testid="budget-line">
      <td>
        <RecordTextField
          kind="budgetLines"
          record={line}
          field="label"
          label={t('objectives.budget.lineLabel', { line: rowName })}
          hideLabel
          placeholder={t('objectives.budget.labelPlaceholder')}
          undoLabel={t('objectives.undo.editBudgetLine')}
        />
      </td>
      <td className="obj-amount-cell">
        <MoneyAmountField line={line} label={t('objectives.budget.lineAmount', { line: rowName })} language={language} currency={currency} undoLabel={t('objectives.undo.editBudgetAmount')} />
      </td>
      <td className="obj-action-cell">
        <DeleteRecordButton kind="budgetLines" id={line.id} workshopId={line.workshopId} name={name} undoLabel={t('objectives.undo.deleteBudgetLine')} />
      </td>
    </tr>
  );
}
