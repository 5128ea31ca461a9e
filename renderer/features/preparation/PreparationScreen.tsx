import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../shared/domain';
import { useRecords } from '../../data';
import type { PhaseScreenProps } from '../phaseScreens';
import { PreparationOverview } from './PreparationOverview';
import { ChecklistSection } from './checklist/ChecklistSection';
import { RosterSection } from './roster/RosterSection';
import { AgendaSection } from './agenda/AgendaSection';
import './preparation.css';

/**
 * Preparation, before phase 1: is the client ready (the method's checklist), who takes part, and
 * what happens when on the workshop days.
 */
export default function PreparationScreen({ workshop }: PhaseScreenProps) {
  const { t } = useTranslation();
  const items = useRecords(workshop.id, 'preparationItems');
  const participants = useRecords(workshop.id, 'participants');
  const sessions = useRecords(workshop.id, 'agendaSessions');
  if (!items || !participants || !sessions) return <p className="muted" role="status">{t('app.loading')}</p>;
  // Read on every render: a screen left open overnight flags what became overdue at midnight on the next edit.
  const today = todayIsoDate();

  return (
    <div className="prep-screen">
      <PreparationOverview workshop={workshop} items={items} participants={participants} sessions={sessions} today={today} />
      <ChecklistSection workshop={workshop} items={items} participants={participants} today={today} />
      <RosterSection workshop={workshop} participants={participants} />
      <AgendaSection workshop={workshop} sessions={sessions} />
    </div>
  );
}
