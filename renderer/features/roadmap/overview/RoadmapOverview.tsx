import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone, Workshop } from '../../../../shared/domain';
import type { RoadmapTotals } from '../../../../shared/logic/roadmapPlan';
import { localeFor } from '../../../app/i18n';
import { BarChart } from '../../../components/charts/BarChart';
import { dateRange, formatBudget, workstreamName } from '../roadmapText';

interface RoadmapOverviewProps {
  workshop: Workshop;
  totals: RoadmapTotals;
  milestones: readonly Milestone[];
  warningCount: number;
}

const STATUS_ORDER = ['on_track', 'at_risk', 'off_track', 'done', 'not_started'] as const;

/** The roadmap at a glance: how much, how long, how far along, and where the money goes. */
export function RoadmapOverview({ workshop, totals, milestones, warningCount }: RoadmapOverviewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const money = (amount: number) => formatBudget(amount, workshop.currency, workshop.language);
  const reached = milestones.filter((milestone) => milestone.done).length;
  const number = new Intl.NumberFormat(localeFor(workshop.language), { maximumFractionDigits: 1 });
  const statusLine = STATUS_ORDER.filter((status) => totals.byStatus[status] > 0)
    .map((status) => t(`roadmap.overview.byStatus.${status}`, { count: totals.byStatus[status] }))
    .join(' · ');

  return (
    <section className="card section-card rm-overview" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">{t('roadmap.overview.heading')}</h2>
      <dl className="rm-stats">
        <div className="rm-stat">
          <dt>{t('roadmap.overview.initiatives')}</dt>
          <dd className="rm-stat-value">{number.format(totals.initiativeCount)}</dd>
          <dd className="rm-stat-detail muted">{statusLine}</dd>
        </div>
        <div className="rm-stat">
          <dt>{t('roadmap.overview.milestones')}</dt>
          <dd className="rm-stat-value">{number.format(milestones.length)}</dd>
          <dd className="rm-stat-detail muted">{t('roadmap.overview.reached', { count: reached })}</dd>
        </div>
        <div className="rm-stat">
          <dt>{t('roadmap.overview.budget')}</dt>
          <dd className="rm-stat-value" data-testid="roadmap-total-budget">{money(totals.budget)}</dd>
          <dd className="rm-stat-detail muted">{t('roadmap.overview.workstreams', { count: totals.byWorkstream.length })}</dd>
        </div>
        <div className="rm-stat">
          <dt>{t('roadmap.overview.period')}</dt>
          <dd className="rm-stat-value rm-stat-period">{totals.start && totals.end ? dateRange(totals.start, totals.end, workshop.language, t) : '—'}</dd>
          <dd className={warningCount > 0 ? 'rm-stat-detail rm-stat-warning' : 'rm-stat-detail muted'}>{t('roadmap.overview.warnings', { count: warningCount })}</dd>
        </div>
      </dl>
      <BarChart
        title={t('roadmap.overview.budgetByWorkstream')}
        // Nothing to compare until some money is planned: the chart then says so instead of empty bars.
        data={(totals.byWorkstream.some((lane) => lane.budget > 0) ? totals.byWorkstream : []).map((lane) => ({
          key: lane.workstream,
          label: workstreamName(lane.workstream, t),
          value: Math.max(0, lane.budget),
          display: t('roadmap.overview.budgetShare', { amount: money(lane.budget), share: number.format(lane.sharePercent) }),
        }))}
        emptyText={t('roadmap.overview.noBudget')}
      />
    </section>
  );
}
