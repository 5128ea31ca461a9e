import { useTranslation } from 'react-i18next';
import type { LightCounts, TrafficLight } from '../../../../shared/logic/scorecard';
import { TrafficLightBadge } from './TrafficLightBadge';

const ORDER: readonly TrafficLight[] = ['red', 'amber', 'green', 'none'];

/** How many KPIs show each light, worst first: the line a board reads before anything else. */
export function LightSummary({ counts }: { counts: LightCounts }) {
  const { t } = useTranslation();
  return (
    <ul className="msr-light-summary" aria-label={t('measurement.scorecard.summaryLabel')} data-testid="light-summary">
      {ORDER.filter((light) => counts[light] > 0).map((light) => (
        <li key={light} className="msr-light-count">
          <span className="msr-light-number">{counts[light]}</span>
          <TrafficLightBadge light={light} showMeaning={false} />
        </li>
      ))}
    </ul>
  );
}
