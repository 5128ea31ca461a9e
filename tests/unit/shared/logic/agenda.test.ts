import { describe, expect, it } from 'vitest';
import {
  agendaTotalMinutes,
  checklistGroupOf,
  clockReading,
  clockText,
  countRoster,
  countedMinutes,
  groupChecklist,
  isChecklistItemOverdue,
  missingChecklistKeys,
  moveListEntry,
  nextOrder,
  nextSessionDate,
  parseClockTime,
  removeListEntry,
  sessionTiming,
  splitDuration,
  summarizeReadiness,
} from '../../../../shared/logic/agenda';
import { PREPARATION_CHECKLIST_KEYS, type PreparationItemKey, type PreparationStatus } from '../../../../shared/domain';

const times = (timing: ReturnType<typeof sessionTiming>) =>
  timing.items.map((item) => (item.start && item.end ? `${clockText(item.start)}-${clockText(item.end)}` : null));

describe('clock times', () => {
  it('reads HH:MM and refuses anything else', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('09:30')).toBe(570);
    expect(parseClockTime('23:59')).toBe(1439);
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('9:30')).toBeNull();
    expect(parseClockTime('12:60')).toBeNull();
    expect(parseClockTime('')).toBeNull();
    expect(parseClockTime(undefined)).toBeNull();
    expect(parseClockTime(null)).toBeNull();
  });

  it('wraps past midnight into the next day', () => {
    expect(clockReading(0)).toEqual({ minutesOfDay: 0, dayOffset: 0 });
    expect(clockReading(1439)).toEqual({ minutesOfDay: 1439, dayOffset: 0 });
    expect(clockReading(1440)).toEqual({ minutesOfDay: 0, dayOffset: 1 });
    expect(clockReading(2 * 1440 + 75)).toEqual({ minutesOfDay: 75, dayOffset: 2 });
    expect(clockText(clockReading(1440 + 5))).toBe('00:05');
  });
});

describe('session timing', () => {
  it('runs the timeboxes back to back from the start time', () => {
    const timing = sessionTiming({ startTime: '09:00', items: [{ minutes: 20 }, { minutes: 90 }, { minutes: 45 }] });
    expect(timing.totalMinutes).toBe(155);
    expect(times(timing)).toEqual(['09:00-09:20', '09:20-10:50', '10:50-11:35']);
    expect(timing.end && clockText(timing.end)).toBe('11:35');
    expect(timing.end?.dayOffset).toBe(0);
  });

  it('ends when it starts when the session has no items', () => {
    const timing = sessionTiming({ startTime: '14:00', items: [] });
    expect(timing.totalMinutes).toBe(0);
    expect(timing.items).toEqual([]);
    expect(timing.end).toEqual(timing.start);
    expect(timing.end && clockText(timing.end)).toBe('14:00');
  });

  it('gives a 0-minute item no time of its own', () => {
    const timing = sessionTiming({ startTime: '10:00', items: [{ minutes: 30 }, { minutes: 0 }, { minutes: 15 }] });
    expect(times(timing)).toEqual(['10:00-10:30', '10:30-10:30', '10:30-10:45']);
    expect(timing.totalMinutes).toBe(45);
  });

  it('carries a late session over midnight into the next day', () => {
    const timing = sessionTiming({ startTime: '23:00', items: [{ minutes: 45 }, { minutes: 45 }] });
    expect(times(timing)).toEqual(['23:00-23:45', '23:45-00:30']);
    expect(timing.items[1]?.start?.dayOffset).toBe(0);
    expect(timing.items[1]?.end?.dayOffset).toBe(1);
    expect(timing.end).toEqual({ minutesOfDay: 30, dayOffset: 1 });
  });

  it('ends exactly at midnight as the start of the next day', () => {
    const timing = sessionTiming({ startTime: '22:00', items: [{ minutes: 120 }] });
    expect(timing.end).toEqual({ minutesOfDay: 0, dayOffset: 1 });
  });

  it('still adds up durations when the start time is missing', () => {
    for (const startTime of [undefined, null, '', 'later']) {
      const timing = sessionTiming({ startTime, items: [{ minutes: 60 }, { minutes: 30 }] });
      expect(timing.totalMinutes).toBe(90);
      expect(timing.start).toBeNull();
      expect(timing.end).toBeNull();
      expect(timing.items.map((item) => [item.minutes, item.start, item.end])).toEqual([
        [60, null, null],
        [30, null, null],
      ]);
    }
  });

  it('never lets a negative or broken duration pull the end before the start', () => {
    expect(countedMinutes(-15)).toBe(0);
    expect(countedMinutes(Number.NaN)).toBe(0);
    expect(countedMinutes(Number.POSITIVE_INFINITY)).toBe(0);
    expect(countedMinutes(null)).toBe(0);
    expect(countedMinutes(12.6)).toBe(13);
    const timing = sessionTiming({ startTime: '09:00', items: [{ minutes: -30 }, { minutes: 60 }] });
    expect(timing.totalMinutes).toBe(60);
    expect(times(timing)).toEqual(['09:00-09:00', '09:00-10:00']);
  });

  it('totals the whole agenda, and an empty agenda is zero', () => {
    expect(agendaTotalMinutes([])).toBe(0);
    expect(agendaTotalMinutes([{ items: [] }, { startTime: '09:00', items: [{ minutes: 90 }] }, { items: [{ minutes: 45 }, { minutes: 0 }] }])).toBe(135);
  });

  it('splits minutes into hours and minutes', () => {
    expect(splitDuration(0)).toEqual({ hours: 0, minutes: 0 });
    expect(splitDuration(45)).toEqual({ hours: 0, minutes: 45 });
    expect(splitDuration(60)).toEqual({ hours: 1, minutes: 0 });
    expect(splitDuration(335)).toEqual({ hours: 5, minutes: 35 });
    expect(splitDuration(-20)).toEqual({ hours: 0, minutes: 0 });
  });
});

