import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, Milestone as MilestoneIcon } from 'lucide-react';
import type { Initiative, Milestone, Workshop } from '../../../../shared/domain';
import { isMilestoneOverdue, upcomingMilestones } from '../../../../shared/logic/implementation';
import { EmptyState } from '../../../components/EmptyState';
import { formatCount } from '../format';
import { MilestoneList } from './MilestoneList';

/** How far ahead "coming up" looks: the next four weekly meetings. */
export const UPCOMING_DAYS = 28;

interface MilestonesPanelProps {
  workshop: Workshop;
  initiatives: readonly Initiative[];
  milestones: readonly Milestone[];
  today: string;
}

/** Milestones that slipped, flagged from their dates, and the ones the next weeks must reach. */
export function MilestonesPanel({ workshop, initiatives, milestones, today }: MilestonesPanelProps) {
  const { t } = useTranslation();
  // A milestone marked done here stays in the overdue list (shown as done, with Reopen) instead of
  // vanishing from under the keyboard focus; it leaves the list when the tab is opened again.
  const seenOverdue = useRef(new Set<string>());
  for (const milestone of milestones) if (isMilestoneOverdue(milestone, today)) seenOverdue.current.add(milestone.id);

  if (milestones.length === 0) {
    return (
      <section className="card section-card" aria-labelledby="impl-overdue-title">
        <h2 id="impl-overdue-title" className="visually-hidden">{t('implementation.milestones.overdueTitle')}</h2>
        <EmptyState icon={<MilestoneIcon size={32} />} title={t('implementation.milestones.emptyTitle')} body={t('implementation.milestones.emptyBody')} />
      </section>
    );
  }

  const titles = new Map(initiatives.map((initiative) => [initiative.id, initiative.title.trim() || t('implementation.untitled')]));
  const overdue = milestones
    .filter((milestone) => isMilestoneOverdue(milestone, today) || (milestone.done && seenOverdue.current.has(milestone.id)))
    .sort((left, right) => left.date.localeCompare(right.date) || left.id.localeCompare(right.id));
  const stillOpen = overdue.filter((milestone) => !milestone.done).length;
  const upcoming = upcomingMilestones(milestones, today, UPCOMING_DAYS);
  const reached = milestones.filter((milestone) => milestone.done).length;

  return (
    <div className="stack impl-milestones">
      <section className="card section-card" aria-labelledby="impl-overdue-title" data-testid="overdue-milestones">
        <div className="section-head">
          <h2 id="impl-overdue-title">{t('implementation.milestones.overdueTitle')}</h2>
          <span className={stillOpen > 0 ? 'badge impl-badge-danger' : 'badge badge-success'}>{t('implementation.milestones.overdueCount', { count: stillOpen })}</span>
        </div>
        <p className="muted">{t('implementation.milestones.overdueIntro')}</p>
        {overdue.length === 0 ? (
          <p className="impl-all-clear">
            <CircleCheck size={18} aria-hidden="true" /> {t('implementation.milestones.nothingOverdue')}
          </p>
        ) : (
          <MilestoneList milestones={overdue} initiativeTitles={titles} today={today} workshop={workshop} label={t('implementation.milestones.overdueTitle')} />
        )}
      </section>
      <section className="card section-card" aria-labelledby="impl-upcoming-title">
        <div className="section-head">
          <h2 id="impl-upcoming-title">{t('implementation.milestones.upcomingTitle', { days: UPCOMING_DAYS })}</h2>
          <span className="badge">{t('implementation.milestones.reached', { done: formatCount(reached, workshop.language), total: formatCount(milestones.length, workshop.language) })}</span>
        </div>
        {upcoming.length === 0 ? (
          <p className="muted">{t('implementation.milestones.nothingUpcoming')}</p>
        ) : (
          <MilestoneList milestones={upcoming} initiativeTitles={titles} today={today} workshop={workshop} label={t('implementation.milestones.upcomingTitle', { days: UPCOMING_DAYS })} />
        )}
      </section>
    </div>
  );
}
