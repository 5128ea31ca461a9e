import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UserPlus } from 'lucide-react';
import { createParticipant, PARTICIPANT_SIDES, SHORT_TEXT_MAX, type Participant, type ParticipantSide } from '../../../../shared/domain';
import { nextOrder } from '../../../../shared/logic/agenda';
import { addRecord } from '../../../data';

/**
 * Adds people one after another from the keyboard: Enter adds, focus goes back to the name, and the
 * organisation and side stay filled because people are usually entered company by company.
 */
export function AddParticipantForm({ workshopId, participants }: { workshopId: string; participants: readonly Participant[] }) {
  const { t } = useTranslation();
  const baseId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [side, setSide] = useState<ParticipantSide>('client');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('preparation.roster.nameRequired'));
      nameInput.current?.focus();
      return;
    }
    const participant = createParticipant(workshopId, {
      name: name.trim(),
      role: role.trim(),
      organisation: organisation.trim(),
      side,
      order: nextOrder(participants),
    });
    setError(null);
    setName('');
    setRole('');
    nameInput.current?.focus();
    void addRecord('participants', participant, t('preparation.undo.addParticipant'));
  };

  const errorId = `${baseId}-error`;
  return (
    <form className="prep-add-form" onSubmit={submit} aria-label={t('preparation.roster.addTitle')}>
      <div className="field prep-add-grow">
        <label htmlFor={`${baseId}-name`}>{t('preparation.roster.name')}</label>
        <input
          ref={nameInput}
          id={`${baseId}-name`}
          className="input"
          value={name}
          maxLength={SHORT_TEXT_MAX}
          onChange={(event) => {
            setName(event.target.value);
            if (event.target.value.trim() !== '') setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      <div className="field prep-add-grow">
        <label htmlFor={`${baseId}-role`}>{t('preparation.roster.role')}</label>
        <input id={`${baseId}-role`} className="input" value={role} maxLength={SHORT_TEXT_MAX} onChange={(event) => setRole(event.target.value)} />
      </div>
      <div className="field prep-add-grow">
        <label htmlFor={`${baseId}-organisation`}>{t('preparation.roster.organisation')}</label>
        <input id={`${baseId}-organisation`} className="input" value={organisation} maxLength={SHORT_TEXT_MAX} onChange={(event) => setOrganisation(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${baseId}-side`}>{t('preparation.roster.side')}</label>
        <select id={`${baseId}-side`} className="select" value={side} onChange={(event) => setSide(PARTICIPANT_SIDES.find((option) => option === event.target.value) ?? 'client')}>
          {PARTICIPANT_SIDES.map((option) => (
            <option key={option} value={option}>{t(`preparation.roster.sides.${option}`)}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-primary">
        <UserPlus size={18} aria-hidden="true" /> {t('preparation.roster.add')}
      </button>
      {error ? <p id={errorId} className="field-error prep-add-error">{error}</p> : null}
    </form>
  );
}
