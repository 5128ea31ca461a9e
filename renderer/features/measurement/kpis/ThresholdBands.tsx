import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';
import type { Kpi } from '../../../../shared/domain';
import { thresholdProblems } from '../../../../shared/logic/scorecard';
import { TrafficLightBadge } from '../scorecard/TrafficLightBadge';
import { formatKpiValue } from '../format';

/**
 * The three bands the thresholds make, in words ("green at 25% or more"), so the group checks them
 * against what it means; thresholds set the wrong way round are pointed out, not refused.
 */
export function ThresholdBands({ kpi, language }: { kpi: Kpi; language: string }) {
  const { t } = useTranslation();
  const format = (value: number) => formatKpiValue(value, kpi.unit, language);
  const way = kpi.direction === 'higher_is_better' ? 'higher' : 'lower';
  const amber = format(kpi.amberThreshold);
  const red = format(kpi.redThreshold);
  const problems = thresholdProblems(kpi);
  const noAmberBand = kpi.amberThreshold === kpi.redThreshold;
  return (
    <div className="msr-bands">
      <ul className="msr-band-list" aria-label={t('measurement.kpi.bandsLabel')}>
        <li>
          <TrafficLightBadge light="green" showMeaning={false} /> <span>{t(`measurement.bands.${way}.green`, { amber })}</span>
        </li>
        <li>
          <TrafficLightBadge light="amber" showMeaning={false} /> <span>{noAmberBand ? t('measurement.bands.noAmber') : t(`measurement.bands.${way}.amber`, { amber, red })}</span>
        </li>
        <li>
          <TrafficLightBadge light="red" showMeaning={false} /> <span>{t(`measurement.bands.${way}.red`, { red })}</span>
        </li>
      </ul>
      {problems.length > 0 ? (
        <ul className="msr-warnings">
          {problems.map((problem) => (
            <li key={problem}>
              <TriangleAlert size={16} aria-hidden="true" /> {t(`measurement.thresholdProblem.${way}.${problem}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
