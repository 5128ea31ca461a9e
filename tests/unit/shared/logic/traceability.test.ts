import { describe, expect, it } from 'vitest';
import {
  createFinalObjective,
  createFinding,
  createIdea,
  createInitiative,
  createKpi,
  createMeasurement,
  createMilestone,
  createQuestion,
  createWorkshop,
  emptyRecords,
  type WorkshopBundle,
} from '../../../../shared/domain';
import { countTraceRecords, createChainIndex, createTraceIndex, emptyTraceRecords, traceAllInitiatives, traceInitiative, type TraceRecords } from '../../../../shared/logic/traceability';
import { loadCommittedExample } from '../../examples/exampleFiles';

function chainBundle() {
  const workshop = createWorkshop({ title: 'Trace', clientCompany: 'Acme' });
  const w = workshop.id;
  const priceFinding = createFinding(w, { title: 'Lost on price', impact: 5, order: 0 });
  const crmFinding = createFinding(w, { title: 'CRM unused', impact: 3, order: 1 });
  const unusedFinding = createFinding(w, { title: 'Nobody cites this', order: 2 });
  const margin = createFinalObjective(w, { title: 'Margin', findingIds: [priceFinding.id], order: 0 });
  const winRate = createFinalObjective(w, { title: 'Win rate', findingIds: [priceFinding.id, crmFinding.id], order: 1 });
  const corridors = createIdea(w, { text: 'Price corridors', objectiveIds: [margin.id], order: 0 });
  const tablets = createIdea(w, { text: 'CRM on tablets', objectiveIds: [winRate.id], order: 1 });
  const pricing = createInitiative(w, { title: 'Pricing', ideaIds: [corridors.id], objectiveIds: [margin.id, winRate.id], order: 0 });
  const rollout = createInitiative(w, { title: 'Rollout', ideaIds: [tablets.id, '99999999-9999-4999-8999-999999999999'], objectiveIds: [], order: 1 });
  const orphan = createInitiative(w, { title: 'Orphan', order: 2 });
  const bundle: WorkshopBundle = {
    workshop,
    records: {
      ...emptyRecords(),
      findings: [unusedFinding, crmFinding, priceFinding],
      finalObjectives: [winRate, margin],
      ideas: [tablets, corridors],
      initiatives: [orphan, rollout, pricing],
    },
  };
  return { bundle, priceFinding, crmFinding, unusedFinding, margin, winRate, corridors, tablets, pricing, rollout, orphan };
}

describe('traceability', () => {
  it('follows an initiative back through its ideas and objectives to the findings', () => {
    const { bundle, pricing, corridors, margin, winRate, priceFinding, crmFinding } = chainBundle();
    const trace = traceInitiative(bundle, pricing.id);
    expect(trace?.ideas.map((idea) => idea.id)).toEqual([corridors.id]);
    expect(trace?.objectives.map((entry) => [entry.objective.id, entry.route])).toEqual([
      [margin.id, 'both'],
      [winRate.id, 'direct'],
    ]);
    // Each finding once, the most important first.
    expect(trace?.findings.map((finding) => finding.id)).toEqual([priceFinding.id, crmFinding.id]);
  });

  it('reaches objectives only through ideas when the initiative links none itself, and skips dangling links', () => {
    const { bundle, rollout, tablets, winRate } = chainBundle();
    const trace = traceInitiative(bundle, rollout.id);
    expect(trace?.ideas.map((idea) => idea.id)).toEqual([tablets.id]);
    expect(trace?.objectives).toEqual([{ objective: winRate, route: 'via_idea' }]);
    expect(trace?.findings).toHaveLength(2);
  });

  it('gives an unlinked initiative an empty chain and an unknown id null', () => {
    const { bundle, orphan } = chainBundle();
    expect(traceInitiative(bundle, orphan.id)).toMatchObject({ ideas: [], objectives: [], findings: [] });
    expect(traceInitiative(bundle, 'not-there')).toBeNull();
  });

  it('traces every initiative in roadmap order', () => {
    const { bundle } = chainBundle();
    expect(traceAllInitiatives(bundle).map((trace) => trace.initiative.title)).toEqual(['Pricing', 'Rollout', 'Orphan']);
  });

  it('answers the other way round: what an idea, objective or finding led to', () => {
    const { bundle, corridors, winRate, priceFinding, crmFinding, unusedFinding } = chainBundle();
    const index = createTraceIndex(bundle);
    expect(index.initiativesFromIdea(corridors.id).map((initiative) => initiative.title)).toEqual(['Pricing']);
    expect(index.initiativesForObjective(winRate.id).map((initiative) => initiative.title)).toEqual(['Pricing', 'Rollout']);
    expect(index.initiativesFromFinding(priceFinding.id).map((initiative) => initiative.title)).toEqual(['Pricing', 'Rollout']);
    expect(index.initiativesFromFinding(crmFinding.id).map((initiative) => initiative.title)).toEqual(['Pricing', 'Rollout']);
    expect(index.initiativesFromFinding(unusedFinding.id)).toEqual([]);
  });

  it('traces every initiative of the example workshop to at least one idea, objective and finding', () => {
    const traces = traceAllInitiatives(loadCommittedExample('en'));
    expect(traces).toHaveLength(12);
    for (const trace of traces) {
      expect(trace.ideas.length, trace.initiative.title).toBeGreaterThan(0);
      expect(trace.objectives.length, trace.initiative.title).toBeGreaterThan(0);
      expect(trace.findings.length, trace.initiative.title).toBeGreaterThan(0);
    }
  });
});

