import { describe, expect, it } from 'vitest';
import { EXAMPLE_LANGUAGES } from '../../../scripts/examples/buildExample';
import { loadCommittedExample } from './exampleFiles';

/** The "today" of the demo: implementation has just started. */
const DEMO_TODAY = '2026-11-22';

function overlaps(ids: readonly string[], set: ReadonlySet<string>): boolean {
  return ids.some((id) => set.has(id));
}

describe.each(EXAMPLE_LANGUAGES)('the %s example tells a complete story', (language) => {
  const { workshop, records } = loadCommittedExample(language);

  it('traces answered questions all the way to KPI measurements', () => {
    const answered = new Set(records.answers.filter((answer) => answer.response !== null).map((answer) => answer.questionId));
    const findings = new Set(records.findings.filter((finding) => overlaps(finding.questionIds, answered)).map((finding) => finding.id));
    const objectives = new Set(
      records.finalObjectives.filter((objective) => overlaps(objective.findingIds, findings)).map((objective) => objective.id),
    );
    const ideas = new Set(
      records.ideas.filter((idea) => idea.selected && overlaps(idea.objectiveIds, objectives)).map((idea) => idea.id),
    );
    const initiatives = new Set(
      records.initiatives.filter((initiative) => overlaps(initiative.ideaIds, ideas)).map((initiative) => initiative.id),
    );
    const milestones = new Set(
      records.milestones.filter((milestone) => initiatives.has(milestone.initiativeId)).map((milestone) => milestone.id),
    );
    const kpis = new Set(
      records.kpis
        .filter((kpi) => overlaps(kpi.milestoneIds, milestones) && kpi.finalObjectiveId !== null && objectives.has(kpi.finalObjectiveId))
        .map((kpi) => kpi.id),
    );
    const measurements = records.measurements.filter((measurement) => kpis.has(measurement.kpiId));

    expect([findings.size, objectives.size, ideas.size, initiatives.size, milestones.size, kpis.size]).not.toContain(0);
    expect(measurements.length).toBeGreaterThan(0);
  });

  it('leaves a few questions unanswered and uses every kind of response', () => {
    const answeredQuestions = new Set(records.answers.map((answer) => answer.questionId));
    const unanswered = records.questions.filter((question) => !answeredQuestions.has(question.id));
    expect(unanswered.length).toBeGreaterThanOrEqual(2);
    expect(unanswered.length).toBeLessThanOrEqual(5);
    expect(new Set(records.answers.map((answer) => answer.response))).toEqual(new Set(['yes', 'partly', 'no', 'unknown']));
  });

  it('builds every initiative from selected ideas and final objectives', () => {
    const selected = new Set(records.ideas.filter((idea) => idea.selected).map((idea) => idea.id));
    for (const initiative of records.initiatives) {
      expect(initiative.ideaIds.length).toBeGreaterThan(0);
      expect(initiative.ideaIds.every((id) => selected.has(id))).toBe(true);
      expect(initiative.objectiveIds.length).toBeGreaterThan(0);
    }
    expect(new Set(records.initiatives.map((initiative) => initiative.workstream)).size).toBe(4);
  });

  it('lets no participant vote with more dots than the workshop allows', () => {
    const dotsByVoter = new Map<string, number>();
    for (const vote of records.votes) dotsByVoter.set(vote.participantId, (dotsByVoter.get(vote.participantId) ?? 0) + vote.dots);
    expect(dotsByVoter.size).toBeGreaterThan(5);
    for (const dots of dotsByVoter.values()) expect(dots).toBeLessThanOrEqual(workshop.dotsPerParticipant);
  });

  it('places clustered ideas inside their cluster frame and the rest in the inbox', () => {
    const clusters = new Map(records.clusters.map((cluster) => [cluster.id, cluster]));
    for (const idea of records.ideas) {
      const cluster = idea.clusterId === null ? undefined : clusters.get(idea.clusterId);
      if (!cluster) {
        expect(idea.place).toBe('inbox');
        continue;
      }
      expect(idea.place).toBe('canvas');
      expect(idea.x).toBeGreaterThanOrEqual(cluster.x);
      expect(idea.y).toBeGreaterThanOrEqual(cluster.y);
      expect(idea.x).toBeLessThan(cluster.x + cluster.width - 150);
      expect(idea.y).toBeLessThan(cluster.y + cluster.height - 100);
    }
  });

  it('leaves one decision maker on a poster without any link to our side', () => {
    const stakeholders = new Map(records.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));
    const reachedFromOurSide = new Set<string>();
    for (const relation of records.relations) {
      const from = stakeholders.get(relation.fromId);
      const to = stakeholders.get(relation.toId);
      if (from?.side === 'ours') reachedFromOurSide.add(relation.toId);
      if (to?.side === 'ours') reachedFromOurSide.add(relation.fromId);
    }
    const uncovered = records.stakeholders.filter(
      (stakeholder) => stakeholder.role === 'decision_maker' && !reachedFromOurSide.has(stakeholder.id),
    );
    expect(uncovered).toHaveLength(1);
    for (const stakeholder of records.stakeholders) {
      // Customer side on the left half of the canvas, ours on the right.
      expect(stakeholder.side === 'customer' ? stakeholder.x < 600 : stakeholder.x >= 600).toBe(true);
    }
  });

  it('has a roadmap through 2027 with milestones done, one overdue and the rest ahead', () => {
    const latestEnd = records.initiatives.map((initiative) => initiative.end).sort().at(-1);
    expect(latestEnd?.startsWith('2027-12')).toBe(true);
    expect(records.milestones.filter((milestone) => milestone.done && milestone.date <= DEMO_TODAY).length).toBeGreaterThan(0);
    expect(records.milestones.filter((milestone) => !milestone.done && milestone.date < DEMO_TODAY)).toHaveLength(1);
    expect(records.milestones.filter((milestone) => milestone.date > DEMO_TODAY).length).toBeGreaterThan(15);
  });

  it('reports implementation with every traffic-light colour, dated in the past', () => {
    expect(new Set(records.statusUpdates.map((update) => update.rag))).toEqual(new Set(['green', 'amber', 'red']));
    for (const update of records.statusUpdates) expect(update.date <= DEMO_TODAY).toBe(true);
    for (const meeting of records.meetings) expect(meeting.attendeeIds.length).toBeGreaterThan(3);
  });

  it('shows KPIs improving and at least one getting worse', () => {
    const trends = records.kpis.map((kpi) => {
      const values = records.measurements
        .filter((measurement) => measurement.kpiId === kpi.id)
        .sort((left, right) => left.period.localeCompare(right.period))
        .map((measurement) => measurement.value);
      const change = (values.at(-1) ?? 0) - (values[0] ?? 0);
      return kpi.direction === 'higher_is_better' ? change : -change;
    });
    expect(trends.filter((trend) => trend > 0).length).toBeGreaterThanOrEqual(3);
    expect(trends.filter((trend) => trend < 0).length).toBeGreaterThanOrEqual(1);
  });

  it('logs lost deals in which price against one competitor dominates', () => {
    const dealsByCompetitor = new Map<string, number>();
    for (const deal of records.lostDeals) dealsByCompetitor.set(deal.competitor, (dealsByCompetitor.get(deal.competitor) ?? 0) + 1);
    const counts = [...dealsByCompetitor.values()].sort((left, right) => right - left);
    expect(records.lostDeals.length).toBeGreaterThanOrEqual(20);
    expect(counts[0]).toBeGreaterThan(records.lostDeals.length / 2);
  });
});
