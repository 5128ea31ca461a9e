import { describe, expect, it } from 'vitest';
import { createCluster, createIdea, createInitiative, initiativeSchema, SHORT_TEXT_MAX, type Initiative } from '../../../../shared/domain';
import {
  canDependOn,
  checkRoadmapPlan,
  datesAfterStartChange,
  daysForOffset,
  findDependencyCycles,
  ideasAwaitingInitiative,
  initiativesFromIdeas,
  milestonesMovedWith,
  resizedDates,
  roadmapTotals,
  shiftedDates,
  titleFromIdeaText,
  type PlanInitiative,
  type PlanMilestone,
} from '../../../../shared/logic/roadmapPlan';

const WORKSHOP = '00000000-0000-4000-8000-000000000001';

function plan(id: string, start: string, end: string, dependsOnIds: string[] = []): PlanInitiative {
  return { id, title: id, start, end, dependsOnIds };
}

function milestone(id: string, initiativeId: string, date: string, fields: Partial<PlanMilestone> = {}): PlanMilestone {
  return { id, initiativeId, date, measurableEvent: 'Something observable', done: false, ...fields };
}

describe('checkRoadmapPlan', () => {
  it('finds nothing wrong in an empty plan or a plan in good order', () => {
    expect(checkRoadmapPlan([], [])).toEqual([]);
    const first = plan('a', '2027-01-01', '2027-01-31');
    const second = plan('b', '2027-02-01', '2027-03-31', ['a']);
    expect(checkRoadmapPlan([first, second], [milestone('m', 'b', '2027-03-31'), milestone('n', 'b', '2027-02-01')])).toEqual([]);
  });

  it('flags a successor that starts before its predecessor ends, with the days of overlap', () => {
    const predecessor = plan('a', '2027-01-01', '2027-03-31');
    const early = plan('b', '2027-03-01', '2027-05-31', ['a']);
    expect(checkRoadmapPlan([predecessor, early], [])).toEqual([{ kind: 'dependencyBroken', initiativeId: 'b', predecessorId: 'a', overlapDays: 31 }]);
  });

  it('counts a start on the predecessor’s last day as broken, the next day as fine', () => {
    const predecessor = plan('a', '2027-01-01', '2027-01-31');
    expect(checkRoadmapPlan([predecessor, plan('b', '2027-01-31', '2027-02-10', ['a'])], [])).toEqual([
      { kind: 'dependencyBroken', initiativeId: 'b', predecessorId: 'a', overlapDays: 1 },
    ]);
    expect(checkRoadmapPlan([predecessor, plan('b', '2027-02-01', '2027-02-10', ['a'])], [])).toEqual([]);
  });

  it('ignores links to initiatives that are not there and unreadable dates', () => {
    expect(checkRoadmapPlan([plan('b', '2027-01-01', '2027-01-31', ['gone'])], [])).toEqual([]);
    expect(checkRoadmapPlan([plan('a', '2027-01-01', 'later'), plan('b', '2027-01-01', '2027-01-31', ['a'])], [])).toEqual([]);
  });

  it('flags an end before the start', () => {
    expect(checkRoadmapPlan([plan('a', '2027-05-10', '2027-05-01')], [])).toEqual([{ kind: 'endBeforeStart', initiativeId: 'a' }]);
  });

  it('flags milestones outside their initiative by how many days, and milestones nobody could check', () => {
    const initiative = plan('a', '2027-02-01', '2027-02-28');
    const warnings = checkRoadmapPlan(
      [initiative],
      [
        milestone('before', 'a', '2027-01-29'),
        milestone('after', 'a', '2027-03-03'),
        milestone('firstDay', 'a', '2027-02-01'),
        milestone('lastDay', 'a', '2027-02-28'),
        milestone('vague', 'a', '2027-02-10', { measurableEvent: '   ' }),
        milestone('orphan', 'nobody', '2030-01-01'),
      ],
    );
    expect(warnings).toEqual([
      { kind: 'milestoneBeforeStart', initiativeId: 'a', milestoneId: 'before', days: 3 },
      { kind: 'milestoneWithoutEvent', initiativeId: 'a', milestoneId: 'vague' },
      { kind: 'milestoneAfterEnd', initiativeId: 'a', milestoneId: 'after', days: 3 },
    ]);
  });

  it('reports a circle of dependencies once, on its first initiative', () => {
    const warnings = checkRoadmapPlan(
      [plan('a', '2027-01-01', '2027-01-31', ['c']), plan('b', '2027-03-01', '2027-03-31', ['a']), plan('c', '2027-05-01', '2027-05-31', ['b'])],
      [],
    );
    expect(warnings.filter((warning) => warning.kind === 'dependencyCycle')).toEqual([{ kind: 'dependencyCycle', initiativeId: 'a', cycleIds: ['a', 'b', 'c'] }]);
    // a starts before c ends: the circle also breaks a date rule.
    expect(warnings.some((warning) => warning.kind === 'dependencyBroken' && warning.initiativeId === 'a')).toBe(true);
  });
});

