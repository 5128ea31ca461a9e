import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import type { ReadinessSummary as Summary } from '../../../../shared/logic/agenda';

/** "9 of 13 done" with a bar, and what is still open or late. */
export function ReadinessSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const percent = Math.round(summary.fractionReady * 100);
  return (
    <div className="prep-readiness" data-testid="readiness-summary">
      <div className="prep-readiness-figure">
        <span className="prep-readiness-count">{t('preparation.readiness.doneOf', { done: summary.ready, count: summary.applicable })}</span>
        <div
          className="progress-track prep-readiness-track"
          role="progressbar"
          aria-label={t('preparation.readiness.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
      </div>
      <ul className="prep-readiness-facts" aria-label={t('preparation.readiness.factsLabel')}>
        {summary.overdue > 0 ? (
          <li className="badge prep-badge-danger">
            <AlertTriangle size={14} aria-hidden="true" /> {t('preparation.readiness.overdue', { count: summary.overdue })}
          </li>
        ) : null}
        <li className="badge badge-primary">{t('preparation.readiness.inProgress', { count: summary.inProgress })}</li>
        <li className="badge">{t('preparation.readiness.open', { count: summary.open })}</li>
        {summary.notApplicable > 0 ? <li className="badge">{t('preparation.readiness.notApplicable', { count: summary.notApplicable })}</li> : null}
      </ul>
    </div>
  );
}
