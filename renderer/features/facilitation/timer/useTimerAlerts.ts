import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crossedMark } from '../../../../shared/logic/timer';
import { playTimerBeep } from './timerSound';
import { spokenDuration } from './timerFormat';
import type { TimerReading } from './useTimerClock';

/**
 * What a screen reader hears about the timer, politely and at moments that matter: started, paused,
 * reset, each five minutes, the last two minutes, 1 minute, 30 and 10 seconds, and time up. Time up
 * also beeps. The visible clock is not a live region: reading it every second would drown the room.
 * Only changes seen while mounted count, so opening a screen after the end stays quiet. `sound`
 * false keeps the beep to another window (the projector's, which the room hears).
 */
export function useTimerAlerts(reading: TimerReading, sound = true): string {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const previous = useRef(reading);
  const { state, remaining, done } = reading;

  useEffect(() => {
    const before = previous.current;
    previous.current = reading;
    if (before.state !== state) {
      // The stored timer changed: started, paused, reset or set to another length.
      if (state.status === 'running' && before.state.status !== 'running') {
        setMessage(t('facilitation.timer.announce.started', { time: spokenDuration(remaining, t) }));
      } else if (state.status === 'paused' && before.state.status === 'running') {
        setMessage(t('facilitation.timer.announce.paused', { time: spokenDuration(remaining, t) }));
      } else if (state.status === 'idle') {
        setMessage(t('facilitation.timer.announce.ready', { time: spokenDuration(state.durationMs, t) }));
      }
      return;
    }
    if (done && !before.done) {
      setMessage(t('facilitation.timer.announce.done'));
      if (sound) playTimerBeep();
      return;
    }
    const mark = crossedMark(state.durationMs, before.remaining, remaining);
    if (mark !== null) setMessage(t('facilitation.timer.announce.left', { time: spokenDuration(mark, t) }));
  }, [reading, state, remaining, done, sound, t]);

  return message;
}
