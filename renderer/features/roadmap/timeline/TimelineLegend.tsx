import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES } from '../../../../shared/domain';
import { statusLabel } from '../roadmapText';

/** What the colours and marks mean, and how to move bars from the keyboard. */
export function TimelineLegend({ helpId }: { helpId: string }) {
  const { t } = useTranslation();
  return (
    <div className="rm-legend">
      <ul className="rm-legend-list" aria-label={t('roadmap.timeline.legend')}>
        {INITIATIVE_STATUSES.map((status) => (
          <li key={status}>
            <span className={`rm-legend-bar rm-status-${status}`} aria-hidden="true" />
            {statusLabel(status, t)}
          </li>
        ))}
        <li>
          <span className="rm-legend-diamond" aria-hidden="true" />
          {t('roadmap.timeline.legendMilestone')}
        </li>
        <li>
          <span className="rm-legend-diamond rm-legend-diamond-done" aria-hidden="true" />
          {t('roadmap.timeline.legendMilestoneDone')}
        </li>
        <li>
          <span className="rm-legend-arrow" aria-hidden="true" />
          {t('roadmap.timeline.legendDependency')}
        </li>
        <li>
          <span className="rm-legend-arrow rm-legend-arrow-broken" aria-hidden="true" />
          {t('roadmap.timeline.legendBroken')}
        </li>
        <li>
          <span className="rm-legend-today" aria-hidden="true" />
          {t('roadmap.timeline.today')}
        </li>
      </ul>
      <p id={helpId} className="muted rm-keyboard-help">{t('roadmap.timeline.keyboardHelp')}</p>
    </div>
  );
}
