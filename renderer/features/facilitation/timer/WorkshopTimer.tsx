import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BellRing, Pause, Play, RotateCcw, Timer } from 'lucide-react';
import { formatClock } from './timerFormat';
import { resetWorkshopTimer, toggleWorkshopTimer } from './timerActions';
import { TimerSettingsDialog } from './TimerSettingsDialog';
import { useTimerAlerts } from './useTimerAlerts';
import { useTimerClock } from './useTimerClock';
import './timer.css';

interface WorkshopTimerProps {
  workshopId: string;
  /** The workshop's language: the digits follow it. */
  language: string;
  /** 'shell' in the workshop's side column; 'presenter' larger still, on the projector. */
  variant: 'shell' | 'presenter';
  /** False while another window (the projector's) shows the same timer and beeps for the room. */
  sound?: boolean;
}

/**
 * The facilitator's countdown: large digits, start/pause, reset and a way to set its length, the same
 * in the editor's toolbar and on the projector. At zero it flashes (a steady highlight for people who
 * asked for reduced motion), beeps and says so.
 */
export function WorkshopTimer({ workshopId, language, variant, sound = true }: WorkshopTimerProps) {
  const { t } = useTranslation();
  const reading = useTimerClock(workshopId);
  const announcement = useTimerAlerts(reading, sound);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const iconSize = variant === 'presenter' ? 28 : 18;
  const { state, remaining, done, running } = reading;
  const statusClass = done ? ' timer-done' : running ? ' timer-running' : state.status === 'paused' ? ' timer-paused' : '';
  const toggleLabel = running ? t('facilitation.timer.pause') : state.status === 'paused' ? t('facilitation.timer.resume') : t('facilitation.timer.start');

  return (
    <div className={`timer timer-${variant}${statusClass}`} role="group" aria-label={t('facilitation.timer.group')} data-testid={`timer-${variant}`}>
      <span className="timer-face">
        <span role="timer" className="timer-clock" data-testid="timer-clock">{formatClock(remaining, language)}</span>
        {done ? (
          <span className="timer-state-label">
            <BellRing size={variant === 'presenter' ? 24 : 16} aria-hidden="true" /> {t('facilitation.timer.doneLabel')}
          </span>
        ) : null}
        {state.status === 'paused' && !done ? <span className="timer-state-label">{t('facilitation.timer.pausedLabel')}</span> : null}
      </span>
      <button type="button" className="btn btn-icon timer-button" onClick={() => toggleWorkshopTimer(workshopId)} aria-label={toggleLabel} title={toggleLabel}>
        {running ? <Pause size={iconSize} aria-hidden="true" /> : <Play size={iconSize} aria-hidden="true" />}
      </button>
      <button
        type="button"
        className="btn btn-icon timer-button"
        onClick={() => resetWorkshopTimer(workshopId)}
        aria-label={t('facilitation.timer.reset')}
        title={t('facilitation.timer.reset')}
        disabled={state.status === 'idle'}
      >
        <RotateCcw size={iconSize} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="btn btn-icon timer-button"
        onClick={() => setSettingsOpen(true)}
        aria-label={t('facilitation.timer.set')}
        title={t('facilitation.timer.set')}
        aria-haspopup="dialog"
      >
        <Timer size={iconSize} aria-hidden="true" />
      </button>
      <span className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{announcement}</span>
      <TimerSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} workshopId={workshopId} language={language} />
    </div>
  );
}
