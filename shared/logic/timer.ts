import { countedMinutes, sessionTiming } from './agenda';

/**
 * The facilitator's countdown, kept as timestamps rather than as a number that a ticking interval
 * decrements: a busy or sleeping tab, a second window or a reload all read the same remaining time
 * from the clock. Every function is pure; callers pass `now` (Date.now()).
 */

export type TimerStatus = 'idle' | 'running' | 'paused';

/** Where a timebox came from: an item of an agenda session. */
export interface TimerAgendaSource {
  sessionId: string;
  itemIndex: number;
}

export interface TimerState {
  durationMs: number;
  status: TimerStatus;
  /** When the current running stretch began (epoch ms); null unless running. */
  runningSince: number | null;
  /** Time counted in earlier stretches, before the last pause. */
  elapsedBeforeMs: number;
  /** The agenda item whose timebox this is; null for a timer set by hand. */
  agendaSource: TimerAgendaSource | null;
}

export const DEFAULT_TIMER_MINUTES = 10;
/** A countdown longer than a day is a typing error, as with agenda timeboxes. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

function clampDuration(durationMs: number): number {
  if (!Number.isFinite(durationMs) || durationMs <= 0) return 0;
  return Math.min(MAX_TIMER_MS, Math.round(durationMs));
}

export function createTimer(durationMs: number = DEFAULT_TIMER_MINUTES * MINUTE_MS, agendaSource: TimerAgendaSource | null = null): TimerState {
  return { durationMs: clampDuration(durationMs), status: 'idle', runningSince: null, elapsedBeforeMs: 0, agendaSource };
}

/**
 * Milliseconds for a number of minutes typed by a person, to the whole second; null when it cannot
 * be a countdown (missing, zero, negative, not a number, longer than a day).
 */
export function minutesToMs(minutes: number | null | undefined): number | null {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) return null;
  const ms = Math.round(minutes * 60) * SECOND_MS;
  if (ms <= 0 || ms > MAX_TIMER_MS) return null;
  return ms;
}

/** Time counted so far, never below zero (a clock set back) nor above the duration. */
export function elapsedMs(state: TimerState, now: number): number {
  const stretch = state.status === 'running' && state.runningSince !== null ? Math.max(0, now - state.runningSince) : 0;
  const total = Math.max(0, state.elapsedBeforeMs) + stretch;
  return Math.min(state.durationMs, total);
}

export function remainingMs(state: TimerState, now: number): number {
  return Math.max(0, state.durationMs - elapsedMs(state, now));
}

/** Done: it was started and has run its whole length (an unstarted timer is never done). */
export function isTimerDone(state: TimerState, now: number): boolean {
  return state.status !== 'idle' && state.durationMs > 0 && remainingMs(state, now) === 0;
}

/**
 * Starts or resumes. A timer that already reached zero starts over from its full length; one with no
 * length stays as it is, there is nothing to count down.
 */
export function startTimer(state: TimerState, now: number): TimerState {
  if (state.durationMs <= 0) return state;
  if (isTimerDone(state, now) || state.status === 'idle') {
    return { ...state, status: 'running', runningSince: now, elapsedBeforeMs: 0 };
  }
  if (state.status === 'running') return state;
  return { ...state, status: 'running', runningSince: now };
}

/** Pauses, keeping the time counted so far. Pausing a stopped timer changes nothing. */
export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state;
  return { ...state, status: 'paused', runningSince: null, elapsedBeforeMs: elapsedMs(state, now) };
}

/** Back to the full length, stopped; the length and its agenda item stay. */
export function resetTimer(state: TimerState): TimerState {
  return { ...state, status: 'idle', runningSince: null, elapsedBeforeMs: 0 };
}

/** The one play/pause button: pause a running timer, start anything else. */
export function toggleTimer(state: TimerState, now: number): TimerState {
  return state.status === 'running' && !isTimerDone(state, now) ? pauseTimer(state, now) : startTimer(state, now);
}

export interface ClockParts {
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * Whole hours, minutes and seconds of a remaining time, rounded up: "0:01" shows until the very end,
 * and "0:00" only once the time is really up.
 */
export function clockParts(ms: number): ClockParts {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / SECOND_MS) : 0;
  return { hours: Math.floor(totalSeconds / 3600), minutes: Math.floor((totalSeconds % 3600) / 60), seconds: totalSeconds % 60 };
}

// ---- When to tell a screen reader how much time is left ----

