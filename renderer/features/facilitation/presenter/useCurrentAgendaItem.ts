import { useEffect, useState } from 'react';
import { currentTimebox, type AgendaTimebox } from '../../../../shared/logic/timer';
import { todayIsoDate } from '../../../../shared/domain/primitives';
import { useTimerState } from '../timer/timerStore';
import { useAgendaTimeboxes } from '../timer/useAgendaTimeboxes';

const MINUTE_MS = 60_000;

function minutesOfDay(now: Date): number {
  return now.getHours() * 60 + now.getMinutes();
}

/**
 * The agenda item the room is on: the one whose timebox the timer runs, otherwise the one the plan
 * puts at this minute of today (looked at again every minute).
 */
export function useCurrentAgendaItem(workshopId: string): AgendaTimebox | null {
  const timeboxes = useAgendaTimeboxes(workshopId);
  const timer = useTimerState(workshopId);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const interval = setInterval(() => setNow(new Date()), MINUTE_MS);
    return () => clearInterval(interval);
  }, []);
  if (!timeboxes) return null;
  return currentTimebox(timeboxes, timer.agendaSource, todayIsoDate(now), minutesOfDay(now));
}
