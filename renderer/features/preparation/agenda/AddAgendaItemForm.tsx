import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { MAX_AGENDA_ITEMS, MAX_AGENDA_ITEM_MINUTES, SHORT_TEXT_MAX, type AgendaSession } from '../../../../shared/domain';
import { parseMinutesInput } from './AgendaItemFields';
import type { SessionEditor } from './useSessionEditor';

const DEFAULT_MINUTES = '30';

/** Title, Tab, minutes, Enter: the timebox is added at the end and focus returns for the next one. */
export function AddAgendaItemForm({ session, editor }: { session: AgendaSession; editor: SessionEditor }) {
  const { t } = useTranslation();
  const baseId = useId();
  const titleInput = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState(DEFAULT_MINUTES);
  const [error, setError] = useState<string | null>(null);
  const full = session.items.length >= MAX_AGENDA_ITEMS;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsedMinutes = parseMinutesInput(minutes);
    if (title.trim() === '') {
      setError(t('preparation.agenda.itemTitleRequired'));
      titleInput.current?.focus();
      return;
    }
    if (parsedMinutes === null) {
      setError(t('preparation.agenda.minutesInvalid', { max: MAX_AGENDA_ITEM_MINUTES }));
      return;
    }
    setError(null);
    const item = { title: title.trim(), minutes: parsedMinutes };
    void editor.edit(t('preparation.undo.addTimebox'), (current) => ({ items: [...current.items, item] }));
    setTitle('');
    setMinutes(DEFAULT_MINUTES);
    titleInput.current?.focus();
  };

  if (full) return <p className="muted">{t('preparation.agenda.itemsFull', { max: MAX_AGENDA_ITEMS })}</p>;

  const errorId = `${baseId}-error`;
  return (
    <form className="prep-add-form prep-add-item" onSubmit={submit} aria-label={t('preparation.agenda.addItemTo', { session: session.title.trim() || t('preparation.agenda.untitled') })}>
      <div className="field prep-add-grow">
        <label htmlFor={`${baseId}-title`}>{t('preparation.agenda.newItem')}</label>
        <input
          ref={titleInput}
          id={`${baseId}-title`}
          data-add-item-title
          className="input"
          value={title}
          maxLength={SHORT_TEXT_MAX}
          onChange={(event) => {
            setTitle(event.target.value);
            if (error && event.target.value.trim() !== '') setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      <div className="field prep-add-minutes">
        <label htmlFor={`${baseId}-minutes`}>{t('preparation.agenda.minutes')}</label>
        <input id={`${baseId}-minutes`} className="input input-number" inputMode="numeric" value={minutes} onChange={(event) => setMinutes(event.target.value)} />
      </div>
      <button type="submit" className="btn">
        <Plus size={18} aria-hidden="true" /> {t('preparation.agenda.addItem')}
      </button>
      {error ? <p id={errorId} className="field-error prep-add-error">{error}</p> : null}
    </form>
  );
}
