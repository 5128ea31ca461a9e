import { useTranslation } from 'react-i18next';
import type { ExpenseLine } from '../../../../shared/domain';
import { REWORK_SAVING_PERCENT, summarizeExpenseReview } from '../../../../shared/logic/expenses';
import { formatFullMoney, formatPercent } from '../format';

interface SavingsSummaryProps {
  lines: readonly ExpenseLine[];
  language: string;
  currency: string;
}

/** The total the review could save, with the rule that produced it said in plain words. */
export function SavingsSummary({ lines, language, currency }: SavingsSummaryProps) {
  const { t } = useTranslation();
  const summary = summarizeExpenseReview(lines);
  const money = (minorUnits: number) => formatFullMoney(minorUnits, currency, language);
  const percent = formatPercent(REWORK_SAVING_PERCENT, language);
  return (
    <section className="card section-card diag-savings" aria-labelledby="diag-savings-title" data-testid="savings-summary">
      <div className="diag-savings-main">
        <h3 id="diag-savings-title">{t('diagnosis.expenses.savings.title')}</h3>
        <p className="diag-savings-total">{money(summary.possibleSavings)}</p>
        {summary.savingsPercentOfTotal !== null ? (
          <p className="muted">{t('diagnosis.expenses.savings.share', { percent: formatPercent(summary.savingsPercentOfTotal, language), total: money(summary.totalAmount) })}</p>
        ) : null}
      </div>
      <div className="diag-savings-detail">
        <dl className="diag-savings-lines">
          <div>
            <dt>{t('diagnosis.expenses.savings.cut')}</dt>
            <dd>{money(summary.cutAmount)}</dd>
          </div>
          <div>
            <dt>{t('diagnosis.expenses.savings.rework', { percent, amount: money(summary.reworkAmount) })}</dt>
            <dd>{money(summary.reworkSaving)}</dd>
          </div>
          <div>
            <dt>{t('diagnosis.expenses.savings.kept')}</dt>
            <dd>{money(summary.keptAmount)}</dd>
          </div>
        </dl>
        <p className="diag-savings-rule">{t('diagnosis.expenses.savings.rule', { percent })}</p>
        {summary.undecidedCount > 0 ? <p className="badge badge-warning">{t('diagnosis.expenses.savings.undecided', { count: summary.undecidedCount })}</p> : null}
      </div>
    </section>
  );
}
