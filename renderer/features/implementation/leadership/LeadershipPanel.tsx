import { useTranslation } from 'react-i18next';
import { ChartGantt } from 'lucide-react';
import type { Initiative, Milestone, StatusUpdate, Workshop } from '../../../../shared/domain';
import { roadmapWindowFor } from '../../../../shared/logic/roadmapLayout';
import { latestUpdateByInitiative, overdueMilestones, type ImplementationSummary } from '../../../../shared/logic/implementation';
import { EmptyState } from '../../../components/EmptyState';
import { formatCount, formatPercent } from '../format';
import { RagBadge } from '../ragStatus';
import { RAG_VALUES } from '../ragLabels';
import { RoadmapTimeline } from './RoadmapTimeline';
import { RoadmapLegend } from './RoadmapLegend';
import { StatusTable } from './StatusTable';
import { OverdueSummary } from './OverdueSummary';

interface LeadershipPanelProps {
  workshop: Workshop;
  initiatives: readonly Initiative[];
  updates: readonly StatusUpdate[];
  milestones: readonly Milestone[];
  summary: ImplementationSummary;
  today: string;
}

/** What the leadership looks at: the roadmap in status colours, the figures, and what slipped. Nothing to edit here. */
export function LeadershipPanel({ workshop, initiatives, updates, milestones, summary, today }: LeadershipPanelProps) {
  const { t } = useTranslation();
  const language = workshop.language;
  const window = roadmapWindowFor(initiatives, milestones);
  if (initiatives.length === 0 || !window) {
    return (
      <section className="card section-card" aria-labelledby="impl-leadership-title">
        <h2 id="impl-leadership-title" className="visually-hidden">{t('implementation.leadership.title')}</h2>
        <EmptyState icon={<ChartGantt size={32} />} title={t('implementation.leadership.emptyTitle')} body={t('implementation.leadership.emptyBody')} />
      </section>
    );
  }
  const latest = latestUpdateByInitiative(updates);
  const overdue = overdueMilestones(milestones, today);

  return (
    <div className="stack impl-leadership">
      <section className="card section-card impl-leadership-card" aria-labelledby="impl-leadership-title">
        <div className="section-head">
          <h2 id="impl-leadership-title">{t('implementation.leadership.title')}</h2>
          <RoadmapLegend />
        </div>
        <ul className="impl-leadership-figures" aria-label={t('implementation.leadership.figuresLabel')}>
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
          <li className="impl-figure">
            {t('implementation.leadership.averageDone', { value: formatPercent(summary.averagePercentDone, language) })}
          </li>
          <li className={overdue.length > 0 ? 'impl-figure impl-figure-alert' : 'impl-figure'}>
            {t('implementation.overview.overdueCount', { count: overdue.length, formatted: formatCount(overdue.length, language) })}
          </li>
        </ul>
        <RoadmapTimeline initiatives={initiatives} milestones={milestones} latest={latest} window={window} today={today} language={language} />
      </section>
      {overdue.length > 0 ? <OverdueSummary overdue={overdue} initiatives={initiatives} today={today} language={language} /> : null}
      <StatusTable initiatives={initiatives} latest={latest} language={language} />
    </div>
  );
}
