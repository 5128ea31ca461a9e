import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { createQuestion, LONG_TEXT_MAX, type Workshop } from '../../../shared/domain';
import { addRecord } from '../../data';
import { isRefusedValue } from './writeErrors';

interface AddQuestionFormProps {
  area: string;
  areaName: string;
  workshop: Workshop;
  nextOrder: number;
}

/** Adds the workshop's own question at the end of an area; Enter adds, and focus stays for the next. */
export function AddQuestionForm({ area, areaName, workshop, nextOrder }: AddQuestionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const wording = text.trim();
    if (wording === '') {
      setError(t('situation.edit.typeFirst'));
      return;
    }
    try {
      await addRecord('questions', createQuestion(workshop.id, { area, text: wording, hidden: false, order: nextOrder }), t('situation.undo.add', { area: areaName }));
    } catch (reason) {
      if (isRefusedValue(reason)) setError(t('fields.invalid'));
      return;
    }
    setText('');
    setError(null);
  };

  return (
    <form
      className="situation-add-form"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <div className="field situation-add-field">
        <label htmlFor={id}>{t('situation.edit.newQuestion', { area: areaName })}</label>
        <input
          id={id}
          className="input"
          value={text}
          maxLength={LONG_TEXT_MAX}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error ? <span id={`${id}-error`} className="field-error">{error}</span> : null}
      </div>
      <button type="submit" className="btn">
        <Plus size={18} aria-hidden="true" /> {t('situation.edit.addQuestion')}
      </button>
    </form>
  );
}
