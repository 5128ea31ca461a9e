import { describe, expect, it } from 'vitest';
import {
  agendaTimeboxes,
  announcementMarks,
  clockParts,
  createTimer,
  crossedMark,
  currentTimebox,
  elapsedMs,
  findTimebox,
  isTimerDone,
  MAX_TIMER_MS,
  minutesToMs,
  pauseTimer,
  remainingMs,
  resetTimer,
  scheduledTimebox,
  startTimer,
  toggleTimer,
  type AgendaSessionForTimer,
} from '../../../../shared/logic/timer';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 8, 22, 9, 0, 0);

describe('minutesToMs', () => {
  it('turns typed minutes into whole seconds', () => {
    expect(minutesToMs(10)).toBe(10 * MINUTE);
    expect(minutesToMs(1.5)).toBe(90_000);
    expect(minutesToMs(0.25)).toBe(15_000);
    // 0.0166… minutes is one second once rounded.
    expect(minutesToMs(1 / 60 + 0.001)).toBe(1000);
  });

  it('refuses zero, negative, missing, non-finite and over-a-day values', () => {
    for (const value of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, 0.001, 24 * 60 + 1]) {
      expect(minutesToMs(value), String(value)).toBeNull();
    }
    expect(minutesToMs(24 * 60)).toBe(MAX_TIMER_MS);
  });
});

describe('a countdown on timestamps', () => {
  it('starts full, counts from the start time and reaches zero exactly at the end', () => {
    const timer = createTimer(5 * MINUTE);
    expect(timer.status).toBe('idle');
    expect(remainingMs(timer, T0 + 10 * MINUTE)).toBe(5 * MINUTE);
    const running = startTimer(timer, T0);
    expect(remainingMs(running, T0)).toBe(5 * MINUTE);
    expect(remainingMs(running, T0 + 61_500)).toBe(5 * MINUTE - 61_500);
    expect(isTimerDone(running, T0 + 5 * MINUTE - 1)).toBe(false);
    expect(isTimerDone(running, T0 + 5 * MINUTE)).toBe(true);
    // Long after the end it stays at zero, never negative.
    expect(remainingMs(running, T0 + 60 * MINUTE)).toBe(0);
    expect(elapsedMs(running, T0 + 60 * MINUTE)).toBe(5 * MINUTE);
  });

  it('pauses and resumes without losing or gaining time', () => {
    const running = startTimer(createTimer(10 * MINUTE), T0);
    const paused = pauseTimer(running, T0 + 3 * MINUTE);
    expect(paused.status).toBe('paused');
    // While paused the clock moves on but the timer does not.
    expect(remainingMs(paused, T0 + 30 * MINUTE)).toBe(7 * MINUTE);
    const resumed = startTimer(paused, T0 + 30 * MINUTE);
    expect(remainingMs(resumed, T0 + 31 * MINUTE)).toBe(6 * MINUTE);
    expect(isTimerDone(resumed, T0 + 37 * MINUTE)).toBe(true);
  });

  it('toggles between running and paused, and restarts a finished timer', () => {
    let timer = toggleTimer(createTimer(MINUTE), T0);
    expect(timer.status).toBe('running');
    timer = toggleTimer(timer, T0 + 20_000);
    expect(timer.status).toBe('paused');
    timer = toggleTimer(timer, T0 + 100_000);
    expect(timer.status).toBe('running');
    expect(isTimerDone(timer, T0 + 140_000)).toBe(true);
    // Pressing play on a finished timer runs the whole minute again.
    timer = toggleTimer(timer, T0 + 200_000);
    expect(timer.status).toBe('running');
    expect(remainingMs(timer, T0 + 200_000)).toBe(MINUTE);
  });

  it('resets to its full length, stopped, keeping its agenda item', () => {
    const source = { sessionId: 's1', itemIndex: 2 };
    const paused = pauseTimer(startTimer(createTimer(MINUTE, source), T0), T0 + 45_000);
    const reset = resetTimer(paused);
    expect(reset).toEqual({ durationMs: MINUTE, status: 'idle', runningSince: null, elapsedBeforeMs: 0, agendaSource: source });
    expect(isTimerDone(reset, T0 + 10 * MINUTE)).toBe(false);
  });

  it('ignores starting or pausing when there is nothing to do', () => {
    const empty = createTimer(0);
    expect(startTimer(empty, T0)).toBe(empty);
    expect(isTimerDone(empty, T0)).toBe(false);
    const idle = createTimer(MINUTE);
    expect(pauseTimer(idle, T0)).toBe(idle);
    const running = startTimer(idle, T0);
    expect(startTimer(running, T0 + 1000)).toBe(running);
  });

  it('never counts negative time when the clock is set back, and clamps bad lengths', () => {
    const running = startTimer(createTimer(MINUTE), T0);
    expect(remainingMs(running, T0 - 30 * MINUTE)).toBe(MINUTE);
    expect(createTimer(-5).durationMs).toBe(0);
    expect(createTimer(Number.NaN).durationMs).toBe(0);
    expect(createTimer(MAX_TIMER_MS * 3).durationMs).toBe(MAX_TIMER_MS);
    expect(createTimer(1500.4).durationMs).toBe(1500);
  });
});

