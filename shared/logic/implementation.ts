import type { Initiative } from '../domain/initiative';
import type { Milestone } from '../domain/milestone';
import type { RagStatus, StatusUpdate } from '../domain/statusUpdate';
import { dayNumber, isoDateOfDay } from './roadmapLayout';

/**
 * Phase 7: the implementation group meets every week and reports on each initiative. These are the
 * questions the check-in, the milestone list and the leadership view ask of the stored records:
 * which week a date falls in, what the latest word on an initiative is, which milestones slipped.
 * Plan dates are whole calendar days (see roadmapLayout), so no time zone moves a week or a deadline.
 */

export type CheckInUpdate = Pick<StatusUpdate, 'id' | 'initiativeId' | 'date' | 'rag' | 'percentDone'>;
export type TrackedMilestone = Pick<Milestone, 'id' | 'date' | 'done'>;
export type CheckInInitiative = Pick<Initiative, 'id' | 'title' | 'start' | 'order'>;

/** An ISO 8601 week: weeks start on Monday and belong to the year of their Thursday. */
export interface IsoWeek {
  /** "2026-W47", the same form the scorecard uses for weekly periods; sorts chronologically. */
  key: string;
  year: number;
  week: number;
  /** The Monday (YYYY-MM-DD). */
  start: string;
  /** The Sunday. */
  end: string;
}

/** The ISO week a plan date falls in, or null when the date is not a real YYYY-MM-DD date. */
export function isoWeekOf(isoDate: string): IsoWeek | null {
  const day = dayNumber(isoDate);
  if (day === null) return null;
  // 1970-01-01 was a Thursday: (day + 3) mod 7 counts from Monday = 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const monday = day - weekday;
  const thursday = monday + 3;
  const year = Number(isoDateOfDay(thursday).slice(0, 4));
  const januaryFirst = dayNumber(`${String(year).padStart(4, '0')}-01-01`) ?? thursday;
  const week = Math.floor((thursday - januaryFirst) / 7) + 1;
  return { key: `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`, year, week, start: isoDateOfDay(monday), end: isoDateOfDay(monday + 6) };
}

/** The week key of a date ("2026-W47"), or null for a date that is not real. */
export function weekKeyOf(isoDate: string): string | null {
  return isoWeekOf(isoDate)?.key ?? null;
}

/**
 * Newest first by date; updates of one day keep a fixed order by id so every screen agrees on which
 * one is "latest". Updates with an unreadable date sort last: they cannot be the latest word.
 */
export function compareNewestFirst(left: Pick<CheckInUpdate, 'id' | 'date'>, right: Pick<CheckInUpdate, 'id' | 'date'>): number {
  const leftDay = dayNumber(left.date);
  const rightDay = dayNumber(right.date);
  if (leftDay !== rightDay) {
    if (leftDay === null) return 1;
    if (rightDay === null) return -1;
    return rightDay - leftDay;
  }
  return left.id < right.id ? 1 : left.id > right.id ? -1 : 0;
}

/** Every update of one initiative, newest first: its history. */
export function updatesOfInitiative<T extends CheckInUpdate>(updates: readonly T[], initiativeId: string): T[] {
  return updates.filter((update) => update.initiativeId === initiativeId).sort(compareNewestFirst);
}

/** The latest update of each initiative that has one (dated updates only). */
export function latestUpdateByInitiative<T extends CheckInUpdate>(updates: readonly T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const update of updates) {
    if (dayNumber(update.date) === null) continue;
    const current = latest.get(update.initiativeId);
    if (!current || compareNewestFirst(update, current) < 0) latest.set(update.initiativeId, update);
  }
  return latest;
}

/**
 * The update an initiative already has in the week of `today`, which a new check-in edits instead of
 * adding a second one. With several in that week (an import, two laptops) the latest one is used.
 */
export function updateOfWeek<T extends CheckInUpdate>(updates: readonly T[], initiativeId: string, today: string): T | null {
  const week = weekKeyOf(today);
  if (week === null) return null;
  return updatesOfInitiative(updates, initiativeId).find((update) => weekKeyOf(update.date) === week) ?? null;
}

/** A percentage people can read: inside 0–100 and a whole number (the method wants no false precision). */
export function wholePercent(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.round(Math.min(100, Math.max(0, value)));
}

/**
 * What a new check-in starts from: the status and progress of the latest update, since most weeks
 * change them only a little; the deviation, corrective action and next step are this week's words.
 */
export function carriedOverCheckIn(latest: Pick<CheckInUpdate, 'rag' | 'percentDone'> | null | undefined): { rag: RagStatus; percentDone: number } {
  if (!latest) return { rag: 'green', percentDone: 0 };
  return { rag: latest.rag, percentDone: wholePercent(latest.percentDone) ?? 0 };
}