/** Fixed marks near the end; above them, every five minutes. */
const FINAL_MARKS_MS = [2 * MINUTE_MS, MINUTE_MS, 30 * SECOND_MS, 10 * SECOND_MS];
const EVERY_MS = 5 * MINUTE_MS;

/**
 * The remaining times worth announcing for a countdown, largest first: each five minutes, then two
 * minutes, one minute, 30 and 10 seconds. Marks at or above the duration are left out, since the
 * start is announced anyway.
 */
export function announcementMarks(durationMs: number): number[] {
  const marks = new Set<number>(FINAL_MARKS_MS);
  for (let mark = EVERY_MS; mark < durationMs; mark += EVERY_MS) marks.add(mark);
  return [...marks].filter((mark) => mark < durationMs).sort((a, b) => b - a);
}

/**
 * The mark a countdown passed between two readings of its remaining time, or null. When a sleeping
 * tab skipped several, only the lowest is returned: that is the one still true. Zero is not a mark;
 * the end is announced on its own.
 */
export function crossedMark(durationMs: number, remainingBefore: number, remainingAfter: number): number | null {
  if (!(remainingAfter < remainingBefore)) return null;
  const crossed = announcementMarks(durationMs).filter((mark) => remainingAfter <= mark && mark < remainingBefore && remainingAfter > 0);
  return crossed.length === 0 ? null : Math.min(...crossed);
}

// ---- Timeboxes from the agenda ----

export interface AgendaSessionForTimer {
  id: string;
  title: string;
  date: string;
  startTime?: string | null;
  order: number;
  items: readonly { title: string; minutes: number }[];
}

export interface AgendaTimebox {
  source: TimerAgendaSource;
  sessionTitle: string;
  itemTitle: string;
  minutes: number;
  date: string;
  /** Minutes after the session day's midnight; null when the session has no start time. */
  startMinutes: number | null;
  endMinutes: number | null;
}

/** Every agenda item with a length, in the order of the day: by date, then the planned order. */
export function agendaTimeboxes(sessions: readonly AgendaSessionForTimer[]): AgendaTimebox[] {
  const ordered = [...sessions].sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));
  return ordered.flatMap((session) => {
    const timing = sessionTiming(session);
    return session.items.flatMap((item, itemIndex): AgendaTimebox[] => {
      const minutes = countedMinutes(item.minutes);
      if (minutes === 0) return [];
      const timed = timing.items[itemIndex];
      const toMinutes = (reading: { minutesOfDay: number; dayOffset: number } | null | undefined) =>
        reading ? reading.dayOffset * 24 * 60 + reading.minutesOfDay : null;
      return [
        {
          source: { sessionId: session.id, itemIndex },
          sessionTitle: session.title,
          itemTitle: item.title,
          minutes,
          date: session.date,
          startMinutes: toMinutes(timed?.start),
          endMinutes: toMinutes(timed?.end),
        },
      ];
    });
  });
}

export function sameAgendaSource(a: TimerAgendaSource | null, b: TimerAgendaSource | null): boolean {
  return a !== null && b !== null && a.sessionId === b.sessionId && a.itemIndex === b.itemIndex;
}

/** The timebox an agenda source points at, if the agenda still has it. */
export function findTimebox(timeboxes: readonly AgendaTimebox[], source: TimerAgendaSource | null): AgendaTimebox | null {
  return timeboxes.find((timebox) => sameAgendaSource(timebox.source, source)) ?? null;
}

/** The timebox the plan puts at this moment: today's session, started and not yet over. */
export function scheduledTimebox(timeboxes: readonly AgendaTimebox[], today: string, minutesOfDay: number): AgendaTimebox | null {
  return (
    timeboxes.find(
      (timebox) =>
        timebox.date === today &&
        timebox.startMinutes !== null &&
        timebox.endMinutes !== null &&
        timebox.startMinutes <= minutesOfDay &&
        minutesOfDay < timebox.endMinutes,
    ) ?? null
  );
}

/**
 * The agenda item the room is on: the one whose timebox the timer runs, else the one the plan puts
 * at this moment, else none.
 */
export function currentTimebox(
  timeboxes: readonly AgendaTimebox[],
  timerSource: TimerAgendaSource | null,
  today: string,
  minutesOfDay: number,
): AgendaTimebox | null {
  return findTimebox(timeboxes, timerSource) ?? scheduledTimebox(timeboxes, today, minutesOfDay);
}
