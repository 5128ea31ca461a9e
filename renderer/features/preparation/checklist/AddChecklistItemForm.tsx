import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { createPreparationItem, SHORT_TEXT_MAX, type PreparationItem } from '../../../../shared/domain';
import { nextOrder } from '../../../../shared/logic/agenda';
import { addRecord } from '../../../data';

/** Type what else must be in place and press Enter; focus stays here for the next one. */
export function AddChecklistItemForm({ workshopId, items }: { workshopId: string; items: readonly PreparationItem[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = label.trim();
    if (text === '') {
      setError(t('preparation.checklist.labelRequired'));
      return;
    }
    setError(null);
    setLabel('');
    void addRecord('preparationItems', createPreparationItem(workshopId, { key: 'custom', label: text, order: nextOrder(items) }), t('preparation.undo.addItem'));
  };

  return (
    <form className="prep-add-form" onSubmit={submit} aria-label={t('preparation.checklist.addTitle')}>
      <div className="field prep-add-grow">
        <label htmlFor={id}>{t('preparation.checklist.newItem')}</label>
        <input
          id={id}
          className="input"
          value={label}
          maxLength={SHORT_TEXT_MAX}
          placeholder={t('preparation.checklist.itemPlaceholder')}
          onChange={(event) => {
            setLabel(event.target.value);
            if (event.target.value.trim() !== '') setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <button type="submit" className="btn btn-primary">
        <Plus size={18} aria-hidden="true" /> {t('preparation.checklist.add')}
      </button>
      {error ? <p id={`${id}-error`} className="field-error prep-add-error">{error}</p> : null}
    </form>
  );
}