describe('dependency cycles and candidates', () => {
  it('finds self-dependencies and separate circles, and none in a chain', () => {
    expect(findDependencyCycles([plan('a', '2027-01-01', '2027-01-02', ['a'])])).toEqual([['a']]);
    expect(findDependencyCycles([plan('a', '2027-01-01', '2027-01-02'), plan('b', '2027-01-03', '2027-01-04', ['a']), plan('c', '2027-01-05', '2027-01-06', ['b'])])).toEqual([]);
    expect(
      findDependencyCycles([
        plan('a', '2027-01-01', '2027-01-02', ['b']),
        plan('b', '2027-01-01', '2027-01-02', ['a']),
        plan('c', '2027-01-01', '2027-01-02', ['d']),
        plan('d', '2027-01-01', '2027-01-02', ['c']),
      ]),
    ).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(findDependencyCycles([])).toEqual([]);
  });

  it('refuses itself and anything that already waits for it, directly or not', () => {
    const chain = [plan('a', '2027-01-01', '2027-01-02'), plan('b', '2027-01-03', '2027-01-04', ['a']), plan('c', '2027-01-05', '2027-01-06', ['b']), plan('d', '2027-01-05', '2027-01-06')];
    expect(canDependOn(chain, 'a', 'a')).toBe(false);
    expect(canDependOn(chain, 'a', 'b')).toBe(false);
    expect(canDependOn(chain, 'a', 'c')).toBe(false);
    expect(canDependOn(chain, 'a', 'd')).toBe(true);
    expect(canDependOn(chain, 'c', 'a')).toBe(true);
    expect(canDependOn([], 'x', 'y')).toBe(true);
  });
});

describe('moving and stretching bars', () => {
  it('turns pixels into whole days, rounding to the nearest day and never -0', () => {
    expect(daysForOffset(0, 4)).toBe(0);
    expect(daysForOffset(5.9, 4)).toBe(1);
    expect(daysForOffset(-6, 4)).toBe(-2);
    expect(daysForOffset(6, 4)).toBe(2);
    expect(Object.is(daysForOffset(-1, 4), 0)).toBe(true);
    expect(daysForOffset(100, 0)).toBe(0);
    expect(daysForOffset(Number.NaN, 4)).toBe(0);
  });

  it('moves both dates, across months and years, and back', () => {
    const dates = { start: '2026-12-30', end: '2027-01-05' };
    expect(shiftedDates(dates, 3)).toEqual({ start: '2027-01-02', end: '2027-01-08' });
    expect(shiftedDates(dates, -30)).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(shiftedDates(dates, 0)).toEqual(dates);
  });

  it('stretches or shrinks the end, never before the start', () => {
    const dates = { start: '2027-02-01', end: '2027-02-10' };
    expect(resizedDates(dates, 7)).toEqual({ start: '2027-02-01', end: '2027-02-17' });
    expect(resizedDates(dates, -9)).toEqual({ start: '2027-02-01', end: '2027-02-01' });
    expect(resizedDates(dates, -30)).toEqual({ start: '2027-02-01', end: '2027-02-01' });
  });

  it('keeps the duration when a typed start passes the end', () => {
    const dates = { start: '2027-02-01', end: '2027-02-10' };
    expect(datesAfterStartChange(dates, '2027-02-05')).toEqual({ start: '2027-02-05', end: '2027-02-10' });
    expect(datesAfterStartChange(dates, '2027-02-10')).toEqual({ start: '2027-02-10', end: '2027-02-10' });
    expect(datesAfterStartChange(dates, '2027-03-01')).toEqual({ start: '2027-03-01', end: '2027-03-10' });
  });

  it('takes along only the milestones of that initiative that are not reached yet', () => {
    const milestones = [
      { id: 'open', initiativeId: 'a', date: '2027-01-31', done: false },
      { id: 'reached', initiativeId: 'a', date: '2027-01-10', done: true },
      { id: 'other', initiativeId: 'b', date: '2027-01-31', done: false },
    ];
    expect(milestonesMovedWith(milestones, 'a', 1)).toEqual([{ id: 'open', date: '2027-02-01' }]);
    expect(milestonesMovedWith(milestones, 'a', 0)).toEqual([]);
    expect(milestonesMovedWith([], 'a', 5)).toEqual([]);
  });
});

