import { describe, expect, it } from 'vitest';
import {
  carriedOverCheckIn,
  compareNewestFirst,
  daysBetween,
  isMilestoneOverdue,
  isoWeekOf,
  latestUpdateByInitiative,
  orderForCheckIn,
  overdueMilestones,
  summarizeImplementation,
  upcomingMilestones,
  updateOfWeek,
  updatesOfInitiative,
  walkPosition,
  weekKeyOf,
  wholePercent,
  type CheckInUpdate,
  type TrackedMilestone,
} from '../../../../shared/logic/implementation';

function update(id: string, initiativeId: string, date: string, rag: CheckInUpdate['rag'] = 'green', percentDone = 0): CheckInUpdate {
  return { id, initiativeId, date, rag, percentDone };
}

function milestone(id: string, date: string, done = false): TrackedMilestone {
  return { id, date, done };
}

describe('ISO weeks', () => {
  it('start on Monday and end on Sunday', () => {
    expect(isoWeekOf('2026-11-22')).toEqual({ key: '2026-W47', year: 2026, week: 47, start: '2026-11-16', end: '2026-11-22' });
    expect(weekKeyOf('2026-11-16')).toBe('2026-W47');
    expect(weekKeyOf('2026-11-23')).toBe('2026-W48');
  });

  it('belong to the year of their Thursday across new year', () => {
    // 2021-01-03 is a Sunday in the last week of 2020, which had 53 weeks.
    expect(weekKeyOf('2021-01-03')).toBe('2020-W53');
    expect(weekKeyOf('2021-01-04')).toBe('2021-W01');
    // 2024-12-30 is a Monday whose Thursday is 2 January 2025.
    expect(isoWeekOf('2024-12-30')).toMatchObject({ key: '2025-W01', start: '2024-12-30', end: '2025-01-05' });
    expect(weekKeyOf('2026-01-01')).toBe('2026-W01');
    expect(weekKeyOf('2026-12-31')).toBe('2026-W53');
  });

  it('handle dates before 1970 and leap days', () => {
    expect(weekKeyOf('1969-12-31')).toBe('1970-W01');
    expect(weekKeyOf('2028-02-29')).toBe('2028-W09');
  });

  it('are null for dates that are not real', () => {
    expect(weekKeyOf('2026-02-30')).toBeNull();
    expect(weekKeyOf('')).toBeNull();
    expect(isoWeekOf('next week')).toBeNull();
  });
});

describe('latest updates and history', () => {
  const updates = [
    update('a1', 'crm', '2026-11-06', 'green', 10),
    update('a3', 'crm', '2026-11-20', 'amber', 22),
    update('a2', 'crm', '2026-11-13', 'amber', 15),
    update('b1', 'loss', '2026-11-13', 'red', 25),
    update('x', 'loss', 'not a date', 'green', 99),
  ];

  it('lists one initiative newest first, unreadable dates last', () => {
    expect(updatesOfInitiative(updates, 'crm').map((entry) => entry.id)).toEqual(['a3', 'a2', 'a1']);
    expect(updatesOfInitiative(updates, 'loss').map((entry) => entry.id)).toEqual(['b1', 'x']);
    expect(updatesOfInitiative(updates, 'nothing')).toEqual([]);
  });

  it('keeps the latest dated update of each initiative', () => {
    const latest = latestUpdateByInitiative(updates);
    expect(latest.get('crm')?.id).toBe('a3');
    expect(latest.get('loss')?.id).toBe('b1');
    expect(latest.size).toBe(2);
    expect(latestUpdateByInitiative([]).size).toBe(0);
  });

  it('breaks a tie on one day the same way every time', () => {
    const sameDay = [update('m', 'crm', '2026-11-20'), update('z', 'crm', '2026-11-20'), update('c', 'crm', '2026-11-20')];
    expect(latestUpdateByInitiative(sameDay).get('crm')?.id).toBe('z');
    expect(latestUpdateByInitiative([...sameDay].reverse()).get('crm')?.id).toBe('z');
    expect([...sameDay].sort(compareNewestFirst).map((entry) => entry.id)).toEqual(['z', 'm', 'c']);
  });

  it("finds this week's update to edit instead of adding another", () => {
    expect(updateOfWeek(updates, 'crm', '2026-11-22')?.id).toBe('a3');
    expect(updateOfWeek(updates, 'crm', '2026-11-16')?.id).toBe('a3');
    expect(updateOfWeek(updates, 'crm', '2026-11-23')).toBeNull();
    expect(updateOfWeek(updates, 'loss', '2026-11-22')).toBeNull();
    expect(updateOfWeek(updates, 'crm', 'garbage')).toBeNull();
    expect(updateOfWeek([], 'crm', '2026-11-22')).toBeNull();
  });
});

describe('percent done', () => {
  it('is a whole number between 0 and 100', () => {
    expect(wholePercent(0)).toBe(0);
    expect(wholePercent(42.5)).toBe(43);
    expect(wholePercent(42.49)).toBe(42);
    expect(wholePercent(-5)).toBe(0);
    expect(wholePercent(140)).toBe(100);
    expect(wholePercent(null)).toBeNull();
    expect(wholePercent(undefined)).toBeNull();
    expect(wholePercent(Number.NaN)).toBeNull();
  });

  it('carries status and progress into a new check-in, not the words', () => {
    expect(carriedOverCheckIn(null)).toEqual({ rag: 'green', percentDone: 0 });
    expect(carriedOverCheckIn(undefined)).toEqual({ rag: 'green', percentDone: 0 });
    expect(carriedOverCheckIn({ rag: 'red', percentDone: 37.6 })).toEqual({ rag: 'red', percentDone: 38 });
    expect(carriedOverCheckIn({ rag: 'amber', percentDone: 0 })).toEqual({ rag: 'amber', percentDone: 0 });
  });
});

