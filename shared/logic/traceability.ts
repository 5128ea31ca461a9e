import type { FinalObjective } from '../domain/finalObjective';
import type { Finding } from '../domain/finding';
import type { Idea } from '../domain/idea';
import type { Initiative } from '../domain/initiative';
import type { RecordOf, WorkshopBundle } from '../domain/recordSchemas';
import { periodEndDate } from './scorecard';

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
  /** Both directions of the whole chain around any record of it (built on first use). */
  traceRecord<K extends TraceKind>(kind: K, id: string): RecordTrace<K> | null;
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
  let chain: ChainIndex | null = null;

  return {
    traceInitiative: (initiativeId) => traces.get(initiativeId) ?? null,
    traceAll: () => allTraces,
    initiativesFromIdea: (ideaId) => allTraces.filter((trace) => trace.ideas.some((idea) => idea.id === ideaId)).map((trace) => trace.initiative),
    initiativesForObjective: (objectiveId) =>
      allTraces.filter((trace) => trace.objectives.some((entry) => entry.objective.id === objectiveId)).map((trace) => trace.initiative),
    initiativesFromFinding: (findingId) =>
      allTraces.filter((trace) => trace.findings.some((finding) => finding.id === findingId)).map((trace) => trace.initiative),
    traceRecord: (kind, id) => {
      chain ??= createChainIndex(bundle.records);
      return chain.trace(kind, id);
    },
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

// ---------------------------------------------------------------------------------------------
// The whole chain, both ways, around any record of it

/**
 * The traceability chain in the order things happen in a workshop: a diagnostic question reveals a
 * finding, findings justify final objectives, ideas serve objectives, initiatives come from ideas
 * (or serve objectives directly), milestones mark initiatives, KPIs measure objectives, initiatives
 * and milestones, and measurements are the KPIs' values. Every link goes from an earlier kind to a
 * later one, so following links one way can never loop.
 */
export const TRACE_CHAIN = ['questions', 'findings', 'finalObjectives', 'ideas', 'initiatives', 'milestones', 'kpis', 'measurements'] as const;

export type TraceKind = (typeof TRACE_CHAIN)[number];

/** Records of every kind of the chain; empty lists where there are none. */
export type TraceRecords = { [K in TraceKind]: RecordOf<K>[] };

export interface RecordTrace<K extends TraceKind = TraceKind> {
  kind: K;
  record: RecordOf<K>;
  /** "Where did this come from?": every earlier record it rests on, directly or through others. */
  cameFrom: TraceRecords;
  /** "What did this lead to?": every later record that rests on it, directly or through others. */
  ledTo: TraceRecords;
}

export interface ChainIndex {
  /** Null when there is no record of that kind with that id. */
  trace<K extends TraceKind>(kind: K, id: string): RecordTrace<K> | null;
}

export function isTraceKind(kind: string): kind is TraceKind {
  return (TRACE_CHAIN as readonly string[]).includes(kind);
}

export function emptyTraceRecords(): TraceRecords {
  return mapChain(() => []);
}

/** How many records a trace direction holds, all kinds together. */
export function countTraceRecords(records: TraceRecords): number {
  return TRACE_CHAIN.reduce((sum, kind) => sum + records[kind].length, 0);
}

function mapChain(build: <K extends TraceKind>(kind: K) => RecordOf<K>[]): TraceRecords {
  return {
    questions: build('questions'),
    findings: build('findings'),
    finalObjectives: build('finalObjectives'),
    ideas: build('ideas'),
    initiatives: build('initiatives'),
    milestones: build('milestones'),
    kpis: build('kpis'),
    measurements: build('measurements'),
  };
}

type Lookup = { [K in TraceKind]: ReadonlyMap<string, RecordOf<K>> };
type Comparators = { [K in TraceKind]: (left: RecordOf<K>, right: RecordOf<K>) => number };

const nodeKey = (kind: TraceKind, id: string): string => `${kind}/${id}`;

/**
 * Builds the links of the chain once (dangling links are skipped), so tracing any record is a walk
 * over what is really connected to it.
 */
export function createChainIndex(records: TraceRecords): ChainIndex {
  const lookup: Lookup = mapLookup(records);
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  const link = (fromKind: TraceKind, fromId: string, toKind: TraceKind, toId: string): void => {
    if (!lookup[fromKind].has(fromId) || !lookup[toKind].has(toId)) return;
    const from = nodeKey(fromKind, fromId);
    const to = nodeKey(toKind, toId);
    forward.set(from, [...(forward.get(from) ?? []), to]);
    backward.set(to, [...(backward.get(to) ?? []), from]);
  };
  for (const finding of records.findings) for (const id of finding.questionIds) link('questions', id, 'findings', finding.id);
  for (const objective of records.finalObjectives) for (const id of objective.findingIds) link('findings', id, 'finalObjectives', objective.id);
  for (const idea of records.ideas) for (const id of idea.objectiveIds) link('finalObjectives', id, 'ideas', idea.id);
  for (const initiative of records.initiatives) {
    for (const id of initiative.ideaIds) link('ideas', id, 'initiatives', initiative.id);
    for (const id of initiative.objectiveIds) link('finalObjectives', id, 'initiatives', initiative.id);
  }
  for (const milestone of records.milestones) link('initiatives', milestone.initiativeId, 'milestones', milestone.id);
  for (const kpi of records.kpis) {
    if (kpi.finalObjectiveId !== null) link('finalObjectives', kpi.finalObjectiveId, 'kpis', kpi.id);
    for (const id of kpi.initiativeIds) link('initiatives', id, 'kpis', kpi.id);
    for (const id of kpi.milestoneIds) link('milestones', id, 'kpis', kpi.id);
  }
  for (const measurement of records.measurements) link('kpis', measurement.kpiId, 'measurements', measurement.id);

  const kpiPosition = new Map([...records.kpis].sort(byOrderThen((kpi) => kpi.name)).map((kpi, index) => [kpi.id, index]));
  const comparators: Comparators = {
    questions: byOrderThen((question) => question.text),
    findings: (left, right) => right.impact - left.impact || left.order - right.order || left.title.localeCompare(right.title),
    finalObjectives: byOrderThen((objective) => objective.title),
    ideas: byOrderThen((idea) => idea.text),
    initiatives: initiativeOrder,
    milestones: (left, right) => left.date.localeCompare(right.date) || left.title.localeCompare(right.title),
    kpis: byOrderThen((kpi) => kpi.name),
    measurements: (left, right) =>
      (kpiPosition.get(left.kpiId) ?? 0) - (kpiPosition.get(right.kpiId) ?? 0) ||
      (periodEndDate(left.period) ?? left.period).localeCompare(periodEndDate(right.period) ?? right.period),
  };

  const reach = (start: string, links: ReadonlyMap<string, string[]>): TraceRecords => {
    const seen = new Set<string>();
    const queue = [start];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const neighbour of links.get(next) ?? []) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        queue.push(neighbour);
      }
    }
    return mapChain((kind) => {
      const found = [...lookup[kind].values()].filter((record) => seen.has(nodeKey(kind, record.id)));
      return found.sort(comparators[kind]);
    });
  };

  return {
    trace: (kind, id) => {
      const record = lookup[kind].get(id);
      if (!record) return null;
      const start = nodeKey(kind, id);
      return { kind, record, cameFrom: reach(start, backward), ledTo: reach(start, forward) };
    },
  };
}

function mapLookup(records: TraceRecords): Lookup {
  return {
    questions: byId(records.questions),
    findings: byId(records.findings),
    finalObjectives: byId(records.finalObjectives),
    ideas: byId(records.ideas),
    initiatives: byId(records.initiatives),
    milestones: byId(records.milestones),
    kpis: byId(records.kpis),
    measurements: byId(records.measurements),
  };
}
