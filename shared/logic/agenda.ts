import type { ParticipantSide, PreparationItemKey, PreparationStatus } from '../domain';
import { addDaysToIsoDate } from '../domain/primitives';
import { PREPARATION_CHECKLIST, type PreparationChecklistKey, type PreparationStage } from '../method/preparationChecklist';

/**
 * The arithmetic of preparing a workshop: when each agenda session and timebox starts and ends, how
 * ready the client is against the checklist, and who sits in which group. Pure, so the screen only
 * formats what is computed here.
 */

export const MINUTES_PER_DAY = 24 * 60;

/** A moment on the clock of a session day; dayOffset 1 means "the next day" (a session that runs past midnight). */
export interface ClockReading {
  /** Minutes since midnight, 0..1439. */
  minutesOfDay: number;
  dayOffset: number;
}

/** Minutes since midnight of an HH:MM clock time; null when missing or not a real time. */
export function parseClockTime(time: string | null | undefined): number | null {
  if (typeof time !== 'string') return null;
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Where a count of minutes after the session day's midnight falls on the clock. */
export function clockReading(minutesAfterMidnight: number): ClockReading {
  const whole = Math.floor(minutesAfterMidnight);
  const dayOffset = Math.floor(whole / MINUTES_PER_DAY);
  return { minutesOfDay: whole - dayOffset * MINUTES_PER_DAY, dayOffset };
}

/** HH:MM of a reading, ignoring the day; the screen formats with Intl, this is for tests and data. */
export function clockText(reading: ClockReading): string {
  const hours = Math.floor(reading.minutesOfDay / 60);
  const minutes = reading.minutesOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * A timebox as the schedule counts it. Stored minutes are whole and never negative, but a value from
 * an older or hand-edited file must not make a session end before it starts.
 */
export function countedMinutes(minutes: number | null | undefined): number {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) return 0;
  return Math.round(minutes);
}

export interface TimedItem {
  minutes: number;
  /** Null when the session has no start time: durations are known, clock times are not. */
  start: ClockReading | null;
  end: ClockReading | null;
}

export interface SessionTiming {
  totalMinutes: number;
  start: ClockReading | null;
  end: ClockReading | null;
  items: TimedItem[];
}

export interface SessionToTime {
  startTime?: string | null;
  items: readonly { minutes: number }[];
}

/** Each timebox's start and end, and the session's total and end, running the items back to back. */
export function sessionTiming(session: SessionToTime): SessionTiming {
  const startMinutes = parseClockTime(session.startTime);
  let elapsed = 0;
  const items = session.items.map((item): TimedItem => {
    const minutes = countedMinutes(item.minutes);
    const timed: TimedItem = {
      minutes,
      start: startMinutes === null ? null : clockReading(startMinutes + elapsed),
      end: startMinutes === null ? null : clockReading(startMinutes + elapsed + minutes),
    };
    elapsed += minutes;
    return timed;
  });
  return {
    totalMinutes: elapsed,
    start: startMinutes === null ? null : clockReading(startMinutes),
    end: startMinutes === null ? null : clockReading(startMinutes + elapsed),
    items,
  };
}

/** The planned time of the whole agenda, every session together. */
export function agendaTotalMinutes(sessions: readonly SessionToTime[]): number {
  return sessions.reduce((sum, session) => sum + sessionTiming(session).totalMinutes, 0);
}

/** 335 minutes as 5 h 35 min, for people who think in hours. */
export function splitDuration(totalMinutes: number): { hours: number; minutes: number } {
  const counted = countedMinutes(totalMinutes);
  return { hours: Math.floor(counted / 60), minutes: counted % 60 };
}

/**
 * The list with one entry moved by `offset` places (−1 up, +1 down). Moving past either end leaves
 * the order as it is, so a repeated key press at the top or bottom does nothing surprising.
 */
export function moveListEntry<T>(list: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length || offset === 0) return [...list];
  const moved = [...list];
  const [entry] = moved.splice(index, 1);
  if (entry !== undefined) moved.splice(target, 0, entry);
  return moved;
}

/** The list without the entry at `index` (unchanged when there is none). */
export function removeListEntry<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, position) => position !== index);
}