function fullChain() {
  const workshop = createWorkshop({ title: 'Chain' });
  const w = workshop.id;
  const question = createQuestion(w, { text: 'Do we know why we lose?' });
  const finding = createFinding(w, { title: 'Lost on price', questionIds: [question.id], impact: 5 });
  const minorFinding = createFinding(w, { title: 'Slow quotes', impact: 2 });
  const margin = createFinalObjective(w, { title: 'Margin', findingIds: [finding.id], order: 0 });
  const speed = createFinalObjective(w, { title: 'Speed', findingIds: [minorFinding.id], order: 1 });
  const idea = createIdea(w, { text: 'Price corridors', objectiveIds: [margin.id] });
  const pricing = createInitiative(w, { title: 'Pricing', ideaIds: [idea.id], order: 0 });
  const direct = createInitiative(w, { title: 'Quote desk', objectiveIds: [speed.id], order: 1 });
  const approved = createMilestone(w, { initiativeId: pricing.id, title: 'Corridors approved', date: '2027-02-26' });
  const extracted = createMilestone(w, { initiativeId: pricing.id, title: 'Prices extracted', date: '2026-11-13' });
  const marginKpi = createKpi(w, { name: 'Gross margin', finalObjectiveId: margin.id, milestoneIds: [approved.id], order: 0 });
  const quoteKpi = createKpi(w, { name: 'Quote turnaround', initiativeIds: [direct.id], order: 1 });
  const march = createMeasurement(w, { kpiId: marginKpi.id, period: '2027-03', value: 31 });
  const january = createMeasurement(w, { kpiId: marginKpi.id, period: '2027-01', value: 30 });
  const quoteValue = createMeasurement(w, { kpiId: quoteKpi.id, period: '2026-12', value: 4 });
  const records: TraceRecords = {
    questions: [question],
    findings: [minorFinding, finding],
    finalObjectives: [speed, margin],
    ideas: [idea],
    initiatives: [direct, pricing],
    milestones: [approved, extracted],
    kpis: [quoteKpi, marginKpi],
    measurements: [march, quoteValue, january],
  };
  return { records, question, finding, minorFinding, margin, speed, idea, pricing, direct, approved, extracted, marginKpi, quoteKpi, march, january, quoteValue };
}

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

