import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  layoutRoadmap,
  roadmapWindowFor,
  splitWindowByMonths,
  widenWindowByMonths,
  type LayoutInitiative,
  type LayoutMilestone,
  type RoadmapLayout,
} from '../../../../shared/logic/roadmapLayout';

let nextId = 0;
function initiative(start: string, end: string, fields: Partial<LayoutInitiative> = {}): LayoutInitiative {
  nextId += 1;
  return { id: `i${nextId}`, title: `Initiative ${nextId}`, workstream: 'Sales', status: 'on_track', order: nextId, start, end, ...fields };
}
function milestone(initiativeId: string, date: string, fields: Partial<LayoutMilestone> = {}): LayoutMilestone {
  nextId += 1;
  return { id: `m${nextId}`, initiativeId, title: `Milestone ${nextId}`, date, done: false, ...fields };
}

const YEAR_2027 = { start: '2027-01-01', end: '2027-12-31' };

/** No two bars in the same lane and row share a day. */
function expectNoOverlaps(layout: RoadmapLayout): void {
  for (const lane of layout.lanes) {
    for (const bar of lane.bars) {
      for (const other of lane.bars) {
        if (bar === other || bar.row !== other.row) continue;
        expect(bar.x1 <= other.x0 + 1e-9 || other.x1 <= bar.x0 + 1e-9, `${bar.initiative.id} overlaps ${other.initiative.id}`).toBe(true);
      }
    }
  }
}

describe('layoutRoadmap', () => {
  it('draws nothing for an empty roadmap, but still has its axis', () => {
    const layout = layoutRoadmap([], [], YEAR_2027, { today: '2027-07-02' });
    expect(layout.lanes).toEqual([]);
    expect(layout.months).toHaveLength(12);
    expect(layout.quarters.map((quarter) => quarter.index)).toEqual([1, 2, 3, 4]);
    expect(layout.days).toBe(365);
    expect(layout.todayX).toBeCloseTo((181 + 0.5) / 365);
    expect(roadmapWindowFor([], [])).toBeNull();
  });

  it('gives a one-day initiative exactly one day of width', () => {
    const layout = layoutRoadmap([initiative('2027-03-10', '2027-03-10')], [], YEAR_2027);
    const bar = layout.lanes[0]?.bars[0];
    expect((bar?.x1 ?? 0) - (bar?.x0 ?? 0)).toBeCloseTo(1 / 365);
    expect(bar?.x0).toBeCloseTo(68 / 365);
  });

  it('draws an end before the start as a flagged one-day bar instead of a negative one', () => {
    const layout = layoutRoadmap([initiative('2027-05-10', '2027-05-01')], [], YEAR_2027);
    const bar = layout.lanes[0]?.bars[0];
    expect(bar?.datesInverted).toBe(true);
    expect((bar?.x1 ?? 0) - (bar?.x0 ?? 0)).toBeCloseTo(1 / 365);
  });

  it('stacks overlapping initiatives into as few rows as the busiest day needs', () => {
    const initiatives = [
      initiative('2027-01-01', '2027-03-31'),
      initiative('2027-02-01', '2027-04-30'),
      initiative('2027-03-01', '2027-05-31'),
      initiative('2027-04-01', '2027-06-30'),
      initiative('2027-06-01', '2027-08-31'),
      initiative('2027-01-15', '2027-12-31'),
    ];
    const layout = layoutRoadmap(initiatives, [], YEAR_2027);
    expectNoOverlaps(layout);
    // 15 March: the first three and the year-long one overlap.
    expect(layout.lanes[0]?.rowCount).toBe(4);
  });

  it('packs a hundred random initiatives without a single overlap', () => {
    const many = Array.from({ length: 100 }, (_, index) => {
      const startDay = (index * 37) % 330;
      const start = new Date(Date.UTC(2027, 0, 1 + startDay)).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(2027, 0, 1 + startDay + ((index * 13) % 40))).toISOString().slice(0, 10);
      return initiative(start, end, { workstream: ['A', 'B', 'C'][index % 3] ?? 'A' });
    });
    const layout = layoutRoadmap(many, [], YEAR_2027);
    expectNoOverlaps(layout);
    expect(layout.lanes.flatMap((lane) => lane.bars)).toHaveLength(100);
  });

  it('keeps a bar row free for as long as its label needs', () => {
    const first = initiative('2027-01-01', '2027-01-05');
    const second = initiative('2027-01-10', '2027-01-20');
    const tight = layoutRoadmap([first, second], [], YEAR_2027);
    expect(tight.lanes[0]?.rowCount).toBe(1);
    const withLabels = layoutRoadmap([first, second], [], YEAR_2027, { labelDays: () => 30 });
    expect(withLabels.lanes[0]?.rowCount).toBe(2);
    expect(withLabels.lanes[0]?.bars[0]?.labelX).toBe(withLabels.lanes[0]?.bars[0]?.x0);
  });

  it('moves a label that would run off the end of the window to the left, and keeps it clear of other bars', () => {
    const early = initiative('2027-11-20', '2027-11-25');
    const late = initiative('2027-12-20', '2027-12-31');
    const layout = layoutRoadmap([early, late], [], YEAR_2027, { labelDays: () => 30 });
    const lateBar = layout.lanes[0]?.bars.find((bar) => bar.initiative.id === late.id);
    // The label covers the last 30 days of the year: 2 to 31 December.
    expect(lateBar?.labelX).toBeCloseTo(335 / 365);
    expectNoOverlaps(layout);
    // The early bar's label runs into December, so the late one needs a second row.
    expect(layout.lanes[0]?.rowCount).toBe(2);
  });

  it('gives each workstream a lane, in the order of its first initiative, and blank workstreams one lane', () => {
    const layout = layoutRoadmap(
      [
        initiative('2027-01-01', '2027-02-01', { workstream: 'Pricing', order: 2 }),
        initiative('2027-01-01', '2027-02-01', { workstream: ' CRM ', order: 1 }),
        initiative('2027-01-01', '2027-02-01', { workstream: '', order: 3 }),
        initiative('2027-03-01', '2027-04-01', { workstream: 'CRM', order: 4 }),
        initiative('2027-03-01', '2027-04-01', { workstream: '  ', order: 5 }),
      ],
      [],
      YEAR_2027,
    );
    expect(layout.lanes.map((lane) => [lane.workstream, lane.bars.length])).toEqual([
      ['CRM', 2],
      ['Pricing', 1],
      ['', 2],
    ]);
  });

  it('clips bars to the window, marks the cut ends and hides what is wholly outside', () => {
    const runningOn = initiative('2026-10-01', '2027-02-28');
    const after = initiative('2028-01-01', '2028-02-01');
    const layout = layoutRoadmap([runningOn, after], [], YEAR_2027);
    const bar = layout.lanes[0]?.bars[0];
    expect(bar).toMatchObject({ clippedStart: true, clippedEnd: false, x0: 0 });
    expect(bar?.x1).toBeCloseTo(59 / 365);
    expect(layout.outsideInitiativeIds).toEqual([after.id]);
    expect(layout.unreadableInitiativeIds).toEqual([]);
    expect(layoutRoadmap([runningOn], [], YEAR_2027, { today: '2026-12-31' }).todayX).toBeNull();
  });

  it('puts milestones on their initiative row at the middle of their day, and drops those outside the window', () => {
    const first = initiative('2027-01-01', '2027-06-30');
    const second = initiative('2027-02-01', '2027-03-31');
    const inside = milestone(second.id, '2027-03-01');
    const outside = milestone(second.id, '2028-03-01');
    const orphan = milestone('nobody', '2027-03-01');
    const layout = layoutRoadmap([first, second], [inside, outside, orphan], YEAR_2027);
    const marks = layout.lanes[0]?.milestones ?? [];
    expect(marks.map((mark) => mark.milestone.id)).toEqual([inside.id]);
    expect(marks[0]?.row).toBe(1);
    expect(marks[0]?.x).toBeCloseTo((59 + 0.5) / 365);
  });

  it('skips initiatives with unreadable dates instead of failing', () => {
    const broken = initiative('2027-02-30', '2027-03-01');
    const layout = layoutRoadmap([broken, initiative('2027-01-01', '2027-01-31')], [], YEAR_2027);
    expect(layout.unreadableInitiativeIds).toEqual([broken.id]);
    expect(layout.lanes[0]?.bars).toHaveLength(1);
  });

  it('refuses a window that is not made of dates', () => {
    expect(() => layoutRoadmap([], [], { start: 'soon', end: '2027-01-01' })).toThrow(/Invalid roadmap window/);
  });
});

