import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { Meeting, Participant } from '../../../../shared/domain';
import { DataValidationError, updateRecord } from '../../../data';
import { showToast } from '../../../components/toastStore';

interface AttendeePickerProps {
  meeting: Meeting;
  participants: readonly Participant[];
}

/**
 * Who came, ticked from the roster: the implementation group first, then everyone else. Several
 * quick ticks in a row each build on the one before, even before the stored list comes back.
 */
export function AttendeePicker({ meeting, participants }: AttendeePickerProps) {
  const { t } = useTranslation();
  const latest = useRef<readonly string[]>(meeting.attendeeIds);
  const pending = useRef(0);
  useEffect(() => {
    if (pending.current === 0) latest.current = meeting.attendeeIds;
  }, [meeting.attendeeIds]);

  const toggle = (participantId: string, present: boolean) => {
    const others = latest.current.filter((id) => id !== participantId);
    const next = present ? [...others, participantId] : others;
    latest.current = next;
    pending.current += 1;
    updateRecord('meetings', meeting.id, { attendeeIds: next }, t(present ? 'implementation.undo.addAttendee' : 'implementation.undo.removeAttendee'))
      .catch((reason: unknown) => {
        if (reason instanceof DataValidationError) showToast({ tone: 'error', message: i18next.t('fields.invalid') });
      })
      .finally(() => {
        pending.current -= 1;
      });
  };

  const group = participants.filter((participant) => participant.implementationGroup);
  const others = participants.filter((participant) => !participant.implementationGroup);
  const present = new Set(meeting.attendeeIds);
  const box = (participant: Participant) => (
    <li key={participant.id}>
      <label className="checkbox-field impl-attendee">
        <input type="checkbox" checked={present.has(participant.id)} onChange={(event) => toggle(participant.id, event.target.checked)} />
        <span>{participant.name.trim() || t('implementation.meetings.unnamed')}</span>
      </label>
    </li>
  );

  return (
    <fieldset className="impl-attendees">
      <legend>{t('implementation.meetings.attendees')}</legend>
      {participants.length === 0 ? (
        <p className="muted">{t('implementation.meetings.noRoster')}</p>
      ) : (
        <>
          {group.length > 0 ? (
            <>
              <p className="impl-aside-label">{t('implementation.meetings.groupMembers')}</p>
              <ul className="impl-attendee-list">{group.map(box)}</ul>
            </>
          ) : null}
          {others.length > 0 ? (
            <>
              <p className="impl-aside-label">{group.length > 0 ? t('implementation.meetings.otherPeople') : t('implementation.meetings.roster')}</p>
              <ul className="impl-attendee-list">{others.map(box)}</ul>
            </>
          ) : null}
        </>
      )}
    </fieldset>
  );
}
