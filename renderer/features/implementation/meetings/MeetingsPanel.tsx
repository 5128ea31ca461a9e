import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarPlus, Users } from 'lucide-react';
import { createMeeting, type Meeting, type Participant, type Workshop } from '../../../../shared/domain';
import { addRecord } from '../../../data';
import { EmptyState } from '../../../components/EmptyState';
import { useFocusWhenPresent } from '../useFocusWhenPresent';
import { MeetingCard } from './MeetingCard';

interface MeetingsPanelProps {
  workshop: Workshop;
  meetings: readonly Meeting[];
  participants: readonly Participant[];
  today: string;
}

function newestFirst(left: Meeting, right: Meeting): number {
  return right.date.localeCompare(left.date) || left.id.localeCompare(right.id);
}

/** The log of the implementation group's weekly meetings: who came, what was said, what was decided. */
export function MeetingsPanel({ workshop, meetings, participants, today }: MeetingsPanelProps) {
  const { t } = useTranslation();
  const sorted = [...meetings].sort(newestFirst);
  // Which meetings are open is a view choice, not data; until someone chooses, the newest is open.
  const [opened, setOpened] = useState<ReadonlySet<string> | null>(null);
  const focusWhenPresent = useFocusWhenPresent(meetings);
  const isOpen = (id: string) => (opened === null ? sorted[0]?.id === id : opened.has(id));

  const toggle = (id: string) => {
    const next = new Set(opened ?? (sorted[0] ? [sorted[0].id] : []));
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpened(next);
  };

  const logMeeting = async () => {
    // The implementation group is who usually comes; the secretary unticks whoever is missing.
    const attendeeIds = participants.filter((participant) => participant.implementationGroup).map((participant) => participant.id);
    const meeting = createMeeting(workshop.id, { date: today, attendeeIds });
    await addRecord('meetings', meeting, t('implementation.undo.logMeeting'));
    setOpened((current) => new Set([...(current ?? (sorted[0] ? [sorted[0].id] : [])), meeting.id]));
    focusWhenPresent(`meeting:${meeting.id}`);
  };

  return (
    <section className="stack impl-meetings" aria-labelledby="impl-meetings-title">
      <div className="section-head">
        <div className="stack impl-checkin-intro">
          <h2 id="impl-meetings-title">{t('implementation.meetings.title')}</h2>
          <p className="muted">{t('implementation.meetings.intro')}</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => void logMeeting()}>
          <CalendarPlus size={18} aria-hidden="true" /> {t('implementation.meetings.log')}
        </button>
      </div>
      {sorted.length === 0 ? (
        <EmptyState icon={<Users size={32} />} title={t('implementation.meetings.emptyTitle')} body={t('implementation.meetings.emptyBody')} />
      ) : (
        <ul className="impl-meeting-list">
          {sorted.map((meeting) => (
            <li key={meeting.id}>
              <MeetingCard meeting={meeting} participants={participants} workshop={workshop} open={isOpen(meeting.id)} onToggle={() => toggle(meeting.id)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
