import { Diamond } from 'lucide-react';
import type { Milestone, Workshop } from '../../../../shared/domain';
import { isMilestoneOverdue } from '../../../../shared/logic/implementation';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';
import { MilestoneDoneButton } from './MilestoneDoneButton';
import { MilestoneState } from './MilestoneState';

interface MilestoneListProps {
  milestones: readonly Milestone[];
  initiativeTitles: ReadonlyMap<string, string>;
  today: string;
  workshop: Workshop;
  label: string;
}

/** Milestones with their initiative, date, state and the observable event that proves them reached. */
export function MilestoneList({ milestones, initiativeTitles, today, workshop, label }: MilestoneListProps) {
  const { t } = useTranslation();
  return (
    <ul className="impl-milestone-list" aria-label={label}>
      {milestones.map((milestone) => {
        const overdue = isMilestoneOverdue(milestone, today);
        return (
          <li key={milestone.id} className={overdue ? 'impl-milestone impl-milestone-overdue' : 'impl-milestone'} data-testid="milestone-row">
            <Diamond size={18} aria-hidden="true" className={overdue ? 'impl-diamond-overdue' : milestone.done ? 'impl-diamond-done' : 'impl-diamond-open'} />
            <div className="impl-milestone-text">
              <p className="impl-milestone-title">{milestone.title.trim() || t('implementation.milestones.untitled')}</p>
              <p className="row-wrap impl-milestone-meta">
                <span>{initiativeTitles.get(milestone.initiativeId) ?? t('implementation.untitled')}</span>
                <span aria-hidden="true">·</span>
                <span>{formatDate(milestone.date, workshop.language)}</span>
                <MilestoneState milestone={milestone} today={today} />
              </p>
              {milestone.measurableEvent.trim() ? <p className="muted impl-prose">{milestone.measurableEvent}</p> : null}
            </div>
            <MilestoneDoneButton milestone={milestone} workshopId={workshop.id} />
          </li>
        );
      })}
    </ul>
  );
}
