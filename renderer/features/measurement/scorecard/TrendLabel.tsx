import { useTranslation } from 'react-i18next';
import { MoveRight, TrendingDown, TrendingUp } from 'lucide-react';
import type { Trend, TrendMeaning } from '../../../../shared/logic/scorecard';

/** "Rising, better" or "Falling, worse": the movement and what it means for this KPI. */
export function TrendLabel({ trend, meaning }: { trend: Trend; meaning: TrendMeaning }) {
  const { t } = useTranslation();
  const Icon = trend === 'up' ? TrendingUp : trend === 'down' ? TrendingDown : MoveRight;
  return (
    <span className={`msr-trend msr-trend-${meaning}`} data-trend={trend}>
      {trend === 'none' ? null : <Icon size={20} aria-hidden="true" />}
      <span>
        {t(`measurement.trend.${trend}`)}
        {meaning === 'better' || meaning === 'worse' ? <span className="msr-trend-meaning">{t(`measurement.trendMeaning.${meaning}`)}</span> : null}
      </span>
    </span>
  );
}
