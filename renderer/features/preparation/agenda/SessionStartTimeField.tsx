import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { AgendaSession } from '../../../../shared/domain';
import { parseClockTime } from '../../../../shared/logic/agenda';
import { DataValidationError, updateRecordContinuously } from '../../../data';
import { showToast } from '../../../components/toastStore';

/**
 * The session's start time. The browser's time input reports a value only once hours and minutes are
 * both there, and an empty one when cleared: cleared means "no start time yet", which is allowed.
 */
export function SessionStartTimeField({ session }: { session: AgendaSession }) {
  const { t } = useTranslation();
  const id = useId();
  const stored = session.startTime ?? '';
  const [draft, setDraft] = useState(stored);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) setDraft(stored);
  }, [stored]);

  const change = (value: string) => {
    setDraft(value);
    if (value !== '' && parseClockTime(value) === null) return;
    updateRecordContinuously('agendaSessions', session.id, { startTime: value === '' ? undefined : value }, t('preparation.undo.startTime'), 'startTime').catch(
      (reason: unknown) => {
        if (reason instanceof DataValidationError) showToast({ tone: 'error', message: i18next.t('fields.invalid') });
      },
    );
  };

  return (
    <div className="field prep-start-time">
      <label htmlFor={id}>{t('preparation.agenda.startTime')}</label>
      <input
        id={id}
        type="time"
        className="input"
        value={draft}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          setDraft(stored);
        }}
        onChange={(event) => change(event.target.value)}
      />
    </div>
  );
}
