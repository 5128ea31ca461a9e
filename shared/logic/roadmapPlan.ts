import type { Cluster } from '../domain/cluster';
import type { Idea } from '../domain/idea';
import { createInitiative, type Initiative, type InitiativeStatus } from '../domain/initiative';
import type { Milestone } from '../domain/milestone';
import { addDaysToIsoDate, SHORT_TEXT_MAX } from '../domain/primitives';
import { dayNumber } from './roadmapLayout';
import { cutAtWordWithEllipsis, wholeCharacterPrefix } from './textCut';

/**
 * The rules of a roadmap plan (phase 6), free of any screen: what is wrong with the dates, how a bar
 * moves or stretches, which initiative may depend on which, how chosen ideas become initiatives, and
 * the totals shown above the timeline. Plan dates are whole days (YYYY-MM-DD, end inclusive).
 */

export type PlanInitiative = Pick<Initiative, 'id' | 'title' | 'start' | 'end' | 'dependsOnIds'>;
export type PlanMilestone = Pick<Milestone, 'id' | 'initiativeId' | 'date' | 'measurableEvent' | 'done'>;

export type PlanWarning =
  /** The successor starts on or before the last day of its predecessor. */
  | { kind: 'dependencyBroken'; initiativeId: string; predecessorId: string; overlapDays: number }
  | { kind: 'endBeforeStart'; initiativeId: string }
  /** Initiatives that wait for each other, so none of them can ever start. */
  | { kind: 'dependencyCycle'; initiativeId: string; cycleIds: string[] }
  | { kind: 'milestoneBeforeStart'; initiativeId: string; milestoneId: string; days: number }
  | { kind: 'milestoneAfterEnd'; initiativeId: string; milestoneId: string; days: number }
  /** A milestone nobody could check: nothing observable says it is reached. */
  | { kind: 'milestoneWithoutEvent'; initiativeId: string; milestoneId: string };

export type PlanWarningKind = PlanWarning['kind'];

/** Every warning of the plan, grouped by initiative in the order the initiatives are given. */
export function checkRoadmapPlan(initiatives: readonly PlanInitiative[], milestones: readonly PlanMilestone[]): PlanWarning[] {
  const byId = new Map(initiatives.map((initiative) => [initiative.id, initiative]));
  const milestonesOf = new Map<string, PlanMilestone[]>();
  for (const milestone of [...milestones].sort((left, right) => left.date.localeCompare(right.date) || left.id.localeCompare(right.id))) {
    const list = milestonesOf.get(milestone.initiativeId);
    if (list) list.push(milestone);
    else milestonesOf.set(milestone.initiativeId, [milestone]);
  }
  const cycles = findDependencyCycles(initiatives);
  const cycleOf = new Map<string, string[]>();
  for (const cycle of cycles) for (const id of cycle) cycleOf.set(id, cycle);

  const warnings: PlanWarning[] = [];
  for (const initiative of initiatives) {
    const start = dayNumber(initiative.start);
    const end = dayNumber(initiative.end);
    if (start !== null && end !== null && end < start) warnings.push({ kind: 'endBeforeStart', initiativeId: initiative.id });
    const cycle = cycleOf.get(initiative.id);
    if (cycle && cycle[0] === initiative.id) warnings.push({ kind: 'dependencyCycle', initiativeId: initiative.id, cycleIds: cycle });
    for (const predecessorId of new Set(initiative.dependsOnIds)) {
      const predecessor = byId.get(predecessorId);
      const predecessorEnd = predecessor ? dayNumber(predecessor.end) : null;
      if (!predecessor || predecessor.id === initiative.id || start === null || predecessorEnd === null) continue;
      if (start <= predecessorEnd) warnings.push({ kind: 'dependencyBroken', initiativeId: initiative.id, predecessorId, overlapDays: predecessorEnd - start + 1 });
    }
    for (const milestone of milestonesOf.get(initiative.id) ?? []) {
      const day = dayNumber(milestone.date);
      if (day !== null && start !== null && day < start) {
        warnings.push({ kind: 'milestoneBeforeStart', initiativeId: initiative.id, milestoneId: milestone.id, days: start - day });
      } else if (day !== null && end !== null && start !== null && day > Math.max(start, end)) {
        warnings.push({ kind: 'milestoneAfterEnd', initiativeId: initiative.id, milestoneId: milestone.id, days: day - Math.max(start, end) });
      }
      if (milestone.measurableEvent.trim() === '') warnings.push({ kind: 'milestoneWithoutEvent', initiativeId: initiative.id, milestoneId: milestone.id });
    }
  }
  return warnings;
}

/**
 * Groups of initiatives that depend on each other in a circle (an initiative depending on itself
 * included), each listed in the order the initiatives are given. Tarjan's strongly connected
 * components over the dependsOn links; links to initiatives that do not exist are ignored.
 */
