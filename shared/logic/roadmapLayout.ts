import type { Initiative } from '../domain/initiative';
import type { Milestone } from '../domain/milestone';

/**
 * Turns plan dates into a timeline: one lane per workstream, rows inside a lane so bars never
 * overlap, and positions as fractions of a date window (0 = the window's first day, 1 = the end of its
 * last day), so the roadmap screen and the PDF scale them to whatever width they have.
 * Dates are whole calendar days counted in UTC, so no time zone or daylight-saving change moves a bar.
 */

export interface DateWindow {
  /** First day shown (YYYY-MM-DD). */
  start: string;
  /** Last day shown, inclusive. */
  end: string;
}

export type LayoutInitiative = Pick<Initiative, 'id' | 'title' | 'workstream' | 'start' | 'end' | 'status' | 'order'>;
export type LayoutMilestone = Pick<Milestone, 'id' | 'initiativeId' | 'title' | 'date' | 'done'>;

export interface RoadmapBar {
  initiative: LayoutInitiative;
  row: number;
  /** Left edge: the start of the first visible day. */
  x0: number;
  /** Right edge: the end of the last visible day. */
  x1: number;
  /** The bar goes on before the window (its start is cut off). */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** The stored end was before the start; drawn as a one-day bar at the start. */
  datesInverted: boolean;
  /**
   * Where the bar's label starts: at the bar's start, or further left when a label starting there
   * would run past the end of the window.
   */
  labelX: number;
}

export interface RoadmapMilestoneMark {
  milestone: LayoutMilestone;
  row: number;
  /** The middle of the milestone's day. */
  x: number;
}

export interface RoadmapLane {
  /** The workstream as typed, trimmed; '' for initiatives without one. */
  workstream: string;
  rowCount: number;
  bars: RoadmapBar[];
  milestones: RoadmapMilestoneMark[];
}

export interface TimeTick {
  /** First day of the month or quarter (YYYY-MM-DD). */
  date: string;
  year: number;
  /** 1–12 for months, 1–4 for quarters. */
  index: number;
  /** Where the period starts, clamped to the window. */
  x: number;
  /** Where it ends, clamped to the window. */
  xEnd: number;
}

export interface RoadmapLayout {
  window: DateWindow;
  days: number;
  lanes: RoadmapLane[];
  months: TimeTick[];
  quarters: TimeTick[];
  /** The middle of today, or null when today is outside the window. */
  todayX: number | null;
  /** Initiatives with no day inside the window (shown on another page of a long roadmap, or not at all). */
  outsideInitiativeIds: string[];
  /** Initiatives whose start or end is not a real date; they cannot be placed anywhere. */
  unreadableInitiativeIds: string[];
}

export interface RoadmapLayoutOptions {
  today?: string;
  /**
   * How many days of the timeline the initiative's label covers. Rows are packed so that no label
   * runs into another bar or label; without it only the bars themselves are kept apart.
   */
  labelDays?: (initiative: LayoutInitiative) => number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a plan date, or null when it is not a real YYYY-MM-DD date. */
export function dayNumber(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(time / MS_PER_DAY);
}

export function isoDateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

interface Interval {
  initiative: LayoutInitiative;
  first: number;
  last: number;
  inverted: boolean;
}

function readInterval(initiative: LayoutInitiative): Interval | null {
  const first = dayNumber(initiative.start);
  const last = dayNumber(initiative.end);
  if (first === null || last === null) return null;
  // An end before the start cannot be drawn honestly; a one-day bar keeps it visible and flagged.
  return last < first ? { initiative, first, last: first, inverted: true } : { initiative, first, last, inverted: false };
}

function byPlanOrder(left: LayoutInitiative, right: LayoutInitiative): number {
  return left.order - right.order || left.start.localeCompare(right.start) || left.title.localeCompare(right.title) || left.id.localeCompare(right.id);
}

/**
 * The window that shows every initiative and milestone, widened to whole months so the axis starts
 * and ends on a month boundary. Null when there is nothing dated to show.
 */
export function roadmapWindowFor(initiatives: readonly LayoutInitiative[], milestones: readonly LayoutMilestone[] = []): DateWindow | null {
  const days: number[] = [];
  for (const initiative of initiatives) {
    const interval = readInterval(initiative);
    if (interval) days.push(interval.first, interval.last);
  }
  for (const milestone of milestones) {
    const day = dayNumber(milestone.date);
    if (day !== null) days.push(day);
  }
  if (days.length === 0) return null;
  const first = new Date(Math.min(...days) * MS_PER_DAY);
  const last = new Date(Math.max(...days) * MS_PER_DAY);
  return {
    start: new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)).toISOString().slice(0, 10),
    end: new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0)).toISOString().slice(0, 10),
  };
}

