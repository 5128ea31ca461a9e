import { describe, expect, it } from 'vitest';
import {
  createFinalObjective,
  createFinding,
  createIdea,
  createInitiative,
  createWorkshop,
  emptyRecords,
  type WorkshopBundle,
} from '../../../../shared/domain';
import { createTraceIndex, traceAllInitiatives, traceInitiative } from '../../../../shared/logic/traceability';
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