describe('ordering lists by hand', () => {
  const list = ['a', 'b', 'c'];

  it('moves an entry up and down', () => {
    expect(moveListEntry(list, 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveListEntry(list, 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveListEntry(list, 0, 2)).toEqual(['b', 'c', 'a']);
  });

  it('leaves the order alone past either end, and never changes the original', () => {
    expect(moveListEntry(list, 0, -1)).toEqual(list);
    expect(moveListEntry(list, 2, 1)).toEqual(list);
    expect(moveListEntry(list, 5, -1)).toEqual(list);
    expect(moveListEntry([], 0, 1)).toEqual([]);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('removes one entry by position', () => {
    expect(removeListEntry(list, 1)).toEqual(['a', 'c']);
    expect(removeListEntry(list, 3)).toEqual(list);
    expect(removeListEntry([], 0)).toEqual([]);
  });

  it('puts a new record after every existing one', () => {
    expect(nextOrder([])).toBe(0);
    expect(nextOrder([{ order: 0 }, { order: 4 }, { order: 2 }])).toBe(5);
    expect(nextOrder([{ order: -3 }])).toBe(0);
    expect(nextOrder([{ order: 1.5 }, { order: Number.NaN }])).toBe(2.5);
  });

  it('plans a new session the day after the last one, or on the workshop date', () => {
    expect(nextSessionDate([], '2026-09-22')).toBe('2026-09-22');
    expect(nextSessionDate([{ date: '2026-10-06' }, { date: '2026-09-22' }], '2026-09-01')).toBe('2026-10-07');
    expect(nextSessionDate([{ date: '2026-12-31' }], '2026-09-01')).toBe('2027-01-01');
  });
});

describe('readiness checklist', () => {
  const item = (status: PreparationStatus, dueDate: string | null) => ({ status, dueDate });
  const today = '2026-11-22';

  it('flags open and started items whose due date has passed', () => {
    expect(isChecklistItemOverdue(item('open', '2026-11-21'), today)).toBe(true);
    expect(isChecklistItemOverdue(item('in_progress', '2025-01-01'), today)).toBe(true);
  });

  it('does not flag items due today or later, finished, not applicable, or without a date', () => {
    expect(isChecklistItemOverdue(item('open', today), today)).toBe(false);
    expect(isChecklistItemOverdue(item('open', '2026-11-23'), today)).toBe(false);
    expect(isChecklistItemOverdue(item('done', '2026-01-01'), today)).toBe(false);
    expect(isChecklistItemOverdue(item('not_applicable', '2026-01-01'), today)).toBe(false);
    expect(isChecklistItemOverdue(item('open', null), today)).toBe(false);
    expect(isChecklistItemOverdue(item('open', 'soon'), today)).toBe(false);
  });

  it('counts ready items against the ones that apply', () => {
    const summary = summarizeReadiness(
      [item('done', '2026-07-15'), item('done', null), item('in_progress', '2026-09-15'), item('open', '2026-12-11'), item('open', null), item('not_applicable', '2026-01-01')],
      today,
    );
    expect(summary).toEqual({ total: 6, applicable: 5, ready: 2, inProgress: 1, open: 2, notApplicable: 1, overdue: 1, fractionReady: 0.4 });
  });

  it('summarises an empty checklist, or one where nothing applies, as nothing ready', () => {
    expect(summarizeReadiness([], today)).toEqual({ total: 0, applicable: 0, ready: 0, inProgress: 0, open: 0, notApplicable: 0, overdue: 0, fractionReady: 0 });
    const setAside = summarizeReadiness([item('not_applicable', null)], today);
    expect(setAside.applicable).toBe(0);
    expect(setAside.fractionReady).toBe(0);
  });

  it('groups items by when the method says they apply, own items apart', () => {
    expect(checklistGroupOf('executive_sponsor')).toBe('before_workshop');
    expect(checklistGroupOf('process_and_mindset_changes')).toBe('before_workshop');
    expect(checklistGroupOf('element_of_delight')).toBe('after_workshop');
    expect(checklistGroupOf('custom')).toBe('custom');
    const keys: PreparationItemKey[] = ['custom', 'wider_demo', 'business_case', 'custom', 'executive_sponsor'];
    const groups = groupChecklist(keys.map((key, order) => ({ key, order })));
    expect(groups.before_workshop.map((entry) => entry.order)).toEqual([2, 4]);
    expect(groups.after_workshop.map((entry) => entry.order)).toEqual([1]);
    expect(groups.custom.map((entry) => entry.order)).toEqual([0, 3]);
    expect(groupChecklist([])).toEqual({ before_workshop: [], after_workshop: [], custom: [] });
  });

  it('knows which built-in items were deleted', () => {
    expect(missingChecklistKeys(PREPARATION_CHECKLIST_KEYS.map((key) => ({ key })))).toEqual([]);
    expect(missingChecklistKeys([{ key: 'custom' }])).toEqual([...PREPARATION_CHECKLIST_KEYS]);
    const withoutTwo = PREPARATION_CHECKLIST_KEYS.filter((key) => key !== 'business_case' && key !== 'wider_demo').map((key) => ({ key }));
    expect(missingChecklistKeys(withoutTwo)).toEqual(['business_case', 'wider_demo']);
  });
});

describe('participant roster', () => {
  it('counts people per side and per group', () => {
    const counts = countRoster([
      { side: 'client', expertGroup: true, implementationGroup: true },
      { side: 'client', expertGroup: false, implementationGroup: true },
      { side: 'external', expertGroup: true, implementationGroup: false },
      { side: 'ours', expertGroup: false, implementationGroup: false },
    ]);
    expect(counts).toEqual({ total: 4, bySide: { ours: 1, client: 2, external: 1 }, expertGroup: 2, implementationGroup: 2 });
  });

  it('counts an empty roster as zero everywhere', () => {
    expect(countRoster([])).toEqual({ total: 0, bySide: { ours: 0, client: 0, external: 0 }, expertGroup: 0, implementationGroup: 0 });
  });
});
