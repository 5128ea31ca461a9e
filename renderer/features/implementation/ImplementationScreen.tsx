import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../shared/domain';
import { summarizeImplementation } from '../../../shared/logic/implementation';
import { useRecords } from '../../data';
import type { PhaseScreenProps } from '../phaseScreens';
import { ImplementationOverview } from './ImplementationOverview';
import { Tabs, type TabItem } from '../../components/Tabs';
import { CheckInPanel } from './checkin/CheckInPanel';
import { MilestonesPanel } from './milestones/MilestonesPanel';
import { MeetingsPanel } from './meetings/MeetingsPanel';
import { LeadershipPanel } from './leadership/LeadershipPanel';
import { readViewMemory, writeViewMemory } from './viewMemory';
import './implementation.css';

const SECTIONS = ['checkIn', 'milestones', 'meetings', 'leadership'] as const;
type Section = (typeof SECTIONS)[number];
const ID_PREFIX = 'implementation';

/**
 * Phase 7: the weekly check-in walked initiative by initiative, the milestones that slipped, the
 * meeting log, and the roadmap as leadership sees it.
 */
export default function ImplementationScreen({ workshop }: PhaseScreenProps) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>(() => SECTIONS.find((candidate) => candidate === readViewMemory(workshop.id, 'section')) ?? 'checkIn');
  const initiatives = useRecords(workshop.id, 'initiatives');
  const milestones = useRecords(workshop.id, 'milestones');
  const updates = useRecords(workshop.id, 'statusUpdates');
  const meetings = useRecords(workshop.id, 'meetings');
  const participants = useRecords(workshop.id, 'participants');
  if (!initiatives || !milestones || !updates || !meetings || !participants) return <p className="muted" role="status">{t('app.loading')}</p>;

  // Read on every render: a screen left open overnight flags what became overdue at midnight on the next edit.
  const today = todayIsoDate();
  const summary = summarizeImplementation(initiatives, updates, milestones, today);
  const choose = (next: Section) => {
    setSection(next);
    writeViewMemory(workshop.id, 'section', next);
  };

  const tabs: TabItem<Section>[] = [
    { key: 'checkIn', label: t('implementation.tabs.checkIn') },
    { key: 'milestones', label: t('implementation.tabs.milestones'), count: summary.overdueMilestones, alert: summary.overdueMilestones > 0 },
    { key: 'meetings', label: t('implementation.tabs.meetings'), count: meetings.length },
    { key: 'leadership', label: t('implementation.tabs.leadership') },
  ];

  return (
    <div className="impl-screen">
      <ImplementationOverview summary={summary} meetings={meetings} today={today} language={workshop.language} onShowMilestones={() => choose('milestones')} />
      <Tabs label={t('implementation.tabs.label')} tabs={tabs} active={section} onChange={choose} idPrefix={ID_PREFIX} classPrefix="impl" panelId={() => `${ID_PREFIX}-panel`} />
      <div role="tabpanel" id={`${ID_PREFIX}-panel`} aria-labelledby={`${ID_PREFIX}-tab-${section}`} className="impl-panel">
        {section === 'checkIn' ? (
          <CheckInPanel workshop={workshop} initiatives={initiatives} updates={updates} milestones={milestones} today={today} />
        ) : section === 'milestones' ? (
          <MilestonesPanel workshop={workshop} initiatives={initiatives} milestones={milestones} today={today} />
        ) : section === 'meetings' ? (
          <MeetingsPanel workshop={workshop} meetings={meetings} participants={participants} today={today} />
        ) : (
          <LeadershipPanel workshop={workshop} initiatives={initiatives} updates={updates} milestones={milestones} summary={summary} today={today} />
        )}
      </div>
    </div>
  );
}
