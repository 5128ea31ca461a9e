import { describe, expect, it } from 'vitest';
import {
  createAgendaSession,
  createAnswer,
  createBudgetLine,
  createCluster,
  createCommunicationItem,
  createCurrentObjective,
  createExpenseLine,
  createFinalObjective,
  createFinding,
  createIdea,
  createInitiative,
  createKeyAccount,
  createKpi,
  createLostDeal,
  createMeasurement,
  createMeeting,
  createMilestone,
  createParticipant,
  createPreparationItem,
  createQuestion,
  createRelation,
  createScenario,
  createStakeholder,
  createStatusUpdate,
  createVote,
  createWorkshop,
  emptyRecords,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  workshopSchema,
  type RecordKind,
  type RecordOf,
} from '../../../../shared/domain';
import { buildCompleteBundle, firstRecord } from '../fixtures/bundleBuilder';

const WORKSHOP_ID = crypto.randomUUID();
const someId = (): string => crypto.randomUUID();

/** Each kind created with nothing but what its factory requires. */
const DEFAULT_FACTORIES: { [K in RecordKind]: () => RecordOf<K> } = {
  participants: () => createParticipant(WORKSHOP_ID),
  preparationItems: () => createPreparationItem(WORKSHOP_ID),
  agendaSessions: () => createAgendaSession(WORKSHOP_ID),
  questions: () => createQuestion(WORKSHOP_ID),
  answers: () => createAnswer(WORKSHOP_ID, { questionId: someId() }),
  currentObjectives: () => createCurrentObjective(WORKSHOP_ID),
  budgetLines: () => createBudgetLine(WORKSHOP_ID),
  scenarios: () => createScenario(WORKSHOP_ID),
  findings: () => createFinding(WORKSHOP_ID),
  lostDeals: () => createLostDeal(WORKSHOP_ID),
  expenseLines: () => createExpenseLine(WORKSHOP_ID),
  finalObjectives: () => createFinalObjective(WORKSHOP_ID),
  keyAccounts: () => createKeyAccount(WORKSHOP_ID),
  stakeholders: () => createStakeholder(WORKSHOP_ID, { keyAccountId: someId() }),
  relations: () => createRelation(WORKSHOP_ID, { keyAccountId: someId(), fromId: someId(), toId: someId() }),
  ideas: () => createIdea(WORKSHOP_ID),
  clusters: () => createCluster(WORKSHOP_ID),
  votes: () => createVote(WORKSHOP_ID, { participantId: someId(), ideaId: someId() }),
  initiatives: () => createInitiative(WORKSHOP_ID),
  milestones: () => createMilestone(WORKSHOP_ID, { initiativeId: someId() }),
  communicationItems: () => createCommunicationItem(WORKSHOP_ID),
  statusUpdates: () => createStatusUpdate(WORKSHOP_ID, { initiativeId: someId() }),
  meetings: () => createMeeting(WORKSHOP_ID),
  kpis: () => createKpi(WORKSHOP_ID),
  measurements: () => createMeasurement(WORKSHOP_ID, { kpiId: someId(), period: '2026-03', value: 1 }),
};

function accepts(kind: RecordKind, value: unknown): boolean {
  return RECORD_SCHEMAS[kind].safeParse(value).success;
}

function withField(record: object, field: string, value: unknown): Record<string, unknown> {
  return { ...record, [field]: value };
}