describe('windows and ticks', () => {
  it('cover every dated item, widened to whole months', () => {
    const window = roadmapWindowFor([initiative('2026-11-02', '2027-03-31')], [milestone('x', '2027-06-15')]);
    expect(window).toEqual({ start: '2026-11-01', end: '2027-06-30' });
  });

  it('clamp month and quarter ticks to a window that starts mid-quarter', () => {
    const layout = layoutRoadmap([], [], { start: '2026-11-01', end: '2027-01-31' });
    expect(layout.months.map((month) => month.date)).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
    expect(layout.quarters.map((quarter) => [quarter.year, quarter.index])).toEqual([
      [2026, 4],
      [2027, 1],
    ]);
    expect(layout.quarters[0]?.x).toBe(0);
    expect(layout.quarters[1]?.xEnd).toBeCloseTo(1);
  });

  it('split a long window into consecutive slices of whole months', () => {
    expect(splitWindowByMonths({ start: '2026-01-01', end: '2027-06-30' }, 9)).toEqual([
      { start: '2026-01-01', end: '2026-09-30' },
      { start: '2026-10-01', end: '2027-06-30' },
    ]);
    expect(splitWindowByMonths({ start: '2026-01-01', end: '2026-03-31' }, 12)).toHaveLength(1);
  });

  it('count days in UTC, so daylight saving never shifts a date', () => {
    expect((dayNumber('2027-03-29') ?? 0) - (dayNumber('2027-03-27') ?? 0)).toBe(2);
    expect(dayNumber('2027-13-01')).toBeNull();
  });

  it('widen a window by whole months on both sides, across year ends, and leave a broken one alone', () => {
    expect(widenWindowByMonths({ start: '2026-11-02', end: '2027-03-31' }, 1)).toEqual({ start: '2026-10-01', end: '2027-04-30' });
    expect(widenWindowByMonths({ start: '2027-01-15', end: '2027-12-10' }, 1)).toEqual({ start: '2026-12-01', end: '2028-01-31' });
    expect(widenWindowByMonths({ start: '2027-02-10', end: '2027-02-10' }, 0)).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    expect(widenWindowByMonths({ start: '2027-03-01', end: '2027-03-31' }, -2)).toEqual({ start: '2027-03-01', end: '2027-03-31' });
    expect(widenWindowByMonths({ start: 'soon', end: '2027-03-31' }, 1)).toEqual({ start: 'soon', end: '2027-03-31' });
  });
});
