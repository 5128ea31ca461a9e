import type { FinalObjective } from '../domain/finalObjective';
import type { Finding } from '../domain/finding';
import type { Idea } from '../domain/idea';
import type { Initiative } from '../domain/initiative';
import type { WorkshopBundle } from '../domain/recordSchemas';

/**
 * "Where did this come from?" for the roadmap: an initiative was built from ideas, serves final
 * objectives (directly, or through the ideas it came from), and those objectives rest on findings of
 * the diagnosis. Pure queries over a bundle; links to records that no longer exist are skipped.
 */

/** How an objective is reached from an initiative: linked on the initiative, through one of its ideas, or both. */
export type ObjectiveRoute = 'direct' | 'via_idea' | 'both';

export interface TracedObjective {
  objective: FinalObjective;
  route: ObjectiveRoute;
}

export interface InitiativeTrace {
  initiative: Initiative;
  ideas: Idea[];
  objectives: TracedObjective[];
  findings: Finding[];
}

export interface TraceIndex {
  /** The chain behind one initiative; null when the bundle has no such initiative. */
  traceInitiative(initiativeId: string): InitiativeTrace | null;
  /** Every initiative in roadmap order with its chain. */
  traceAll(): InitiativeTrace[];
  /** "What did this lead to?": the initiatives that trace back to an idea, objective or finding. */
  initiativesFromIdea(ideaId: string): Initiative[];
  initiativesForObjective(objectiveId: string): Initiative[];
  initiativesFromFinding(findingId: string): Initiative[];
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function pick<T>(ids: readonly string[], index: ReadonlyMap<string, T>): T[] {
  const found: T[] = [];
  for (const id of new Set(ids)) {
    const record = index.get(id);
    if (record) found.push(record);
  }
  return found;
}

function byOrderThen<T extends { order: number }>(text: (record: T) => string) {
  return (left: T, right: T): number => left.order - right.order || text(left).localeCompare(text(right));
}

const initiativeOrder = (left: Initiative, right: Initiative): number =>
  left.order - right.order || left.start.localeCompare(right.start) || left.title.localeCompare(right.title);

/** Builds the lookups once, so tracing every initiative of a large workshop stays linear. */
export function createTraceIndex(bundle: WorkshopBundle): TraceIndex {
  const { initiatives, ideas, finalObjectives, findings } = bundle.records;
  const ideaById = byId(ideas);
  const objectiveById = byId(finalObjectives);
  const findingById = byId(findings);
  const orderedInitiatives = [...initiatives].sort(initiativeOrder);

  function traceOf(initiative: Initiative): InitiativeTrace {
    const tracedIdeas = pick(initiative.ideaIds, ideaById).sort(byOrderThen((idea) => idea.text));
    const direct = new Set(initiative.objectiveIds.filter((id) => objectiveById.has(id)));
    const viaIdea = new Set(tracedIdeas.flatMap((idea) => idea.objectiveIds).filter((id) => objectiveById.has(id)));
    const objectives = pick([...direct, ...viaIdea], objectiveById)
      .sort(byOrderThen((objective) => objective.title))
      .map((objective): TracedObjective => ({
        objective,
        route: direct.has(objective.id) ? (viaIdea.has(objective.id) ? 'both' : 'direct') : 'via_idea',
      }));
    const tracedFindings = pick(
      objectives.flatMap((entry) => entry.objective.findingIds),
      findingById,
    ).sort((left, right) => right.impact - left.impact || left.order - right.order || left.title.localeCompare(right.title));
    return { initiative, ideas: tracedIdeas, objectives, findings: tracedFindings };
  }

  const traces = new Map(orderedInitiatives.map((initiative) => [initiative.id, traceOf(initiative)]));
  const allTraces = [...traces.values()];

  return {
    traceInitiative: (initiativeId) => traces.get(initiativeId) ?? null,
    traceAll: () => allTraces,
    initiativesFromIdea: (ideaId) => allTraces.filter((trace) => trace.ideas.some((idea) => idea.id === ideaId)).map((trace) => trace.initiative),
    initiativesForObjective: (objectiveId) =>
      allTraces.filter((trace) => trace.objectives.some((entry) => entry.objective.id === objectiveId)).map((trace) => trace.initiative),
    initiativesFromFinding: (findingId) =>
      allTraces.filter((trace) => trace.findings.some((finding) => finding.id === findingId)).map((trace) => trace.initiative),
  };
}

/** The chain behind one initiative, for a single lookup. */
export function traceInitiative(bundle: WorkshopBundle, initiativeId: string): InitiativeTrace | null {
  const initiative = bundle.records.initiatives.find((candidate) => candidate.id === initiativeId);
  if (!initiative) return null;
  return createTraceIndex({ ...bundle, records: { ...bundle.records, initiatives: [initiative] } }).traceInitiative(initiativeId);
}

/** Every initiative of the workshop, in roadmap order, with the chain behind it. */
export function traceAllInitiatives(bundle: WorkshopBundle): InitiativeTrace[] {
  return createTraceIndex(bundle).traceAll();
}