describe('initiatives from the chosen ideas', () => {
  const cluster = createCluster(WORKSHOP, { name: ' Pricing ' });
  const chosen = createIdea(WORKSHOP, { text: 'Price corridors per segment\nwith discount limits per role', selected: true, clusterId: cluster.id, objectiveIds: [WORKSHOP], order: 2 });
  const alsoChosen = createIdea(WORKSHOP, { text: 'Loss reason on every quote', selected: true, category: 'CRM', order: 1 });
  const notChosen = createIdea(WORKSHOP, { text: 'Kits for OEM lines', selected: false });

  it('offers the chosen ideas not on the roadmap yet, in the order they were written', () => {
    expect(ideasAwaitingInitiative([chosen, alsoChosen, notChosen], []).map((idea) => idea.id)).toEqual([alsoChosen.id, chosen.id]);
    const built = createInitiative(WORKSHOP, { ideaIds: [alsoChosen.id] });
    expect(ideasAwaitingInitiative([chosen, alsoChosen, notChosen], [built]).map((idea) => idea.id)).toEqual([chosen.id]);
    expect(ideasAwaitingInitiative([], [built])).toEqual([]);
  });

  it('builds one valid initiative per idea, linked to the idea and its objectives, in the cluster’s lane', () => {
    const created = initiativesFromIdeas(WORKSHOP, [chosen, alsoChosen], [cluster], { start: '2027-01-04', firstOrder: 5 });
    expect(created).toHaveLength(2);
    const [first, second] = created as [Initiative, Initiative];
    expect(first).toMatchObject({
      title: 'Price corridors per segment',
      description: 'Price corridors per segment\nwith discount limits per role',
      workstream: 'Pricing',
      ideaIds: [chosen.id],
      objectiveIds: [WORKSHOP],
      start: '2027-01-04',
      end: '2027-04-04',
      status: 'not_started',
      order: 5,
    });
    expect(second).toMatchObject({ title: 'Loss reason on every quote', description: '', workstream: 'CRM', order: 6 });
    for (const initiative of created) expect(initiativeSchema.safeParse(initiative).success).toBe(true);
    expect(initiativesFromIdeas(WORKSHOP, [], [cluster], { start: '2027-01-04', firstOrder: 0 })).toEqual([]);
  });

  it('cuts a long note to a title at a word boundary, with an ellipsis', () => {
    const long = `${'word '.repeat(80)}end`;
    const title = titleFromIdeaText(long);
    expect(title.length).toBeLessThanOrEqual(SHORT_TEXT_MAX);
    expect(title.endsWith('word…')).toBe(true);
    expect(titleFromIdeaText('\n\n  spaced   out  \nsecond')).toBe('spaced out');
    expect(titleFromIdeaText('')).toBe('');
  });
});

describe('roadmapTotals', () => {
  const base = { workstream: 'CRM', budget: 0, start: '2027-01-01', end: '2027-01-31', status: 'not_started' as const };

  it('is all zeros and no dates for an empty roadmap', () => {
    expect(roadmapTotals([])).toEqual({
      initiativeCount: 0,
      budget: 0,
      start: null,
      end: null,
      byWorkstream: [],
      byStatus: { not_started: 0, on_track: 0, at_risk: 0, off_track: 0, done: 0 },
    });
  });

  it('sums budgets exactly in minor units and shares them by workstream with one decimal', () => {
    const totals = roadmapTotals([
      { ...base, budget: 100_000_01 },
      { ...base, workstream: ' CRM ', budget: 99_99, status: 'done' },
      { ...base, workstream: 'Pricing', budget: 200_000_00, start: '2026-11-02', end: '2027-03-31', status: 'at_risk' },
      { ...base, workstream: '', budget: 0 },
    ]);
    expect(totals.budget).toBe(300_100_00);
    expect(totals.start).toBe('2026-11-02');
    expect(totals.end).toBe('2027-03-31');
    expect(totals.byStatus).toMatchObject({ not_started: 2, done: 1, at_risk: 1 });
    expect(totals.byWorkstream).toEqual([
      { workstream: 'Pricing', initiativeCount: 1, budget: 200_000_00, sharePercent: 66.6 },
      { workstream: 'CRM', initiativeCount: 2, budget: 100_100_00, sharePercent: 33.4 },
      { workstream: '', initiativeCount: 1, budget: 0, sharePercent: 0 },
    ]);
  });

  it('keeps a negative budget in the sum but out of the shares, and shares nothing when nothing is budgeted', () => {
    const totals = roadmapTotals([
      { ...base, budget: -500 },
      { ...base, workstream: 'Pricing', budget: 1_000 },
    ]);
    expect(totals.budget).toBe(500);
    expect(totals.byWorkstream.map((lane) => [lane.workstream, lane.sharePercent])).toEqual([
      ['Pricing', 100],
      ['CRM', 0],
    ]);
    expect(roadmapTotals([{ ...base }]).byWorkstream[0]?.sharePercent).toBe(0);
  });
});