export function findDependencyCycles(initiatives: readonly PlanInitiative[]): string[][] {
  const position = new Map(initiatives.map((initiative, index) => [initiative.id, index]));
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  const visit = (id: string, dependsOnIds: readonly string[]): void => {
    index.set(id, counter);
    lowLink.set(id, counter);
    counter += 1;
    stack.push(id);
    onStack.add(id);
    for (const next of dependsOnIds) {
      if (!position.has(next)) continue;
      if (!index.has(next)) {
        visit(next, initiatives[position.get(next) ?? 0]?.dependsOnIds ?? []);
        lowLink.set(id, Math.min(lowLink.get(id) ?? 0, lowLink.get(next) ?? 0));
      } else if (onStack.has(next)) {
        lowLink.set(id, Math.min(lowLink.get(id) ?? 0, index.get(next) ?? 0));
      }
    }
    if (lowLink.get(id) !== index.get(id)) return;
    const component: string[] = [];
    for (;;) {
      const member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
      if (member === id) break;
    }
    if (component.length > 1 || dependsOnIds.includes(id)) {
      cycles.push(component.sort((left, right) => (position.get(left) ?? 0) - (position.get(right) ?? 0)));
    }
  };

  for (const initiative of initiatives) if (!index.has(initiative.id)) visit(initiative.id, initiative.dependsOnIds);
  return cycles.sort((left, right) => (position.get(left[0] ?? '') ?? 0) - (position.get(right[0] ?? '') ?? 0));
}

/**
 * Whether `initiativeId` may wait for `candidateId`: never itself, and never an initiative that
 * already waits (directly or through others) for it, which would close a circle.
 */
export function canDependOn(initiatives: readonly PlanInitiative[], initiativeId: string, candidateId: string): boolean {
  if (initiativeId === candidateId) return false;
  const byId = new Map(initiatives.map((initiative) => [initiative.id, initiative]));
  const seen = new Set<string>();
  const pending = [candidateId];
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === undefined || seen.has(current)) continue;
    if (current === initiativeId) return false;
    seen.add(current);
    for (const next of byId.get(current)?.dependsOnIds ?? []) pending.push(next);
  }
  return true;
}

/** Whole days for a drag of `pixels` at `pixelsPerDay`; never -0, 0 for a scale that makes no sense. */
export function daysForOffset(pixels: number, pixelsPerDay: number): number {
  if (!Number.isFinite(pixels) || !Number.isFinite(pixelsPerDay) || pixelsPerDay <= 0) return 0;
  // Half a day rounds away from zero in both directions, so a drag left mirrors a drag right.
  const days = Math.sign(pixels) * Math.round(Math.abs(pixels) / pixelsPerDay);
  return days === 0 ? 0 : days;
}

export interface PlanDates {
  start: string;
  end: string;
}

/** The same duration, `days` later (or earlier when negative). */
export function shiftedDates(dates: PlanDates, days: number): PlanDates {
  if (days === 0) return { start: dates.start, end: dates.end };
  return { start: addDaysToIsoDate(dates.start, days), end: addDaysToIsoDate(dates.end, days) };
}

/** The end moved by `days`, never before the start: the shortest initiative lasts one day. */
export function resizedDates(dates: PlanDates, days: number): PlanDates {
  const moved = addDaysToIsoDate(dates.end, days);
  return { start: dates.start, end: moved < dates.start ? dates.start : moved };
}

/**
 * A new start typed in a form: the end stays where it is unless that would put it before the start;
 * then the initiative keeps its duration instead.
 */
export function datesAfterStartChange(dates: PlanDates, start: string): PlanDates {
  if (start <= dates.end) return { start, end: dates.end };
  const first = dayNumber(dates.start);
  const last = dayNumber(dates.end);
  const duration = first !== null && last !== null ? Math.max(0, last - first) : 0;
  return { start, end: addDaysToIsoDate(start, duration) };
}

/**
 * The milestones that travel with an initiative moved by `days`: those not reached yet. A reached
 * milestone happened on its date, whatever the plan says now.
 */
export function milestonesMovedWith(milestones: readonly Pick<Milestone, 'id' | 'initiativeId' | 'date' | 'done'>[], initiativeId: string, days: number): { id: string; date: string }[] {
  if (days === 0) return [];
  return milestones
    .filter((milestone) => milestone.initiativeId === initiativeId && !milestone.done)
    .map((milestone) => ({ id: milestone.id, date: addDaysToIsoDate(milestone.date, days) }));
}

export type IdeaForRoadmap = Pick<Idea, 'id' | 'text' | 'selected' | 'clusterId' | 'category' | 'objectiveIds' | 'order'>;