/** Whole days from one plan date to another (negative when `to` is earlier), or null for an unreadable date. */
export function daysBetween(from: string, to: string): number | null {
  const first = dayNumber(from);
  const last = dayNumber(to);
  return first === null || last === null ? null : last - first;
}

/** A milestone is overdue when its day has passed (before today) and nobody marked it done. */
export function isMilestoneOverdue(milestone: TrackedMilestone, today: string): boolean {
  if (milestone.done) return false;
  const late = daysBetween(milestone.date, today);
  return late !== null && late > 0;
}

/** Overdue milestones, the longest overdue first. */
export function overdueMilestones<T extends TrackedMilestone>(milestones: readonly T[], today: string): T[] {
  return milestones.filter((milestone) => isMilestoneOverdue(milestone, today)).sort(byDateThenId);
}

/** Open milestones due from today up to `days` days ahead, soonest first. */
export function upcomingMilestones<T extends TrackedMilestone>(milestones: readonly T[], today: string, days: number): T[] {
  return milestones
    .filter((milestone) => {
      if (milestone.done) return false;
      const ahead = daysBetween(today, milestone.date);
      return ahead !== null && ahead >= 0 && ahead <= days;
    })
    .sort(byDateThenId);
}

function byDateThenId(left: TrackedMilestone, right: TrackedMilestone): number {
  return left.date.localeCompare(right.date) || left.id.localeCompare(right.id);
}

/** The order the weekly meeting walks the initiatives in: the plan's order, as on the roadmap. */
export function orderForCheckIn<T extends CheckInInitiative>(initiatives: readonly T[]): T[] {
  return [...initiatives].sort(
    (left, right) => left.order - right.order || left.start.localeCompare(right.start) || left.title.localeCompare(right.title) || left.id.localeCompare(right.id),
  );
}

export interface WalkPosition {
  /** 0-based index of the current initiative; 0 when the wanted one is gone. */
  index: number;
  /** How many initiatives the walk has. */
  count: number;
  currentId: string | null;
  previousId: string | null;
  nextId: string | null;
}

/**
 * Where the walk stands. An initiative that no longer exists (deleted in another window) falls back to
 * the first one, so the check-in never shows nothing while there is something to show.
 */
export function walkPosition(orderedIds: readonly string[], wantedId: string | null): WalkPosition {
  const found = wantedId === null ? -1 : orderedIds.indexOf(wantedId);
  const index = found === -1 ? 0 : found;
  const currentId = orderedIds[index] ?? null;
  return {
    index,
    count: orderedIds.length,
    currentId,
    previousId: index > 0 ? (orderedIds[index - 1] ?? null) : null,
    nextId: orderedIds[index + 1] ?? null,
  };
}

export type RagOrNone = RagStatus | 'none';

export interface ImplementationSummary {
  initiatives: number;
  /** Initiatives with an update in the week of today. */
  checkedInThisWeek: number;
  /** Initiatives by the status of their latest update ('none': never reported on). */
  byRag: Record<RagOrNone, number>;
  overdueMilestones: number;
  /** Mean of the latest % done over initiatives that reported; null when none has. */
  averagePercentDone: number | null;
}

/** The figures the top of the screen and the leadership view open with. Orphan updates are ignored. */
export function summarizeImplementation(
  initiatives: readonly Pick<Initiative, 'id'>[],
  updates: readonly CheckInUpdate[],
  milestones: readonly TrackedMilestone[],
  today: string,
): ImplementationSummary {
  const latest = latestUpdateByInitiative(updates);
  const week = weekKeyOf(today);
  const byRag: Record<RagOrNone, number> = { green: 0, amber: 0, red: 0, none: 0 };
  let checkedInThisWeek = 0;
  let percentSum = 0;
  let reported = 0;
  const reportedThisWeek = new Set(updates.filter((update) => week !== null && weekKeyOf(update.date) === week).map((update) => update.initiativeId));
  for (const initiative of initiatives) {
    const update = latest.get(initiative.id);
    byRag[update?.rag ?? 'none'] += 1;
    if (reportedThisWeek.has(initiative.id)) checkedInThisWeek += 1;
    const percent = wholePercent(update?.percentDone);
    if (percent !== null) {
      percentSum += percent;
      reported += 1;
    }
  }
  return {
    initiatives: initiatives.length,
    checkedInThisWeek,
    byRag,
    overdueMilestones: overdueMilestones(milestones, today).length,
    averagePercentDone: reported === 0 ? null : percentSum / reported,
  };
}
