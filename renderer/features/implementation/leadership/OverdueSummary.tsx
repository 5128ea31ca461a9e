import { useTranslation } from 'react-i18next';
import { Flag } from 'lucide-react';
import type { Initiative, Milestone } from '../../../../shared/domain';
import { daysBetween } from '../../../../shared/logic/implementation';
import { formatDate } from '../format';

interface OverdueSummaryProps {
  overdue: readonly Milestone[];
  initiatives: readonly Initiative[];
  today: string;
  language: string;
}

/** The slipped milestones in one line each, for people who will not read the detail. */
export function OverdueSummary({ overdue, initiatives, today, language }: OverdueSummaryProps) {
  const { t } = useTranslation();
  const titles = new Map(initiatives.map((initiative) => [initiative.id, initiative.title.trim() || t('implementation.untitled')]));
  return (
    <section className="card section-card impl-overdue-summary" aria-labelledby="impl-leadership-overdue">
      <h2 id="impl-leadership-overdue">{t('implementation.milestones.overdueTitle')}</h2>
      <ul className="impl-overdue-lines">
        {overdue.map((milestone) => (
          <li key={milestone.id}>
            <Flag size={16} aria-hidden="true" className="impl-rag-text-red" />
            <span className="impl-milestone-title">{milestone.title.trim() || t('implementation.milestones.untitled')}</span>
            <span className="muted">{titles.get(milestone.initiativeId) ?? t('implementation.untitled')}</span>
            <span className="muted">{formatDate(milestone.date, language)}</span>
            <span className="badge impl-badge-danger">{t('implementation.milestones.overdueBy', { count: daysBetween(milestone.date, today) ?? 0 })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
