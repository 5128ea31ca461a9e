import { useTranslation } from 'react-i18next';
import { RagIcon } from '../ragStatus';

/** What the colours, shapes and marks mean, in words. */
export function RoadmapLegend() {
  const { t } = useTranslation();
  const statuses = ['green', 'amber', 'red', 'none'] as const;
  return (
    <ul className="impl-legend" aria-label={t('implementation.leadership.legend')}>
      {statuses.map((rag) => (
        <li key={rag}>
          <span className={`impl-legend-swatch impl-bar-${rag}`} aria-hidden="true" />
          <RagIcon rag={rag} size={14} />
          {t(`implementation.leadership.legendRag.${rag}`)}
        </li>
      ))}
      <li>
        <span className="impl-diamond impl-diamond-static impl-diamond-overdue" aria-hidden="true" />
        {t('implementation.leadership.legendOverdue')}
      </li>
      <li>
        <span className="impl-diamond impl-diamond-static impl-diamond-done" aria-hidden="true" />
        {t('implementation.leadership.legendDone')}
      </li>
      <li>
        <span className="impl-diamond impl-diamond-static impl-diamond-open" aria-hidden="true" />
        {t('implementation.leadership.legendOpen')}
      </li>
    </ul>
  );
}