/** Lanes appear in the order of their first initiative in plan order, so the roadmap does not reshuffle. */
export function layoutRoadmap(
  initiatives: readonly LayoutInitiative[],
  milestones: readonly LayoutMilestone[],
  window: DateWindow,
  options: RoadmapLayoutOptions = {},
): RoadmapLayout {
  const windowFirst = dayNumber(window.start);
  const windowLastRaw = dayNumber(window.end);
  if (windowFirst === null || windowLastRaw === null) throw new Error(`Invalid roadmap window ${window.start} – ${window.end}`);
  const windowLast = Math.max(windowFirst, windowLastRaw);
  const days = windowLast - windowFirst + 1;
  const toX = (day: number): number => (day - windowFirst) / days;

  const outsideInitiativeIds: string[] = [];
  const unreadableInitiativeIds: string[] = [];
  const laneByName = new Map<string, Interval[]>();
  for (const initiative of [...initiatives].sort(byPlanOrder)) {
    const interval = readInterval(initiative);
    if (!interval) {
      unreadableInitiativeIds.push(initiative.id);
      continue;
    }
    if (interval.last < windowFirst || interval.first > windowLast) {
      outsideInitiativeIds.push(initiative.id);
      continue;
    }
    const name = initiative.workstream.trim();
    const lane = laneByName.get(name);
    if (lane) lane.push(interval);
    else laneByName.set(name, [interval]);
  }

  const milestonesByInitiative = new Map<string, LayoutMilestone[]>();
  for (const milestone of milestones) {
    const list = milestonesByInitiative.get(milestone.initiativeId);
    if (list) list.push(milestone);
    else milestonesByInitiative.set(milestone.initiativeId, [milestone]);
  }

  const lanes: RoadmapLane[] = [];
  for (const [workstream, intervals] of laneByName) {
    const bars = packRows(intervals, windowFirst, windowLast, toX, options);
    const marks: RoadmapMilestoneMark[] = [];
    for (const bar of bars) {
      for (const milestone of milestonesByInitiative.get(bar.initiative.id) ?? []) {
        const day = dayNumber(milestone.date);
        if (day === null || day < windowFirst || day > windowLast) continue;
        marks.push({ milestone, row: bar.row, x: toX(day + 0.5) });
      }
    }
    marks.sort((left, right) => left.x - right.x || left.milestone.id.localeCompare(right.milestone.id));
    const rowCount = bars.reduce((most, bar) => Math.max(most, bar.row + 1), 0);
    lanes.push({ workstream, rowCount, bars, milestones: marks });
  }

  const todayDay = options.today === undefined ? null : dayNumber(options.today);
  return {
    window: { start: isoDateOfDay(windowFirst), end: isoDateOfDay(windowLast) },
    days,
    lanes,
    months: periodTicks(windowFirst, windowLast, 1, toX),
    quarters: periodTicks(windowFirst, windowLast, 3, toX),
    todayX: todayDay !== null && todayDay >= windowFirst && todayDay <= windowLast ? toX(todayDay + 0.5) : null,
    outsideInitiativeIds,
    unreadableInitiativeIds,
  };
}

/**
 * First fit in start order over the days each bar and its label occupy: each goes into the first row
 * whose last occupied day is before its first. Optimal for intervals (as few rows as the most of them
 * overlapping on one day).
 */