describe('overdue milestones', () => {
  const today = '2026-11-22';

  it('are open milestones whose day is before today', () => {
    expect(isMilestoneOverdue(milestone('m', '2026-11-21'), today)).toBe(true);
    expect(isMilestoneOverdue(milestone('m', '2026-11-22'), today)).toBe(false);
    expect(isMilestoneOverdue(milestone('m', '2026-11-21', true), today)).toBe(false);
    expect(isMilestoneOverdue(milestone('m', '2026-02-30'), today)).toBe(false);
    expect(isMilestoneOverdue(milestone('m', '2026-11-21'), 'not a date')).toBe(false);
  });

  it('are listed the longest overdue first', () => {
    const list = [milestone('b', '2026-11-13'), milestone('a', '2026-10-01'), milestone('c', '2026-11-20', true), milestone('d', '2027-01-01')];
    expect(overdueMilestones(list, today).map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(overdueMilestones([], today)).toEqual([]);
  });

  it('count days in the calendar, across month ends', () => {
    expect(daysBetween('2026-11-13', '2026-11-22')).toBe(9);
    expect(daysBetween('2026-11-22', '2026-11-13')).toBe(-9);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-11-22', '2026-11-22')).toBe(0);
    expect(daysBetween('x', '2026-11-22')).toBeNull();
  });

  it('leave the open ones due soon to the upcoming list', () => {
    const list = [milestone('today', today), milestone('late', '2026-11-01'), milestone('soon', '2026-12-01'), milestone('far', '2027-03-01'), milestone('doneSoon', '2026-11-30', true)];
    expect(upcomingMilestones(list, today, 14).map((entry) => entry.id)).toEqual(['today', 'soon']);
    expect(upcomingMilestones(list, today, 0).map((entry) => entry.id)).toEqual(['today']);
    expect(upcomingMilestones([], today, 14)).toEqual([]);
  });
});

describe('walking the initiatives', () => {
  it('follows the plan order, then start date and title', () => {
    const initiatives = [
      { id: '3', title: 'Bravo', start: '2026-11-01', order: 1 },
      { id: '1', title: 'Zulu', start: '2026-12-01', order: 0 },
      { id: '2', title: 'Alpha', start: '2026-11-01', order: 1 },
      { id: '4', title: 'Alpha', start: '2026-10-01', order: 1 },
    ];
    expect(orderForCheckIn(initiatives).map((initiative) => initiative.id)).toEqual(['1', '4', '2', '3']);
    expect(orderForCheckIn([])).toEqual([]);
  });

  it('knows the neighbours of the current one', () => {
    expect(walkPosition(['a', 'b', 'c'], 'b')).toEqual({ index: 1, count: 3, currentId: 'b', previousId: 'a', nextId: 'c' });
    expect(walkPosition(['a', 'b', 'c'], 'a')).toMatchObject({ previousId: null, nextId: 'b' });
    expect(walkPosition(['a', 'b', 'c'], 'c')).toMatchObject({ index: 2, previousId: 'b', nextId: null });
  });

  it('falls back to the first initiative when the wanted one is gone, and to nothing when there is none', () => {
    expect(walkPosition(['a', 'b'], 'deleted')).toMatchObject({ index: 0, currentId: 'a', nextId: 'b' });
    expect(walkPosition(['a', 'b'], null)).toMatchObject({ index: 0, currentId: 'a' });
    expect(walkPosition([], 'a')).toEqual({ index: 0, count: 0, currentId: null, previousId: null, nextId: null });
  });
});

describe('the implementation summary', () => {
  const today = '2026-11-22';
  const initiatives = [{ id: 'crm' }, { id: 'loss' }, { id: 'price' }, { id: 'new' }];

  it('counts the latest status per initiative, this week and overdue milestones', () => {
    const updates = [
      update('1', 'crm', '2026-11-13', 'red', 10),
      update('2', 'crm', '2026-11-20', 'amber', 22),
      update('3', 'loss', '2026-11-13', 'red', 25),
      update('4', 'price', '2026-11-16', 'green', 30),
      update('5', 'deleted-initiative', '2026-11-20', 'red', 90),
    ];
    const summary = summarizeImplementation(initiatives, updates, [milestone('a', '2026-11-13'), milestone('b', '2026-11-13', true), milestone('c', '2026-12-01')], today);
    expect(summary).toEqual({
      initiatives: 4,
      checkedInThisWeek: 2,
      byRag: { green: 1, amber: 1, red: 1, none: 1 },
      overdueMilestones: 1,
      averagePercentDone: (22 + 25 + 30) / 3,
    });
  });

  it('is all zeros for an empty plan, with no average rather than a made-up zero', () => {
    expect(summarizeImplementation([], [], [], today)).toEqual({
      initiatives: 0,
      checkedInThisWeek: 0,
      byRag: { green: 0, amber: 0, red: 0, none: 0 },
      overdueMilestones: 0,
      averagePercentDone: null,
    });
    expect(summarizeImplementation(initiatives, [], [], today).byRag.none).toBe(4);
  });

  it('averages whole percentages, a 0 % initiative included', () => {
    const updates = [update('1', 'crm', '2026-11-20', 'green', 0), update('2', 'loss', '2026-11-20', 'green', 33.4)];
    expect(summarizeImplementation(initiatives, updates, [], today).averagePercentDone).toBe(16.5);
  });

  it('counts nothing as this week when today is not a real date', () => {
    expect(summarizeImplementation(initiatives, [update('1', 'crm', '2026-11-20')], [], 'garbage').checkedInThisWeek).toBe(0);
  });
});
