import { useTranslation } from 'react-i18next';
import { useRecords } from '../../data';
import type { PhaseScreenProps } from '../phaseScreens';
import { RoadmapWorkspace } from './RoadmapWorkspace';
import './roadmap.css';

/**
 * Phase 6: the chosen ideas become initiatives on a timeline (or in a table), with milestones that can
 * be observed, dependencies that are checked, and the plan for telling people about it.
 */
export default function RoadmapScreen({ workshop }: PhaseScreenProps) {
  const { t } = useTranslation();
  const initiatives = useRecords(workshop.id, 'initiatives');
  const milestones = useRecords(workshop.id, 'milestones');
  const communicationItems = useRecords(workshop.id, 'communicationItems');
  const ideas = useRecords(workshop.id, 'ideas');
  const clusters = useRecords(workshop.id, 'clusters');
  const finalObjectives = useRecords(workshop.id, 'finalObjectives');
  const participants = useRecords(workshop.id, 'participants');
  if (!initiatives || !milestones || !communicationItems || !ideas || !clusters || !finalObjectives || !participants) {
    return <p className="muted" role="status">{t('app.loading')}</p>;
  }
  return (
    <RoadmapWorkspace
      workshop={workshop}
      initiatives={initiatives}
      milestones={milestones}
      communicationItems={communicationItems}
      ideas={ideas}
      clusters={clusters}
      finalObjectives={finalObjectives}
      participants={participants}
    />
  );
}
