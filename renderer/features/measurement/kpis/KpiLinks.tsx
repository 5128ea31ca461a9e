import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link2 } from 'lucide-react';
import type { Initiative, Kpi, Language, Milestone } from '../../../../shared/domain';
import { formatPlanDate } from '../../../app/format';
import { KpiLinksDialog } from './KpiLinksDialog';

interface KpiLinksProps {
  kpi: Kpi;
  name: string;
  initiatives: readonly Initiative[];
  milestones: readonly Milestone[];
  language: Language;
}

/** The initiatives and milestones (phase 6) whose effect this KPI should show. */
export function KpiLinks({ kpi, name, initiatives, milestones, language }: KpiLinksProps) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const linkedInitiatives = initiatives.filter((initiative) => kpi.initiativeIds.includes(initiative.id));
  const linkedMilestones = milestones.filter((milestone) => kpi.milestoneIds.includes(milestone.id));
  const empty = linkedInitiatives.length === 0 && linkedMilestones.length === 0;
  return (
    <div className="msr-kpi-roadmap">
      <span className="msr-label">{t('measurement.kpi.roadmapLinks')}</span>
      {empty ? (
        <p className="muted msr-small">{t('measurement.kpi.noRoadmapLinks')}</p>
      ) : (
        <ul className="msr-chips">
          {linkedInitiatives.map((initiative) => (
            <li key={initiative.id} className="badge badge-primary">{initiative.title.trim() || t('measurement.kpi.untitledInitiative')}</li>
          ))}
          {linkedMilestones.map((milestone) => (
            <li key={milestone.id} className="badge">
              {t('measurement.kpi.milestoneChip', { title: milestone.title.trim() || t('measurement.kpi.untitledMilestone'), date: formatPlanDate(milestone.date, language) })}
            </li>
          ))}
        </ul>
      )}
      <div>
        <button type="button" className="btn" onClick={() => setPicking(true)} aria-label={t('measurement.kpi.linkRoadmapNamed', { name })}>
          <Link2 size={18} aria-hidden="true" />
          {t('measurement.kpi.linkRoadmap')}
        </button>
      </div>
      {picking ? <KpiLinksDialog kpi={kpi} name={name} initiatives={initiatives} milestones={milestones} language={language} onClose={() => setPicking(false)} /> : null}
    </div>
  );
}
