import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesToMs, type AgendaTimebox, type TimerAgendaSource } from '../../../../shared/logic/timer';
import { formatNumberForInput, parseNumberInput } from '../../../../shared/logic/numberInput';
import { Dialog } from '../../../components/Dialog';
import { formatMinutes } from './timerFormat';
import { setWorkshopTimer } from './timerActions';
import { useAgendaTimeboxes } from './useAgendaTimeboxes';
import { useTimerState } from './timerStore';

interface TimerSettingsDialogProps {
  open: boolean;
  onClose: () => void;
  workshopId: string;
  language: string;
}

const MS_PER_MINUTE = 60_000;

function sourceValue(source: TimerAgendaSource | null): string {
  return source ? `${source.sessionId}#${source.itemIndex}` : '';
}

/** Sessions in agenda order, each with its timeboxes, for the option groups of the picker. */
function groupBySession(timeboxes: readonly AgendaTimebox[]): { sessionId: string; title: string; timeboxes: AgendaTimebox[] }[] {
  const groups: { sessionId: string; title: string; timeboxes: AgendaTimebox[] }[] = [];
  for (const timebox of timeboxes) {
    const last = groups.at(-1);
    if (last && last.sessionId === timebox.source.sessionId) last.timeboxes.push(timebox);
    else groups.push({ sessionId: timebox.source.sessionId, title: timebox.sessionTitle, timeboxes: [timebox] });
  }
  return groups;
}

/** Sets the countdown: minutes typed by hand, or the timebox of an agenda item. */
export function TimerSettingsDialog({ open, onClose, workshopId, language }: TimerSettingsDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('facilitation.timer.settingsTitle')} size="sm">
      {/* Mounted only while open, so each opening starts from the timer as it is now. */}
      {open ? <TimerSettingsForm onClose={onClose} workshopId={workshopId} language={language} /> : null}
    </Dialog>
  );
}

function TimerSettingsForm({ onClose, workshopId, language }: Omit<TimerSettingsDialogProps, 'open'>) {
  const { t } = useTranslation();
  const timer = useTimerState(workshopId);
  const timeboxes = useAgendaTimeboxes(workshopId);
  const [minutesText, setMinutesText] = useState(() => formatNumberForInput(timer.durationMs / MS_PER_MINUTE, language));
  const [source, setSource] = useState<TimerAgendaSource | null>(timer.agendaSource);
  const [error, setError] = useState('');
  const ids = { minutes: useId(), hint: useId(), error: useId(), agenda: useId(), agendaHint: useId() };

  const chooseAgendaItem = (value: string) => {
    const timebox = timeboxes?.find((candidate) => sourceValue(candidate.source) === value);
    setSource(timebox ? timebox.source : null);
    if (timebox) {
      setMinutesText(formatNumberForInput(timebox.minutes, language));
      setError('');
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const durationMs = minutesToMs(parseNumberInput(minutesText, language));
    if (durationMs === null) {
      setError(t('facilitation.timer.minutesInvalid'));
      return;
    }
    setWorkshopTimer(workshopId, durationMs, source);
    onClose();
  };

  const groups = groupBySession(timeboxes ?? []);
  return (
    <form className="stack timer-settings" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.minutes}>{t('facilitation.timer.minutes')}</label>
        <input
          id={ids.minutes}
          className="input timer-minutes-input"
          inputMode="decimal"
          autoComplete="off"
          value={minutesText}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
          onChange={(event) => {
            setMinutesText(event.target.value);
            setError('');
          }}
        />
        <span id={ids.hint} className="field-hint">{t('facilitation.timer.minutesHint')}</span>
        {error ? <span id={ids.error} className="field-error" role="alert">{error}</span> : null}
      </div>
      <div className="field">
        <label htmlFor={ids.agenda}>{t('facilitation.timer.agendaItem')}</label>
        <select
          id={ids.agenda}
          className="select"
          value={sourceValue(source)}
          onChange={(event) => chooseAgendaItem(event.target.value)}
          aria-describedby={ids.agendaHint}
          disabled={groups.length === 0}
        >
          <option value="">{t('facilitation.timer.noAgendaItem')}</option>
          {groups.map((group) => (
            <optgroup key={group.sessionId} label={group.title || t('facilitation.timer.untitledSession')}>
              {group.timeboxes.map((timebox) => (
                <option key={sourceValue(timebox.source)} value={sourceValue(timebox.source)}>
                  {t('facilitation.timer.agendaOption', {
                    title: timebox.itemTitle || t('facilitation.timer.untitledItem'),
                    minutes: formatMinutes(timebox.minutes, language, t),
                  })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <span id={ids.agendaHint} className="field-hint">
          {groups.length === 0 ? t('facilitation.timer.agendaEmpty') : t('facilitation.timer.agendaHint')}
        </span>
      </div>
      <div className="dialog-footer dialog-footer-inline">
        <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" className="btn btn-primary">{t('facilitation.timer.apply')}</button>
      </div>
    </form>
  );
}
