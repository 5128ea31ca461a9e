import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LostDeal } from '../../../../shared/domain';
import { breakDownLostDeals, foldSmallGroups, LOST_DEAL_DIMENSIONS, type LostDealMeasure } from '../../../../shared/logic/lostDeals';
import { BarChart, type BarDatum } from '../../../components/charts/BarChart';
import { formatCompactMoney, formatCount } from '../format';

interface LostDealChartsProps {
  deals: readonly LostDeal[];
  language: string;
  currency: string;
}

/** Bars per chart: enough to see the pattern, few enough to read from the back of the room. */
const MAX_BARS = 6;
const MEASURES: readonly LostDealMeasure[] = ['value', 'count'];

export function LostDealCharts({ deals, language, currency }: LostDealChartsProps) {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState<LostDealMeasure>('value');
  const name = useId();
  const display = (count: number, value: number) =>
    measure === 'value' ? formatCompactMoney(value, currency, language) : t('diagnosis.charts.deals', { count, formatted: formatCount(count, language) });

  return (
    <section className="card section-card" aria-labelledby={`${name}-title`}>
      <div className="section-head">
        <h3 id={`${name}-title`}>{t('diagnosis.charts.title')}</h3>
        <fieldset className="choice-group diag-measure">
          <legend className="visually-hidden">{t('diagnosis.charts.measure')}</legend>
          <div className="choice-options">
            {MEASURES.map((option) => (
              <span key={option} className="choice-option">
                <input type="radio" id={`${name}-${option}`} name={name} checked={measure === option} onChange={() => setMeasure(option)} />
                <label htmlFor={`${name}-${option}`}>{t(`diagnosis.charts.by.${option}`)}</label>
              </span>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="diag-chart-grid">
        {LOST_DEAL_DIMENSIONS.map((dimension) => {
          const { shown, rest } = foldSmallGroups(breakDownLostDeals(deals, dimension, measure), MAX_BARS);
          const data: BarDatum[] = shown.map((group) => ({
            key: group.key || '__none__',
            label: group.label || t('diagnosis.charts.notRecorded'),
            value: group[measure],
            display: display(group.count, group.value),
            tone: group.key === '' ? 'muted' : 'primary',
          }));
          if (rest) {
            data.push({
              key: '__rest__',
              label: t('diagnosis.charts.other', { count: rest.groupCount }),
              value: rest[measure],
              display: display(rest.count, rest.value),
              tone: 'muted',
            });
          }
          return (
            <div key={dimension} className="diag-chart">
              <BarChart title={t(`diagnosis.charts.dimensions.${dimension}`)} data={data} emptyText={t('diagnosis.charts.empty')} />
            </div>
          );
        })}
      </div>
    </section>
  );
}
