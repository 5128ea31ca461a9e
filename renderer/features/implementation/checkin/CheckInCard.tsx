import { useTranslation } from 'react-i18next';
import { ChevronRight } from 'lucide-react';
import type { Initiative, Milestone, StatusUpdate, Workshop } from '../../../../shared/domain';
import { isoWeekOf, updateOfWeek, updatesOfInitiative } from '../../../../shared/logic/implementation';
import { formatDate, formatWeekRange } from '../format';
import { CheckInForm } from './CheckInForm';
import { StartCheckIn } from './StartCheckIn';
import { LastCheckIn } from './LastCheckIn';
import { InitiativeMilestones } from './InitiativeMilestones';
import { UpdateHistory } from './UpdateHistory';

interface CheckInCardProps {
  workshop: Workshop;
  initiative: Initiative;
  updates: readonly StatusUpdate[];
  milestones: readonly Milestone[];
  today: string;
  nextId: string | null;
  onNext: () => void;
  onStarted: (updateId: string) => void;
}

/** One initiative in the weekly round: this week's report, what was planned last time, its milestones and history. */
export function CheckInCard({ workshop, initiative, updates, milestones, today, nextId, onNext, onStarted }: CheckInCardProps) {
  const { t } = useTranslation();
  const language = workshop.language;
  const history = updatesOfInitiative(updates, initiative.id);
  const thisWeek = updateOfWeek(updates, initiative.id, today);
  const earlier = history.filter((update) => update.id !== thisWeek?.id);
  const week = isoWeekOf(today);
  const title = initiative.title.trim() || t('implementation.untitled');
  const ownMilestones = milestones.filter((milestone) => milestone.initiativeId === initiative.id);

  return (
    <article className="card impl-checkin-card" aria-labelledby={`impl-initiative-${initiative.id}`} data-testid="checkin-card">
      <header className="impl-checkin-card-head">
        <h3 id={`impl-initiative-${initiative.id}`}>{title}</h3>
        <p className="impl-initiative-meta">
          {initiative.workstream.trim() ? <span className="badge">{initiative.workstream}</span> : null}
          {initiative.owner.trim() ? <span>{t('implementation.checkIn.owner', { owner: initiative.owner })}</span> : null}
          <span className="muted">{t('implementation.checkIn.dates', { start: formatDate(initiative.start, language), end: formatDate(initiative.end, language) })}</span>
        </p>
      </header>
      <div className="impl-checkin-body">
        <div className="impl-checkin-main" data-impl-focus={`checkin:${initiative.id}`}>
          <h4 className="impl-week-title">
            {week ? t('implementation.checkIn.weekTitle', { number: week.week, range: formatWeekRange(week, language) }) : t('implementation.overview.thisWeek')}
          </h4>
          {thisWeek ? (
            <CheckInForm update={thisWeek} workshop={workshop} initiativeTitle={title} />
          ) : (
            <StartCheckIn workshopId={workshop.id} initiative={initiative} latest={earlier[0] ?? null} today={today} weekNumber={week?.week ?? null} onStarted={onStarted} />
          )}
        </div>
        <aside className="impl-checkin-aside" aria-label={t('implementation.checkIn.contextLabel', { title })}>
          <LastCheckIn update={earlier[0] ?? null} language={language} />
          <InitiativeMilestones milestones={ownMilestones} today={today} language={language} workshopId={workshop.id} />
        </aside>
      </div>
      <div className="impl-checkin-foot">
        {nextId ? (
          <button type="button" className="btn btn-primary" onClick={onNext} aria-keyshortcuts="Alt+PageDown">
            {t('implementation.walk.nextInitiative')} <ChevronRight size={18} aria-hidden="true" />
          </button>
        ) : (
          <p className="muted">{t('implementation.walk.lastOne')}</p>
        )}
      </div>
      <UpdateHistory updates={earlier} workshopId={workshop.id} language={language} initiativeTitle={title} />
    </article>
  );
}
