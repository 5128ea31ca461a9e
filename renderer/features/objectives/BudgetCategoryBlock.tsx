import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { createBudgetLine, type BudgetCategory, type BudgetLine } from '../../../shared/domain';
import { addRecord } from '../../data';
import { BudgetLineRow } from './BudgetLineRow';
import type { FigureFormatters } from './formatters';
import { orderAfterLast } from '../../../shared/logic/listOrder';
import { focusWhenRendered } from './pendingFocus';

interface BudgetCategoryBlockProps {
  workshopId: string;
  category: BudgetCategory;
  /** Every line of the budget, so a new line is ordered after all of them. */
  allLines: readonly BudgetLine[];
  total: number;
  language: string;
  currency: string;
  figures: FigureFormatters;
}

/** The lines of one budget category (sales, cost of sales or expenses) and their subtotal. */
export function BudgetCategoryBlock({ workshopId, category, allLines, total, language, currency, figures }: BudgetCategoryBlockProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const lines = allLines.filter((line) => line.category === category);
  const categoryName = t(`objectives.budget.category.${category}`);

  const add = () => {
    const line = createBudgetLine(workshopId, { category, order: orderAfterLast(allLines) });
    focusWhenRendered(line.id);
    void addRecord('budgetLines', line, t('objectives.undo.addBudgetLine', { category: categoryName }));
  };

  return (
    <div className="obj-budget-category" role="group" aria-labelledby={headingId} data-testid={`budget-${category}`}>
      <div className="obj-budget-category-head">
        <h3 id={headingId}>{categoryName}</h3>
        <span className="obj-figure" data-testid={`budget-${category}-total`}>
          <span className="visually-hidden">{t('objectives.budget.subtotal')}: </span>
          {figures.money(total)}
        </span>
      </div>
      {lines.length === 0 ? (
        <p className="muted obj-budget-empty">{t(`objectives.budget.empty.${category}`)}</p>
      ) : (
        <table className="data-table obj-budget-table">
          <thead>
            <tr>
              <th scope="col">{t('objectives.budget.labelColumn')}</th>
              <th scope="col" className="num">{t('objectives.budget.amountColumn', { currency })}</th>
              <th scope="col"><span className="visually-hidden">{t('objectives.actionsColumn')}</span></th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <BudgetLineRow key={line.id} line={line} rowName={t(`objectives.budget.rowName.${category}`, { number: index + 1 })} language={language} currency={currency} />
            ))}
          </tbody>
        </table>
      )}
      <div>
        <button type="button" className="btn btn-ghost obj-add-line" onClick={add}>
          <Plus size={18} aria-hidden="true" />
          {t(`objectives.budget.add.${category}`)}
        </button>
      </div>
    </div>
  );
}
