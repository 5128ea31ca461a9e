import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BUDGET_CATEGORIES, type BudgetLine } from '../../../shared/domain';
import { totalsByCategory, type BudgetTotals } from '../../../shared/logic/budget';
import { BudgetCategoryBlock } from './BudgetCategoryBlock';
import { ProfitAndLossSummary } from './ProfitAndLossSummary';
import type { FigureFormatters } from './formatters';

interface BudgetSectionProps {
  workshopId: string;
  language: string;
  currency: string;
  lines: readonly BudgetLine[];
  budget: BudgetTotals;
  figures: FigureFormatters;
}

/** This year's budget by category, with the profit and loss it adds up to beside it. */
export function BudgetSection({ workshopId, language, currency, lines, budget, figures }: BudgetSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const totals = totalsByCategory(lines);
  return (
    <section className="card section-card" aria-labelledby={headingId}>
      <div className="stack obj-section-title">
        <h2 id={headingId}>{t('objectives.budget.heading')}</h2>
        <p className="muted">{t('objectives.budget.intro', { currency })}</p>
      </div>
      <div className="obj-budget-layout">
        <div className="obj-budget-categories">
          {BUDGET_CATEGORIES.map((category) => (
            <BudgetCategoryBlock
              key={category}
              workshopId={workshopId}
              category={category}
              allLines={lines}
              total={totals[category]}
              language={language}
              currency={currency}
              figures={figures}
            />
          ))}
        </div>
        <ProfitAndLossSummary budget={budget} figures={figures} />
      </div>
    </section>
  );
}
