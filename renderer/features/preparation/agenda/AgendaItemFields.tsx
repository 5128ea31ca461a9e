import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_AGENDA_ITEM_MINUTES, SHORT_TEXT_MAX, type AgendaItem, type AgendaSession } from '../../../../shared/domain';
import type { SessionEditor } from './useSessionEditor';

/** Whole minutes as typed, or null when it is not a timebox the schema accepts. */
export function parseMinutesInput(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes <= MAX_AGENDA_ITEM_MINUTES ? minutes : null;
}

/**
 * What someone is typing into a timebox stays local until it leaves the field (so the caret never
 * jumps), while every keystroke is stored through the session editor.
 */
function useItemDraft(stored: string) {
  const [draft, setDraft] = useState(stored);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(stored);
  }, [stored]);
  return {
    draft,
    setDraft,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: (valid: boolean) => {
      focused.current = false;
      if (valid) setDraft(stored);
    },
  };
}

function withItem(session: AgendaSession, index: number, patch: Partial<AgendaItem>): AgendaItem[] {
  return session.items.map((item, position) => (position === index ? { ...item, ...patch } : item));
}

interface ItemFieldProps {
  session: AgendaSession;
  index: number;
  editor: SessionEditor;
}

export function AgendaItemTitleField({ session, index, editor }: ItemFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const { draft, setDraft, onFocus, onBlur } = useItemDraft(session.items[index]?.title ?? '');
  const change = (title: string) => {
    setDraft(title);
    void editor.edit(t('preparation.undo.timeboxTitle'), (current) => ({ items: withItem(current, index, { title }) }), `items.${index}.title`);
  };
  return (
    <div className="field">
      <label htmlFor={id} className="visually-hidden">{t('preparation.agenda.itemTitle', { number: index + 1 })}</label>
      <input id={id} className="input" value={draft} maxLength={SHORT_TEXT_MAX} onFocus={onFocus} onBlur={() => onBlur(true)} onChange={(event) => change(event.target.value)} />
    </div>
  );
}

export function AgendaItemMinutesField({ session, index, editor, title }: ItemFieldProps & { title: string }) {
  const { t } = useTranslation();
  const id = useId();
  const stored = String(session.items[index]?.minutes ?? 0);
  const { draft, setDraft, onFocus, onBlur } = useItemDraft(stored);
  const invalid = parseMinutesInput(draft) === null;
  const change = (text: string) => {
    setDraft(text);
    const minutes = parseMinutesInput(text);
    if (minutes === null) return;
    void editor.edit(t('preparation.undo.timeboxMinutes'), (current) => ({ items: withItem(current, index, { minutes }) }), `items.${index}.minutes`);
  };
  return (
    <div className="field">
      <label htmlFor={id} className="visually-hidden">{t('preparation.agenda.minutesOf', { title })}</label>
      <input
        id={id}
        className="input input-number prep-minutes-input"
        inputMode="numeric"
        value={draft}
        onFocus={onFocus}
        onBlur={() => onBlur(!invalid)}
        onChange={(event) => change(event.target.value)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
      />
      {invalid ? <span id={`${id}-error`} className="field-error">{t('preparation.agenda.minutesRange', { max: MAX_AGENDA_ITEM_MINUTES })}</span> : null}
    </div>
  );
}
