import { createTimer, resetTimer, toggleTimer, type TimerAgendaSource } from '../../../../shared/logic/timer';
import { primeTimerSound } from './timerSound';
import { updateTimer } from './timerStore';

/** Start, pause or resume; called from a click or key press, which also lets the end beep play. */
export function toggleWorkshopTimer(workshopId: string): void {
  primeTimerSound();
  updateTimer(workshopId, (state) => toggleTimer(state, Date.now()));
}

export function resetWorkshopTimer(workshopId: string): void {
  updateTimer(workshopId, resetTimer);
}

/** A new length (and the agenda item it is for); the timer waits, stopped, for Start. */
export function setWorkshopTimer(workshopId: string, durationMs: number, agendaSource: TimerAgendaSource | null): void {
  updateTimer(workshopId, () => createTimer(durationMs, agendaSource));
}
