import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain';
import { participantName } from '../ideaLabels';

/** The value of the "nobody in particular" choice; participant ids are UUIDs, so it cannot clash. */
export const ANONYMOUS = 'anonymous';
/** The value standing for a guest who signed with a name but has no participant record. */
export const GUEST = 'guest';

interface AuthorSelectProps {
  label: string;
  participants: readonly Participant[];
  value: string;
  onChange: (value: string) => void;
  /** A guest's name to offer as it is, when the note was signed by someone outside the roster. */
  guestName?: string;
  className?: string;
}

/** Who wrote a note: anonymous, someone from the roster (the expert group first), or a guest. */
export function AuthorSelect({ label, participants, value, onChange, guestName, className }: AuthorSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const experts = participants.filter((participant) => participant.expertGroup);
  const others = participants.filter((participant) => !participant.expertGroup);
  const option = (participant: Participant) => (
    <option key={participant.id} value={participant.id}>
      {participantName(participant, t)}
    </option>
  );
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={ANONYMOUS}>{t('ideas.author.anonymous')}</option>
        {guestName ? <option value={GUEST}>{t('ideas.author.guest', { name: guestName })}</option> : null}
        {experts.length > 0 ? <optgroup label={t('ideas.author.expertGroup')}>{experts.map(option)}</optgroup> : null}
        {others.length > 0 ? <optgroup label={experts.length > 0 ? t('ideas.author.others') : t('ideas.author.roster')}>{others.map(option)}</optgroup> : null}
      </select>
    </div>
  );
}
