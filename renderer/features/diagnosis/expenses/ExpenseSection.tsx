import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, Receipt } from 'lucide-react';
import { createExpenseLine, type ExpenseLine, type Workshop } from '../../../../shared/domain';
import { addRecord } from '../../../data';
import { EmptyState } from '../../../components/EmptyState';
import { orderAfterLast as nextOrder } from '../../../../shared/logic/listOrder';
import { ExpenseRow } from './ExpenseRow';
import { SavingsSummary } from './SavingsSummary';

interface ExpenseSectionProps {
  workshop: Workshop;
  lines: readonly ExpenseLine[];
}

const COLUMNS = ['label', 'amount', 'necessary', 'benefit', 'decision'] as const;

export function ExpenseSection({ workshop, lines }: ExpenseSectionProps) {
  const { t } = useTranslation();
  const [focusId, setFocusId] = useState<string | null>(null);
  const clearFocus = useCallback(() => setFocusId(null), []);
  const { language, currency } = workshop;

  const add = async () => {
    const line = createExpenseLine(workshop.id, { order: nextOrder(lines) });
    setFocusId(line.id);
    await addRecord('expenseLines', line, t('diagnosis.undo.addExpense'));
  };

  const addButton = (
    <button type="button" className="btn btn-primary" onClick={() => void add()}>
      <Plus size={18} aria-hidden="true" />
      {t('diagnosis.expenses.add')}
    </button>
  );

  if (lines.length === 0) {
    return <EmptyState icon={<Receipt size={40} />} title={t('diagnosis.expenses.emptyTitle')} body={t('diagnosis.expenses.emptyBody')} actions={addButton} />;
  }

  return (
    <section className="stack diag-section" aria-labelledby="diag-expenses-title">
      <div className="diag-section-intro">
        <h2 id="diag-expenses-title" className="visually-hidden">{t('diagnosis.tabs.expenses')}</h2>
        <p className="muted">{t('diagnosis.expenses.intro')}</p>
      </div>
      <SavingsSummary lines={lines} language={language} currency={currency} />
      <section className="card section-card" aria-labelledby="diag-expense-lines-title">
        <div className="section-head">
          <h3 id="diag-expense-lines-title">{t('diagnosis.expenses.linesTitle')}</h3>
          {addButton}
        </div>
        <div className="table-scroll">
          <table className="data-table diag-table diag-expense-table">
            <caption className="visually-hidden">{t('diagnosis.expenses.linesTitle')}</caption>
            <colgroup>
              {COLUMNS.map((column) => (
                <col key={column} className={`diag-col-${column}`} />
              ))}
              <col className="diag-col-action" />
            </colgroup>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className={column === 'amount' ? 'num' : undefined}>
                    {t(`diagnosis.expenses.columns.${column}`, { currency })}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('diagnosis.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line, index) => (
                <ExpenseRow
                  key={line.id}
                  line={line}
                  rowNumber={index + 1}
                  language={language}
                  currency={currency}
                  focusOnMount={focusId === line.id}
                  onFocused={clearFocus}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </section>
  );
}