describe('factories', () => {
  it.each(RECORD_KINDS)('%s: default factory output passes its schema and is owned by the workshop', (kind) => {
    const record = DEFAULT_FACTORIES[kind]();
    const result = RECORD_SCHEMAS[kind].safeParse(record);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(record.workshopId).toBe(WORKSHOP_ID);
  });

  it('gives every record a fresh id', () => {
    const ids = RECORD_KINDS.flatMap((kind) => [DEFAULT_FACTORIES[kind]().id, DEFAULT_FACTORIES[kind]().id]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RECORD_KINDS)('%s: every record of the complete fixture passes its schema', (kind) => {
    const bundle = buildCompleteBundle();
    const records: readonly unknown[] = bundle.records[kind];
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(accepts(kind, record)).toBe(true);
  });

  it('fills the fields the UI edits instead of leaving them undefined', () => {
    expect(createParticipant(WORKSHOP_ID).email).toBe('');
    expect(createPreparationItem(WORKSHOP_ID).label).toBe('');
    expect(createCurrentObjective(WORKSHOP_ID).owner).toBe('');
    expect(createStakeholder(WORKSHOP_ID, { keyAccountId: someId() }).organisation).toBe('');
  });

  it('keeps given fields and ignores ones passed as undefined', () => {
    const finding = createFinding(WORKSHOP_ID, { title: 'Lost share', impact: undefined });
    expect(finding.title).toBe('Lost share');
    expect(finding.impact).toBe(3);
  });

  it('chooses a role matching the stakeholder side', () => {
    expect(createStakeholder(WORKSHOP_ID, { keyAccountId: someId(), side: 'ours' }).role).toBe('account_owner');
    expect(createStakeholder(WORKSHOP_ID, { keyAccountId: someId() }).role).toBe('influencer');
  });

  it('plans a new initiative forward from its start', () => {
    const initiative = createInitiative(WORKSHOP_ID, { start: '2026-01-01' });
    expect(initiative.end).toBe('2026-04-01');
  });

  it('starts an empty record set with a list for every kind', () => {
    const records = emptyRecords();
    expect(Object.keys(records).sort()).toEqual([...RECORD_KINDS].sort());
    for (const kind of RECORD_KINDS) expect(records[kind]).toEqual([]);
  });
});

describe('workshop', () => {
  it('creates a valid workshop with documented defaults', () => {
    const now = new Date('2026-03-01T10:00:00.000Z');
    const workshop = createWorkshop({ title: 'Plan' }, now);
    expect(workshopSchema.safeParse(workshop).success).toBe(true);
    expect(workshop).toMatchObject({
      title: 'Plan',
      language: 'en',
      currency: 'EUR',
      archived: false,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      completedPhases: [],
      dotsPerParticipant: 5,
      votesRevealed: false,
      paperSize: 'a4',
    });
  });

  it('rejects bad workshop values', () => {
    const workshop = createWorkshop();
    expect(workshopSchema.safeParse({ ...workshop, date: '2026-02-30' }).success).toBe(false);
    expect(workshopSchema.safeParse({ ...workshop, dotsPerParticipant: 21 }).success).toBe(false);
    expect(workshopSchema.safeParse({ ...workshop, completedPhases: ['ideas', 'ideas'] }).success).toBe(false);
    expect(workshopSchema.safeParse({ ...workshop, completedPhases: ['phase9'] }).success).toBe(false);
    expect(workshopSchema.safeParse({ ...workshop, paperSize: 'a3' }).success).toBe(false);
    expect(workshopSchema.safeParse({ ...workshop, currency: '€' }).success).toBe(false);
    expect(workshopSchema.safeParse({ ...workshop, owner: 'someone' }).success).toBe(false);
  });
});

describe('record schemas reject bad values', () => {
  it.each(RECORD_KINDS)('%s: rejects an unknown key and a missing id', (kind) => {
    const record = DEFAULT_FACTORIES[kind]();
    expect(accepts(kind, withField(record, 'unexpected', 1))).toBe(false);
    const { id: _removed, ...withoutId } = record;
    expect(accepts(kind, withoutId)).toBe(false);
    expect(accepts(kind, withField(record, 'workshopId', 'not-a-uuid'))).toBe(false);
  });

  it('rejects impossible dates', () => {
    const bundle = buildCompleteBundle();
    expect(accepts('lostDeals', withField(firstRecord(bundle, 'lostDeals'), 'date', '2026-02-30'))).toBe(false);
    expect(accepts('milestones', withField(firstRecord(bundle, 'milestones'), 'date', '2026-13-01'))).toBe(false);
    expect(accepts('finalObjectives', withField(firstRecord(bundle, 'finalObjectives'), 'deadline', '31/12/2026'))).toBe(false);
  });

  it('rejects NaN, Infinity and fractional money', () => {
    const bundle = buildCompleteBundle();
    expect(accepts('measurements', withField(firstRecord(bundle, 'measurements'), 'value', Number.NaN))).toBe(false);
    expect(accepts('kpis', withField(firstRecord(bundle, 'kpis'), 'target', Number.POSITIVE_INFINITY))).toBe(false);
    expect(accepts('currentObjectives', withField(firstRecord(bundle, 'currentObjectives'), 'baseline', Number.NaN))).toBe(false);
    expect(accepts('budgetLines', withField(firstRecord(bundle, 'budgetLines'), 'amount', 10.5))).toBe(false);
    expect(accepts('stakeholders', withField(firstRecord(bundle, 'stakeholders'), 'x', Number.NEGATIVE_INFINITY))).toBe(false);
  });

  it('rejects a negative deal value or budget, as the screens and the paste import do, and keeps zero', () => {
    const bundle = buildCompleteBundle();
    expect(accepts('lostDeals', withField(firstRecord(bundle, 'lostDeals'), 'value', -1))).toBe(false);
    expect(accepts('initiatives', withField(firstRecord(bundle, 'initiatives'), 'budget', -100))).toBe(false);
    expect(accepts('lostDeals', withField(firstRecord(bundle, 'lostDeals'), 'value', 0))).toBe(true);
    expect(accepts('initiatives', withField(firstRecord(bundle, 'initiatives'), 'budget', 0))).toBe(true);
  });

  it('rejects huge strings', () => {
    const bundle = buildCompleteBundle();
    expect(accepts('findings', withField(firstRecord(bundle, 'findings'), 'title', 'x'.repeat(201)))).toBe(false);
    expect(accepts('findings', withField(firstRecord(bundle, 'findings'), 'description', 'x'.repeat(10_001)))).toBe(false);
    expect(accepts('ideas', withField(firstRecord(bundle, 'ideas'), 'text', 'x'.repeat(1_000_000)))).toBe(false);
  });

  it('rejects values outside an enum or a range', () => {
    const bundle = buildCompleteBundle();
    expect(accepts('findings', withField(firstRecord(bundle, 'findings'), 'type', 'gossip'))).toBe(false);
    expect(accepts('findings', withField(firstRecord(bundle, 'findings'), 'impact', 6))).toBe(false);
    expect(accepts('answers', withField(firstRecord(bundle, 'answers'), 'response', 'maybe'))).toBe(false);
    expect(accepts('answers', withField(firstRecord(bundle, 'answers'), 'maturity', 5))).toBe(false);
    expect(accepts('scenarios', withField(firstRecord(bundle, 'scenarios'), 'salesDeviationPct', -25))).toBe(false);
    expect(accepts('votes', withField(firstRecord(bundle, 'votes'), 'dots', 0))).toBe(false);
    expect(accepts('relations', withField(firstRecord(bundle, 'relations'), 'strength', 4))).toBe(false);
    expect(accepts('statusUpdates', withField(firstRecord(bundle, 'statusUpdates'), 'percentDone', 101))).toBe(false);
    expect(accepts('ideas', withField(firstRecord(bundle, 'ideas'), 'colour', 'yellow'))).toBe(false);
    expect(accepts('clusters', withField(firstRecord(bundle, 'clusters'), 'width', 0))).toBe(false);
    expect(accepts('agendaSessions', withField(firstRecord(bundle, 'agendaSessions'), 'startTime', '25:00'))).toBe(false);
    expect(accepts('preparationItems', withField(firstRecord(bundle, 'preparationItems'), 'key', 'bake_cake'))).toBe(false);
  });

  it('accepts answers that are not given yet', () => {
    const answer = firstRecord(buildCompleteBundle(), 'answers');
    expect(accepts('answers', { ...answer, response: null, maturity: null })).toBe(true);
  });

  it('rejects repeated links in a link list', () => {
    const finding = firstRecord(buildCompleteBundle(), 'findings');
    const questionId = finding.questionIds[0];
    expect(accepts('findings', { ...finding, questionIds: [questionId, questionId] })).toBe(false);
  });

  it('only allows roles of the stakeholder side', () => {
    const stakeholder = firstRecord(buildCompleteBundle(), 'stakeholders');
    expect(accepts('stakeholders', { ...stakeholder, side: 'customer', role: 'gatekeeper' })).toBe(true);
    expect(accepts('stakeholders', { ...stakeholder, side: 'customer', role: 'account_owner' })).toBe(false);
    expect(accepts('stakeholders', { ...stakeholder, side: 'ours', role: 'external' })).toBe(true);
    expect(accepts('stakeholders', { ...stakeholder, side: 'ours', role: 'economic_buyer' })).toBe(false);
  });

  it('requires an initiative to end on or after its start', () => {
    const initiative = firstRecord(buildCompleteBundle(), 'initiatives');
    expect(accepts('initiatives', { ...initiative, start: '2026-05-01', end: '2026-05-01' })).toBe(true);
    expect(accepts('initiatives', { ...initiative, start: '2026-05-01', end: '2026-04-30' })).toBe(false);
  });

  it('rejects a nested object with an unknown key', () => {
    const objective = firstRecord(buildCompleteBundle(), 'finalObjectives');
    const checks = { ...objective.checks, realistic: { ok: true, rationale: '', extra: 1 } };
    expect(accepts('finalObjectives', { ...objective, checks })).toBe(false);
  });
});
