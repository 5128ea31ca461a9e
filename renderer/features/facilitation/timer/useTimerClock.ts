import { useEffect, useState } from 'react';
import { isTimerDone, remainingMs, type TimerState } from '../../../../shared/logic/timer';
import { useTimerState } from './timerStore';

/** How often a running timer re-reads the clock: well under a second, so no second is skipped. */
const TICK_MS = 200;

export interface TimerReading {
  state: TimerState;
  remaining: number;
  done: boolean;
  /** Counting down right now (started, not paused, not yet at zero). */
  running: boolean;
}

/**
 * The workshop's timer as of now. It re-renders while the timer runs, but every value is computed
 * from Date.now() and the stored timestamps, so a throttled tab is late to paint, never wrong.
 */
export function useTimerClock(workshopId: string): TimerReading {
  const state = useTimerState(workshopId);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (state.status !== 'running') return;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      // At zero nothing changes any more: stop re-rendering.
      if (remainingMs(state, current) === 0) clearInterval(interval);
    };
    const interval = setInterval(tick, TICK_MS);
    tick();
    return () => clearInterval(interval);
  }, [state]);

  const done = isTimerDone(state, now);
  return { state, remaining: remainingMs(state, now), done, running: state.status === 'running' && !done };
}
