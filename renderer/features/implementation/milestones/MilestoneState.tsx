import { useTranslation } from 'react-i18next';
import { CircleCheck, Clock, Flag } from 'lucide-react';
import type { Milestone } from '../../../../shared/domain';
import { daysBetween, isMilestoneOverdue } from '../../../../shared/logic/implementation';

/** Done, overdue by n days, due today or due in n days: worked out from the date, never stored. */
export function MilestoneState({ milestone, today }: { milestone: Milestone; today: string }) {
  const { t } = useTranslation();
  if (milestone.done) {
    return (
      <span className="badge badge-success">
        <CircleCheck size={14} aria-hidden="true" /> {t('implementation.milestones.done')}
      </span>
    );
  }
  if (isMilestoneOverdue(milestone, today)) {
    return (
      <span className="badge impl-badge-danger" data-testid="overdue-flag">
        <Flag size={14} aria-hidden="true" /> {t('implementation.milestones.overdueBy', { count: daysBetween(milestone.date, today) ?? 0 })}
      </span>
    );
  }
  const ahead = daysBetween(today, milestone.date);
  if (ahead === null) return null;
  return (
    <span className="badge">
      <Clock size={14} aria-hidden="true" /> {ahead === 0 ? t('implementation.milestones.dueToday') : t('implementation.milestones.dueIn', { count: ahead })}
    </span>
  );
}