describe('the whole chain, both ways', () => {
  it('traces a KPI back through milestone, initiative, idea and objective to the finding and its question', () => {
    const chain = fullChain();
    const trace = createChainIndex(chain.records).trace('kpis', chain.marginKpi.id);
    expect(trace?.record).toBe(chain.marginKpi);
    expect(ids(trace?.cameFrom.milestones ?? [])).toEqual([chain.approved.id]);
    expect(ids(trace?.cameFrom.initiatives ?? [])).toEqual([chain.pricing.id]);
    expect(ids(trace?.cameFrom.ideas ?? [])).toEqual([chain.idea.id]);
    expect(ids(trace?.cameFrom.finalObjectives ?? [])).toEqual([chain.margin.id]);
    expect(ids(trace?.cameFrom.findings ?? [])).toEqual([chain.finding.id]);
    expect(ids(trace?.cameFrom.questions ?? [])).toEqual([chain.question.id]);
    expect(trace?.cameFrom.kpis).toEqual([]);
    // What it led to: its own values, oldest first, and nothing of the other KPI.
    expect(ids(trace?.ledTo.measurements ?? [])).toEqual([chain.january.id, chain.march.id]);
    expect(countTraceRecords(trace?.ledTo ?? emptyTraceRecords())).toBe(2);
  });

  it('follows a finding forward to everything built on it, in chain order', () => {
    const chain = fullChain();
    const trace = createChainIndex(chain.records).trace('findings', chain.finding.id);
    expect(ids(trace?.cameFrom.questions ?? [])).toEqual([chain.question.id]);
    expect(ids(trace?.ledTo.finalObjectives ?? [])).toEqual([chain.margin.id]);
    expect(ids(trace?.ledTo.ideas ?? [])).toEqual([chain.idea.id]);
    expect(ids(trace?.ledTo.initiatives ?? [])).toEqual([chain.pricing.id]);
    // Milestones by date; the KPI is reached through its objective and through its milestone, once.
    expect(ids(trace?.ledTo.milestones ?? [])).toEqual([chain.extracted.id, chain.approved.id]);
    expect(ids(trace?.ledTo.kpis ?? [])).toEqual([chain.marginKpi.id]);
    expect(ids(trace?.ledTo.measurements ?? [])).toEqual([chain.january.id, chain.march.id]);
  });

  it('reaches an initiative linked straight to an objective, without an idea in between', () => {
    const chain = fullChain();
    const index = createChainIndex(chain.records);
    const trace = index.trace('initiatives', chain.direct.id);
    expect(ids(trace?.cameFrom.finalObjectives ?? [])).toEqual([chain.speed.id]);
    expect(ids(trace?.cameFrom.findings ?? [])).toEqual([chain.minorFinding.id]);
    expect(trace?.cameFrom.ideas).toEqual([]);
    expect(ids(trace?.ledTo.kpis ?? [])).toEqual([chain.quoteKpi.id]);
    expect(ids(index.trace('finalObjectives', chain.speed.id)?.ledTo.initiatives ?? [])).toEqual([chain.direct.id]);
  });

  it('skips links to records that are gone and answers null for an unknown record', () => {
    const chain = fullChain();
    const orphanKpi = createKpi(chain.marginKpi.workshopId, { name: 'Orphan', finalObjectiveId: '99999999-9999-4999-8999-999999999999', initiativeIds: ['99999999-9999-4999-8999-999999999998'] });
    const index = createChainIndex({ ...chain.records, kpis: [...chain.records.kpis, orphanKpi] });
    expect(countTraceRecords(index.trace('kpis', orphanKpi.id)?.cameFrom ?? emptyTraceRecords())).toBe(0);
    expect(index.trace('kpis', 'not-there')).toBeNull();
    expect(index.trace('ideas', chain.marginKpi.id)).toBeNull();
    expect(createChainIndex(emptyTraceRecords()).trace('findings', chain.finding.id)).toBeNull();
  });

  it('traces every KPI of the example workshop back to a finding, and its findings forward to KPIs', () => {
    const bundle = loadCommittedExample('en');
    const index = createTraceIndex(bundle);
    expect(bundle.records.kpis.length).toBeGreaterThan(0);
    for (const kpi of bundle.records.kpis) {
      const trace = index.traceRecord('kpis', kpi.id);
      expect(trace?.cameFrom.finalObjectives.length, kpi.name).toBeGreaterThan(0);
      expect(trace?.cameFrom.initiatives.length, kpi.name).toBeGreaterThan(0);
      expect(trace?.cameFrom.findings.length, kpi.name).toBeGreaterThan(0);
      expect(trace?.ledTo.measurements.every((measurement) => measurement.kpiId === kpi.id), kpi.name).toBe(true);
    }
    const ledToKpis = bundle.records.findings.filter((finding) => (index.traceRecord('findings', finding.id)?.ledTo.kpis.length ?? 0) > 0);
    expect(ledToKpis.length).toBeGreaterThan(0);
  });
});