/** A new session goes on the day after the last one planned, or on the workshop date for the first. */
export function nextSessionDate(sessions: readonly { date: string }[], workshopDate: string): string {
  const latest = sessions.reduce<string | null>((last, session) => (last === null || session.date > last ? session.date : last), null);
  return latest === null ? workshopDate : addDaysToIsoDate(latest, 1);
}

/** The order value that puts a new record after every existing one. */
export function nextOrder(records: readonly { order: number }[]): number {
  return records.reduce((highest, record) => (Number.isFinite(record.order) ? Math.max(highest, record.order + 1) : highest), 0);
}

// ---- The readiness checklist ----

export interface ChecklistItemState {
  dueDate: string | null;
  status: PreparationStatus;
}

const PLAN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Overdue: its due date has passed (a due date of today is still on time) and it is neither done nor
 * set aside as not applicable. Without a due date nothing can be late.
 */
export function isChecklistItemOverdue(item: ChecklistItemState, today: string): boolean {
  if (item.status === 'done' || item.status === 'not_applicable') return false;
  if (item.dueDate === null || !PLAN_DATE.test(item.dueDate) || !PLAN_DATE.test(today)) return false;
  return item.dueDate < today;
}

export interface ReadinessSummary {
  total: number;
  /** Items that count: everything not marked as not applicable. */
  applicable: number;
  ready: number;
  inProgress: number;
  open: number;
  notApplicable: number;
  overdue: number;
  /** ready / applicable, 0..1; 0 when nothing applies. */
  fractionReady: number;
}

export function summarizeReadiness(items: readonly ChecklistItemState[], today: string): ReadinessSummary {
  const count = (status: PreparationStatus) => items.filter((item) => item.status === status).length;
  const notApplicable = count('not_applicable');
  const applicable = items.length - notApplicable;
  const ready = count('done');
  return {
    total: items.length,
    applicable,
    ready,
    inProgress: count('in_progress'),
    open: count('open'),
    notApplicable,
    overdue: items.filter((item) => isChecklistItemOverdue(item, today)).length,
    fractionReady: applicable === 0 ? 0 : ready / applicable,
  };
}

/** Items the team added itself form their own group: the method does not say when they apply. */
export type ChecklistGroup = PreparationStage | 'custom';

export const CHECKLIST_GROUPS: readonly ChecklistGroup[] = ['before_workshop', 'after_workshop', 'custom'];

export function checklistGroupOf(key: PreparationItemKey): ChecklistGroup {
  return PREPARATION_CHECKLIST.find((entry) => entry.key === key)?.stage ?? 'custom';
}

/** The items by group, each group keeping the order it was given in. */
export function groupChecklist<T extends { key: PreparationItemKey }>(items: readonly T[]): Record<ChecklistGroup, T[]> {
  const groups: Record<ChecklistGroup, T[]> = { before_workshop: [], after_workshop: [], custom: [] };
  for (const item of items) groups[checklistGroupOf(item.key)].push(item);
  return groups;
}

/** Built-in checklist entries the workshop no longer holds (deleted by someone), in checklist order. */
export function missingChecklistKeys(items: readonly { key: PreparationItemKey }[]): PreparationChecklistKey[] {
  const present = new Set(items.map((item) => item.key));
  return PREPARATION_CHECKLIST.map((entry) => entry.key).filter((key) => !present.has(key));
}

// ---- The participant roster ----

export interface RosterCounts {
  total: number;
  bySide: Record<ParticipantSide, number>;
  expertGroup: number;
  implementationGroup: number;
}

export function countRoster(
  participants: readonly { side: ParticipantSide; expertGroup: boolean; implementationGroup: boolean }[],
): RosterCounts {
  const bySide: Record<ParticipantSide, number> = { ours: 0, client: 0, external: 0 };
  for (const participant of participants) bySide[participant.side] += 1;
  return {
    total: participants.length,
    bySide,
    expertGroup: participants.filter((participant) => participant.expertGroup).length,
    implementationGroup: participants.filter((participant) => participant.implementationGroup).length,
  };
}
