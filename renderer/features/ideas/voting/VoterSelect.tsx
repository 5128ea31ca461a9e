import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain';
import { participantName } from '../ideaLabels';

export const NO_VOTER = '';

/** Who is voting now: the expert group first, then the rest of the roster. */
export function VoterSelect({ participants, value, onChange }: { participants: readonly Participant[]; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const experts = participants.filter((participant) => participant.expertGroup);
  const others = participants.filter((participant) => !participant.expertGroup);
  const option = (participant: Participant) => (
    <option key={participant.id} value={participant.id}>{participantName(participant, t)}</option>
  );
  return (
    <div className="field ideas-voter-select">
      <label htmlFor={id}>{t('ideas.voting.voter')}</label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={NO_VOTER}>{t('ideas.voting.chooseVoterOption')}</option>
        {experts.length > 0 ? <optgroup label={t('ideas.author.expertGroup')}>{experts.map(option)}</optgroup> : null}
        {others.length > 0 ? <optgroup label={experts.length > 0 ? t('ideas.author.others') : t('ideas.author.roster')}>{others.map(option)}</optgroup> : null}
      </select>
    </div>
  );
}
