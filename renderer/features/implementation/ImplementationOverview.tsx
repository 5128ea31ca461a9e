import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain';
import { isoWeekOf, type ImplementationSummary } from '../../../shared/logic/implementation';
import { formatCount, formatDate, formatWeekRange } from './format';
import { RagBadge } from './ragStatus';
import { RAG_VALUES } from './ragLabels';

interface ImplementationOverviewProps {
  summary: ImplementationSummary;
  meetings: readonly Meeting[];
  today: string;
  language: string;
  onShowMilestones: () => void;
}

/** Where the implementation stands this week, before anyone opens a tab. */
export function ImplementationOverview({ summary, meetings, today, language, onShowMilestones }: ImplementationOverviewProps) {
  const { t } = useTranslation();
  const week = isoWeekOf(today);
  const lastMeeting = meetings.reduce<string | null>((latest, meeting) => (latest === null || meeting.date > latest ? meeting.date : latest), null);
  const checkedShare = summary.initiatives === 0 ? 0 : summary.checkedInThisWeek / summary.initiatives;

  return (
    <section className="impl-overview" aria-label={t('implementation.overview.label')} data-testid="implementation-overview">
      <div className="card impl-tile">
        <p className="impl-tile-label">
          {week ? t('implementation.overview.week', { number: week.week, range: formatWeekRange(week, language) }) : t('implementation.overview.thisWeek')}
        </p>
        <p className="impl-tile-value">
          {t('implementation.overview.checkedIn', { done: formatCount(summary.checkedInThisWeek, language), total: formatCount(summary.initiatives, language) })}
        </p>
        <p className="muted impl-tile-note">{t('implementation.overview.checkedInNote')}</p>
        <div className="progress-track" aria-hidden="true">
          <div className="progress-fill" style={{ width: `${Math.round(checkedShare * 100)}%` }} />
        </div>
      </div>
      <div className="card impl-tile">
        <p className="impl-tile-label">{t('implementation.overview.latestStatus')}</p>
        {summary.initiatives === 0 ? (
          <p className="muted impl-tile-note">{t('implementation.overview.noInitiatives')}</p>
        ) : (
          <ul className="impl-rag-counts">
            {RAG_VALUES.map((rag) => (
              <li key={rag}>
                <RagBadge rag={rag} label={t(`implementation.overview.ragCount.${rag}`, { count: summary.byRag[rag], formatted: formatCount(summary.byRag[rag], language) })} />
              </li>
            ))}
            {summary.byRag.none > 0 ? (
              <li>
                <RagBadge rag="none" label={t('implementation.overview.ragCount.none', { count: summary.byRag.none, formatted: formatCount(summary.byRag.none, language) })} />
              </li>
            ) : null}
          </ul>
        )}
      </div>
      <div className={summary.overdueMilestones > 0 ? 'card impl-tile impl-tile-alert' : 'card impl-tile'}>
        <p className="impl-tile-label">{t('implementation.overview.overdue')}</p>
        <p className="impl-tile-value">{formatCount(summary.overdueMilestones, language)}</p>
        {summary.overdueMilestones > 0 ? (
          <button type="button" className="btn btn-ghost impl-tile-action" onClick={onShowMilestones}>
            {t('implementation.overview.showOverdue')}
          </button>
        ) : (
          <p className="muted impl-tile-note">{t('implementation.overview.nothingOverdue')}</p>
        )}
      </div>
      <div className="card impl-tile">
        <p className="impl-tile-label">{t('implementation.overview.meetings')}</p>
        <p className="impl-tile-value">{formatCount(meetings.length, language)}</p>
        <p className="muted impl-tile-note">
          {lastMeeting ? t('implementation.overview.lastMeeting', { date: formatDate(lastMeeting, language) }) : t('implementation.overview.noMeeting')}
        </p>
      </div>
    </section>
  );
}