/** Ideas chosen in phase 5 that no initiative was built from yet, in the order they were written. */
export function ideasAwaitingInitiative(ideas: readonly IdeaForRoadmap[], initiatives: readonly Pick<Initiative, 'ideaIds'>[]): IdeaForRoadmap[] {
  const used = new Set(initiatives.flatMap((initiative) => initiative.ideaIds));
  return ideas.filter((idea) => idea.selected && !used.has(idea.id)).sort((left, right) => left.order - right.order || left.id.localeCompare(right.id));
}

/** A sticky note can be long; the initiative's title is its first line, cut to fit a title. */
export function titleFromIdeaText(text: string): string {
  const firstLine = text.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()).find((line) => line !== '') ?? '';
  return cutAtWordWithEllipsis(firstLine, SHORT_TEXT_MAX);
}

export interface InitiativesFromIdeasOptions {
  /** The day the new initiatives start (each runs the default quarter from it). */
  start: string;
  /** Manual order of the first new initiative; the others follow. */
  firstOrder: number;
}

/**
 * One initiative per idea, keeping the trace: the idea as its origin, the idea's objectives as the
 * objectives it serves, and its cluster (or category) as the workstream lane.
 */
export function initiativesFromIdeas(
  workshopId: string,
  ideas: readonly IdeaForRoadmap[],
  clusters: readonly Pick<Cluster, 'id' | 'name'>[],
  options: InitiativesFromIdeasOptions,
): Initiative[] {
  const clusterNames = new Map(clusters.map((cluster) => [cluster.id, cluster.name.trim()]));
  return ideas.map((idea, index) => {
    const title = titleFromIdeaText(idea.text);
    const fullText = idea.text.trim();
    const workstream = wholeCharacterPrefix((idea.clusterId === null ? undefined : clusterNames.get(idea.clusterId)) || idea.category.trim(), SHORT_TEXT_MAX);
    return createInitiative(workshopId, {
      title,
      description: fullText === title ? '' : fullText,
      workstream,
      start: options.start,
      ideaIds: [idea.id],
      objectiveIds: [...new Set(idea.objectiveIds)],
      order: options.firstOrder + index,
    });
  });
}

export interface WorkstreamBudget {
  /** Trimmed; '' for initiatives without a workstream. */
  workstream: string;
  initiativeCount: number;
  /** Minor units; negative budgets (a typing slip, or a saving) are summed as they are. */
  budget: number;
  /** Share of the positive budget, in percent with one decimal; 0 when nothing is budgeted. */
  sharePercent: number;
}

export interface RoadmapTotals {
  initiativeCount: number;
  /** Sum of every budget, minor units. */
  budget: number;
  /** First start and last end of the plan; null without a readable date. */
  start: string | null;
  end: string | null;
  byWorkstream: WorkstreamBudget[];
  byStatus: Record<InitiativeStatus, number>;
}

export function roadmapTotals(initiatives: readonly Pick<Initiative, 'workstream' | 'budget' | 'start' | 'end' | 'status'>[]): RoadmapTotals {
  const byStatus: Record<InitiativeStatus, number> = { not_started: 0, on_track: 0, at_risk: 0, off_track: 0, done: 0 };
  const lanes = new Map<string, { initiativeCount: number; budget: number }>();
  let budget = 0;
  let start: string | null = null;
  let end: string | null = null;
  for (const initiative of initiatives) {
    const amount = Number.isSafeInteger(initiative.budget) ? initiative.budget : 0;
    budget += amount;
    byStatus[initiative.status] += 1;
    const name = initiative.workstream.trim();
    const lane = lanes.get(name) ?? { initiativeCount: 0, budget: 0 };
    lane.initiativeCount += 1;
    lane.budget += amount;
    lanes.set(name, lane);
    if (dayNumber(initiative.start) !== null && (start === null || initiative.start < start)) start = initiative.start;
    const last = initiative.end > initiative.start ? initiative.end : initiative.start;
    if (dayNumber(last) !== null && (end === null || last > end)) end = last;
  }
  const positiveTotal = [...lanes.values()].reduce((sum, lane) => sum + Math.max(0, lane.budget), 0);
  const byWorkstream = [...lanes.entries()]
    .map(([workstream, lane]) => ({
      workstream,
      initiativeCount: lane.initiativeCount,
      budget: lane.budget,
      sharePercent: positiveTotal === 0 ? 0 : Math.round((Math.max(0, lane.budget) / positiveTotal) * 1000) / 10,
    }))
    .sort((left, right) => right.budget - left.budget || left.workstream.localeCompare(right.workstream));
  return { initiativeCount: initiatives.length, budget, start, end, byWorkstream, byStatus };
}
