import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../../shared/domain';
import { formatDate } from '../format';
import { MilestoneDoneButton } from '../milestones/MilestoneDoneButton';
import { MilestoneState } from '../milestones/MilestoneState';

interface InitiativeMilestonesProps {
  milestones: readonly Milestone[];
  today: string;
  language: string;
  workshopId: string;
}

/** The initiative's milestones in date order, the slipped ones flagged, each with its done switch. */
export function InitiativeMilestones({ milestones, today, language, workshopId }: InitiativeMilestonesProps) {
  const { t } = useTranslation();
  const sorted = [...milestones].sort((left, right) => left.date.localeCompare(right.date) || left.id.localeCompare(right.id));
  return (
    <section className="impl-aside-block" aria-labelledby="impl-initiative-milestones">
      <h4 id="impl-initiative-milestones">{t('implementation.checkIn.milestonesTitle')}</h4>
      {sorted.length === 0 ? (
        <p className="muted">{t('implementation.checkIn.noMilestones')}</p>
      ) : (
        <ul className="impl-mini-milestones">
          {sorted.map((milestone) => (
            <li key={milestone.id} className="impl-mini-milestone">
              <div className="impl-mini-milestone-text">
                <span className="impl-milestone-title">{milestone.title.trim() || t('implementation.milestones.untitled')}</span>
                <span className="row-wrap">
                  <span className="muted">{formatDate(milestone.date, language)}</span>
                  <MilestoneState milestone={milestone} today={today} />
                </span>
              </div>
              <MilestoneDoneButton milestone={milestone} workshopId={workshopId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
