import i18next from 'i18next';
import type { Participant } from '../../../../shared/domain';
import { DataValidationError, updateRecord } from '../../../data';
import { showToast } from '../../../components/toastStore';

interface FlagCheckboxProps {
  participant: Participant;
  field: 'expertGroup' | 'implementationGroup';
  /** Names the person too: in a table a bare "Expert group" would not say whose. */
  label: string;
  undoLabel: string;
}

/** A group membership in a table cell: the column header says it visibly, the label says it to screen readers. */
export function FlagCheckbox({ participant, field, label, undoLabel }: FlagCheckboxProps) {
  const toggle = (checked: boolean) => {
    updateRecord('participants', participant.id, { [field]: checked }, undoLabel).catch((reason: unknown) => {
      if (reason instanceof DataValidationError) showToast({ tone: 'error', message: i18next.t('fields.invalid') });
    });
  };
  return (
    <label className="prep-flag">
      <input type="checkbox" checked={participant[field]} onChange={(event) => toggle(event.target.checked)} />
      <span className="visually-hidden">{label}</span>
    </label>
  );
}
