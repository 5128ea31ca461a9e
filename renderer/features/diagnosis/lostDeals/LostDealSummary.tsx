import { useTranslation } from 'react-i18next';
import type { LostDeal } from '../../../../shared/domain';
import { summarizeLostDeals } from '../../../../shared/logic/lostDeals';
import { formatPlanDate } from '../../../app/format';
import { formatCompactMoney, formatCount, formatFullMoney } from '../format';

interface LostDealSummaryProps {
  deals: readonly LostDeal[];
  language: string;
  currency: string;
}

/** The log in four figures, for the opening line of the discussion. */
export function LostDealSummary({ deals, language, currency }: LostDealSummaryProps) {
  const { t } = useTranslation();
  const summary = summarizeLostDeals(deals);
  return (
    <dl className="diag-stats" data-testid="lost-deal-summary">
      <div className="diag-stat">
        <dt>{t('diagnosis.lostDeals.stats.count')}</dt>
        <dd>{formatCount(summary.count, language)}</dd>
      </div>
      <div className="diag-stat">
        <dt>{t('diagnosis.lostDeals.stats.total')}</dt>
        <dd title={formatFullMoney(summary.totalValue, currency, language)}>{formatCompactMoney(summary.totalValue, currency, language)}</dd>
      </div>
      <div className="diag-stat">
        <dt>{t('diagnosis.lostDeals.stats.average')}</dt>
        <dd>{summary.averageValue === null ? '—' : formatCompactMoney(summary.averageValue, currency, language)}</dd>
      </div>
      <div className="diag-stat">
        <dt>{t('diagnosis.lostDeals.stats.period')}</dt>
        <dd className="diag-stat-period">
          {summary.firstDate && summary.lastDate
            ? t('diagnosis.lostDeals.stats.periodValue', { from: formatPlanDate(summary.firstDate, language), to: formatPlanDate(summary.lastDate, language) })
            : '—'}
        </dd>
      </div>
    </dl>
  );
}