function packRows(
  intervals: readonly Interval[],
  windowFirst: number,
  windowLast: number,
  toX: (day: number) => number,
  options: RoadmapLayoutOptions,
): RoadmapBar[] {
  const placed = intervals.map((interval) => {
    const first = Math.max(interval.first, windowFirst);
    const last = Math.min(interval.last, windowLast);
    const requested = options.labelDays?.(interval.initiative) ?? 0;
    const labelLength = Number.isFinite(requested) && requested > 0 ? Math.ceil(requested) : 0;
    // A label that would run off the window's end is moved left so it ends there instead.
    const labelFirst = labelLength > 0 && first + labelLength - 1 > windowLast ? Math.max(windowFirst, windowLast - labelLength + 1) : first;
    const labelLast = labelFirst + labelLength - 1;
    return { interval, first, last, labelFirst, occupiedFirst: Math.min(first, labelFirst), occupiedLast: Math.max(last, labelLast) };
  });
  placed.sort(
    (left, right) => left.occupiedFirst - right.occupiedFirst || left.first - right.first || left.last - right.last || byPlanOrder(left.interval.initiative, right.interval.initiative),
  );
  const rowEnds: number[] = [];
  const bars: RoadmapBar[] = [];
  for (const { interval, first, last, labelFirst, occupiedFirst, occupiedLast } of placed) {
    let row = rowEnds.findIndex((end) => end < occupiedFirst);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(occupiedLast);
    } else {
      rowEnds[row] = occupiedLast;
    }
    bars.push({
      initiative: interval.initiative,
      row,
      x0: toX(first),
      x1: toX(last + 1),
      clippedStart: interval.first < windowFirst,
      clippedEnd: interval.last > windowLast,
      datesInverted: interval.inverted,
      labelX: toX(labelFirst),
    });
  }
  return bars;
}

/** Months (step 1) or quarters (step 3) that touch the window, each clamped to it. */
function periodTicks(windowFirst: number, windowLast: number, monthsPerStep: 1 | 3, toX: (day: number) => number): TimeTick[] {
  const firstDate = new Date(windowFirst * MS_PER_DAY);
  let year = firstDate.getUTCFullYear();
  let month = firstDate.getUTCMonth() - (firstDate.getUTCMonth() % monthsPerStep);
  const ticks: TimeTick[] = [];
  for (;;) {
    const start = Math.round(Date.UTC(year, month, 1) / MS_PER_DAY);
    if (start > windowLast) break;
    const nextStart = Math.round(Date.UTC(year, month + monthsPerStep, 1) / MS_PER_DAY);
    ticks.push({
      date: isoDateOfDay(start),
      year,
      index: monthsPerStep === 1 ? month + 1 : month / 3 + 1,
      x: toX(Math.max(start, windowFirst)),
      xEnd: toX(Math.min(nextStart, windowLast + 1)),
    });
    month += monthsPerStep;
    if (month >= 12) {
      month -= 12;
      year += 1;
    }
  }
  return ticks;
}

/**
 * The window with `months` whole months added before and after it, starting on the first of a month
 * and ending on the last day of one: room around a plan for a bar dragged a little past its ends.
 */
export function widenWindowByMonths(window: DateWindow, months: number): DateWindow {
  const first = dayNumber(window.start);
  const last = dayNumber(window.end);
  if (first === null || last === null) return window;
  const extra = Math.max(0, Math.floor(months));
  const start = new Date(first * MS_PER_DAY);
  const end = new Date(last * MS_PER_DAY);
  return {
    start: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - extra, 1)).toISOString().slice(0, 10),
    end: new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + extra + 1, 0)).toISOString().slice(0, 10),
  };
}

/**
 * Consecutive windows of at most `maxMonths` whole months covering `window`, for a long roadmap that
 * does not fit one page readably.
 */
export function splitWindowByMonths(window: DateWindow, maxMonths: number): DateWindow[] {
  const first = dayNumber(window.start);
  const last = dayNumber(window.end);
  if (first === null || last === null) return [window];
  const step = Math.max(1, Math.floor(maxMonths));
  const slices: DateWindow[] = [];
  let sliceStart = first;
  while (sliceStart <= last) {
    const date = new Date(sliceStart * MS_PER_DAY);
    const nextStart = Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + step, 1) / MS_PER_DAY);
    const sliceEnd = Math.min(last, nextStart - 1);
    slices.push({ start: isoDateOfDay(sliceStart), end: isoDateOfDay(sliceEnd) });
    sliceStart = sliceEnd + 1;
  }
  return slices;
}
