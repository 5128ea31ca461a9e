import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FolderPlus } from 'lucide-react';
import { createQuestion, LONG_TEXT_MAX, SHORT_TEXT_MAX, type Workshop } from '../../../shared/domain';
import { addRecord } from '../../data';
import { isRefusedValue } from './writeErrors';
import type { SituationModel } from './situationModel';

/**
 * A workshop may ask about more than the four built-in areas. An area exists through its questions,
 * so a new area is created with its first question; a name that matches an existing area adds to it.
 */
export function AddAreaForm({ model, workshop }: { model: SituationModel; workshop: Workshop }) {
  const { t } = useTranslation();
  const id = useId();
  const [areaName, setAreaName] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const name = areaName.trim();
    const wording = text.trim();
    if (name === '' || wording === '') {
      setError(t('situation.addArea.bothRequired'));
      return;
    }
    const existing = model.groups.find((group) => group.name.toLocaleLowerCase() === name.toLocaleLowerCase() || group.area === name);
    const area = existing?.area ?? name;
    try {
      await addRecord('questions', createQuestion(workshop.id, { area, text: wording, hidden: false, order: model.nextQuestionOrder }), t('situation.undo.add', { area: existing?.name ?? name }));
    } catch (reason) {
      if (isRefusedValue(reason)) setError(t('fields.invalid'));
      return;
    }
    setAreaName('');
    setText('');
    setError(null);
    document.getElementById(`${id}-area`)?.focus();
  };

  return (
    <section className="card section-card situation-add-area" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('situation.addArea.title')}</h2>
      <p className="muted">{t('situation.addArea.body')}</p>
      <form
        className="situation-add-area-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-area`}>{t('situation.addArea.name')}</label>
          <input id={`${id}-area`} className="input" value={areaName} maxLength={SHORT_TEXT_MAX} onChange={(event) => setAreaName(event.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-question`}>{t('situation.addArea.firstQuestion')}</label>
          <input id={`${id}-question`} className="input" value={text} maxLength={LONG_TEXT_MAX} onChange={(event) => setText(event.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
        </div>
        <button type="submit" className="btn">
          <FolderPlus size={18} aria-hidden="true" /> {t('situation.addArea.submit')}
        </button>
      </form>
      {error ? <p id={`${id}-error`} className="field-error" role="alert">{error}</p> : null}
    </section>
  );
}
