import { useTranslation } from 'react-i18next';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { LONG_TEXT_MAX, type Meeting, type Participant, type Workshop } from '../../../../shared/domain';
import { RecordDateField, RecordTextField } from '../../../components/fields';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { formatLongDate } from '../format';
import { AttendeePicker } from './AttendeePicker';

interface MeetingCardProps {
  meeting: Meeting;
  participants: readonly Participant[];
  workshop: Workshop;
  open: boolean;
  onToggle: () => void;
}

/** One meeting: a heading that opens it, and inside the date, attendees, notes and decisions. */
export function MeetingCard({ meeting, participants, workshop, open, onToggle }: MeetingCardProps) {
  const { t } = useTranslation();
  const dateText = formatLongDate(meeting.date, workshop.language);
  const bodyId = `impl-meeting-${meeting.id}`;
  return (
    <article className="card impl-meeting" data-testid="meeting-card">
      <header className="impl-meeting-head">
        <h3 className="impl-meeting-title">
          <button type="button" className="impl-disclosure" aria-expanded={open} aria-controls={open ? bodyId : undefined} onClick={onToggle}>
            {open ? <ChevronDown size={18} aria-hidden="true" /> : <ChevronRight size={18} aria-hidden="true" />}
            <span>{dateText}</span>
          </button>
        </h3>
        <span className="badge">{t('implementation.meetings.attendeeCount', { count: meeting.attendeeIds.length })}</span>
        <DeleteRecordButton
          kind="meetings"
          id={meeting.id}
          workshopId={workshop.id}
          name={t('implementation.meetings.deleteName', { date: dateText })}
          undoLabel={t('implementation.undo.deleteMeeting')}
        />
      </header>
      {open ? (
        <div id={bodyId} className="impl-meeting-body" data-impl-focus={`meeting:${meeting.id}`}>
          <div className="impl-meeting-date">
            <RecordDateField kind="meetings" record={meeting} field="date" label={t('implementation.meetings.date')} undoLabel={t('implementation.undo.meetingDate')} />
          </div>
          <AttendeePicker meeting={meeting} participants={participants} />
          <div className="impl-meeting-text">
            <RecordTextField kind="meetings" record={meeting} field="notes" label={t('implementation.meetings.notes')} multiline maxLength={LONG_TEXT_MAX} undoLabel={t('implementation.undo.meetingNotes')} />
            <RecordTextField kind="meetings" record={meeting} field="decisions" label={t('implementation.meetings.decisions')} multiline maxLength={LONG_TEXT_MAX} undoLabel={t('implementation.undo.meetingDecisions')} />
          </div>
        </div>
      ) : meeting.decisions.trim() ? (
        <p className="impl-meeting-preview">
          <span className="impl-aside-label">{t('implementation.meetings.decisions')}: </span>
          {meeting.decisions}
        </p>
      ) : null}
    </article>
  );
}