describe('clockParts', () => {
  it('rounds up to the second so zero shows only when time is up', () => {
    expect(clockParts(0)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
    expect(clockParts(1)).toEqual({ hours: 0, minutes: 0, seconds: 1 });
    expect(clockParts(59_001)).toEqual({ hours: 0, minutes: 1, seconds: 0 });
    expect(clockParts(10 * MINUTE)).toEqual({ hours: 0, minutes: 10, seconds: 0 });
    expect(clockParts(90 * MINUTE + 5_000)).toEqual({ hours: 1, minutes: 30, seconds: 5 });
  });

  it('treats negative and non-finite times as zero', () => {
    expect(clockParts(-5000)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
    expect(clockParts(Number.NaN)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
  });
});

describe('screen-reader announcements', () => {
  it('marks every five minutes, then 2 min, 1 min, 30 s and 10 s, below the length only', () => {
    expect(announcementMarks(20 * MINUTE)).toEqual([15 * MINUTE, 10 * MINUTE, 5 * MINUTE, 2 * MINUTE, MINUTE, 30_000, 10_000]);
    expect(announcementMarks(MINUTE)).toEqual([30_000, 10_000]);
    expect(announcementMarks(5_000)).toEqual([]);
    expect(announcementMarks(0)).toEqual([]);
  });

  it('reports a mark once, when the remaining time passes it', () => {
    const duration = 10 * MINUTE;
    expect(crossedMark(duration, 5 * MINUTE + 200, 5 * MINUTE - 50)).toBe(5 * MINUTE);
    expect(crossedMark(duration, 5 * MINUTE - 50, 5 * MINUTE - 300)).toBeNull();
    expect(crossedMark(duration, 61_000, 60_000)).toBe(MINUTE);
    // Nothing while counting between marks, pausing (no change) or going back up (a restart).
    expect(crossedMark(duration, 4 * MINUTE, 3 * MINUTE)).toBeNull();
    expect(crossedMark(duration, 40_000, 40_000)).toBeNull();
    expect(crossedMark(duration, 0, duration)).toBeNull();
  });

  it('gives only the lowest mark when a sleeping tab skipped several, and leaves zero to the end signal', () => {
    expect(crossedMark(10 * MINUTE, 9 * MINUTE, 25_000)).toBe(30_000);
    expect(crossedMark(10 * MINUTE, 20_000, 0)).toBeNull();
  });
});

describe('agenda timeboxes', () => {
  const sessions: AgendaSessionForTimer[] = [
    {
      id: 'day2',
      title: 'Day 2',
      date: '2026-09-23',
      startTime: '09:00',
      order: 1,
      items: [
        { title: 'Lost deals', minutes: 90 },
        { title: 'Nothing planned', minutes: 0 },
        { title: 'Expenses', minutes: 60 },
      ],
    },
    {
      id: 'day1',
      title: 'Day 1',
      date: '2026-09-22',
      startTime: '09:00',
      order: 0,
      items: [
        { title: 'Welcome', minutes: 20 },
        { title: 'Questionnaire', minutes: 90 },
      ],
    },
    { id: 'open', title: 'Open day', date: '2026-09-24', startTime: null, order: 2, items: [{ title: 'Whatever', minutes: -5 }, { title: 'Review', minutes: 30 }] },
  ];

  it('lists items with a length in the order of the days, with their clock times', () => {
    const boxes = agendaTimeboxes(sessions);
    expect(boxes.map((box) => `${box.sessionTitle}/${box.itemTitle}/${box.minutes}/${box.startMinutes}-${box.endMinutes}`)).toEqual([
      'Day 1/Welcome/20/540-560',
      'Day 1/Questionnaire/90/560-650',
      'Day 2/Lost deals/90/540-630',
      'Day 2/Expenses/60/630-690',
      'Open day/Review/30/null-null',
    ]);
    // The index is the item's place in its session, empty items included, so it can be found again.
    expect(boxes[3]?.source).toEqual({ sessionId: 'day2', itemIndex: 2 });
    expect(agendaTimeboxes([])).toEqual([]);
  });

  it('finds the item the timer runs, and nothing once the agenda lost it', () => {
    const boxes = agendaTimeboxes(sessions);
    expect(findTimebox(boxes, { sessionId: 'day1', itemIndex: 1 })?.itemTitle).toBe('Questionnaire');
    expect(findTimebox(boxes, { sessionId: 'day1', itemIndex: 7 })).toBeNull();
    expect(findTimebox(boxes, null)).toBeNull();
  });

  it('finds the item planned for this moment, start included and end excluded', () => {
    const boxes = agendaTimeboxes(sessions);
    expect(scheduledTimebox(boxes, '2026-09-22', 540)?.itemTitle).toBe('Welcome');
    expect(scheduledTimebox(boxes, '2026-09-22', 559)?.itemTitle).toBe('Welcome');
    expect(scheduledTimebox(boxes, '2026-09-22', 560)?.itemTitle).toBe('Questionnaire');
    expect(scheduledTimebox(boxes, '2026-09-22', 650)).toBeNull();
    expect(scheduledTimebox(boxes, '2026-09-22', 500)).toBeNull();
    expect(scheduledTimebox(boxes, '2026-09-25', 560)).toBeNull();
    // Sessions without a start time have no clock times to match.
    expect(scheduledTimebox(boxes, '2026-09-24', 560)).toBeNull();
  });

  it('prefers the timer’s item over the clock', () => {
    const boxes = agendaTimeboxes(sessions);
    expect(currentTimebox(boxes, { sessionId: 'day2', itemIndex: 2 }, '2026-09-22', 545)?.itemTitle).toBe('Expenses');
    expect(currentTimebox(boxes, null, '2026-09-22', 545)?.itemTitle).toBe('Welcome');
    expect(currentTimebox(boxes, { sessionId: 'gone', itemIndex: 0 }, '2026-09-22', 545)?.itemTitle).toBe('Welcome');
    expect(currentTimebox([], null, '2026-09-22', 545)).toBeNull();
  });
});
