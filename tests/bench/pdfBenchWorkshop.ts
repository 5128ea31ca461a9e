// A large, fully linked workshop for the PDF benchmark and the PDF stress test: 60 initiatives in
// six workstreams over two years, 200 milestones, 20 KPIs with 12 monthly values each, and 3 key
// accounts with 10 people each. Built with the domain factories, the same way on every run.
import {
  createCommunicationItem,
  createFinalObjective,
  createFinding,
  createIdea,
  createInitiative,
  createKeyAccount,
  createKpi,
  createMeasurement,
  createMilestone,
  createRelation,
  createStakeholder,
  createStatusUpdate,
  createWorkshop,
  CUSTOMER_STAKEHOLDER_ROLES,
  emptyRecords,
  FINDING_TYPES,
  INITIATIVE_STATUSES,
  OUR_STAKEHOLDER_ROLES,
  RELATION_TYPES,
  STAKEHOLDER_ATTITUDES,
  type WorkshopBundle,
} from '../../shared/domain';

export const PDF_BENCH_SIZE = { initiatives: 60, milestones: 200, kpis: 20, measurementsPerKpi: 12, keyAccounts: 3, peoplePerAccount: 10 } as const;

const WORKSTREAMS = ['Pricing and offers', 'CRM and data', 'Key accounts', 'New customers', 'Service and delivery', 'People and training'];
const TOPICS = ['price corridors', 'tablet CRM', 'visit cadence', 'co-design days', 'exit interviews', 'quote desk', 'sales academy', 'partner portal'];

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 2027, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

export function buildPdfBenchWorkshop(): WorkshopBundle {
  const workshop = createWorkshop(
    { title: 'Growth plan 2027–2028', clientCompany: 'Łódź Precision Components Sp. z o.o.', facilitator: 'Ana Krzyżanowska', date: '2026-10-05', currency: 'EUR' },
    new Date('2026-10-01T08:00:00.000Z'),
  );
  const w = workshop.id;
  const findings = Array.from({ length: 12 }, (_, index) =>
    createFinding(w, { title: `Finding ${index + 1}: ${pick(TOPICS, index)} gap`, type: pick(FINDING_TYPES, index), impact: (index % 5) + 1, order: index }),
  );
  const objectives = Array.from({ length: 8 }, (_, index) =>
    createFinalObjective(w, {
      title: `Objective ${index + 1}: grow ${pick(TOPICS, index)} revenue by ${5 + index} %`,
      metric: 'Revenue',
      unit: '€ M',
      baseline: 10 + index,
      target: 12 + index,
      deadline: '2028-06-30',
      owner: `Owner ${index + 1}`,
      findingIds: [pick(findings, index).id, pick(findings, index + 5).id],
      order: index,
    }),
  );
  const ideas = Array.from({ length: 40 }, (_, index) =>
    createIdea(w, { text: `Idea ${index + 1}: try ${pick(TOPICS, index)} in a new way`, author: `Expert ${index % 9}`, objectiveIds: [pick(objectives, index).id], selected: index < 30, order: index }),
  );
  const initiatives = Array.from({ length: PDF_BENCH_SIZE.initiatives }, (_, index) => {
    const start = addDays('2027-01-04', (index * 11) % 540);
    return createInitiative(w, {
      title: `Initiative ${index + 1}: ${pick(TOPICS, index)} for ${pick(WORKSTREAMS, index).toLowerCase()}`,
      workstream: pick(WORKSTREAMS, index),
      owner: `Owner ${index % 14}`,
      team: 'Sales, marketing and operations',
      means: 'Two people part-time and an outside expert',
      budget: (20 + (index % 9) * 15) * 1000 * 100,
      start,
      end: addDays(start, 45 + ((index * 37) % 200)),
      status: pick(INITIATIVE_STATUSES, index),
      ideaIds: [pick(ideas, index).id, pick(ideas, index + 7).id],
      objectiveIds: [pick(objectives, index).id],
      order: index,
    });
  });
  const milestones = Array.from({ length: PDF_BENCH_SIZE.milestones }, (_, index) => {
    const initiative = pick(initiatives, index);
    return createMilestone(w, {
      initiativeId: initiative.id,
      title: `Milestone ${index + 1}`,
      date: addDays(initiative.start, 10 + ((index * 17) % 40)),
      measurableEvent: 'The steering group confirms the agreed result in writing.',
      done: index % 4 === 0,
    });
  });
  const kpis = Array.from({ length: PDF_BENCH_SIZE.kpis }, (_, index) =>
    createKpi(w, {
      name: `KPI ${index + 1}: ${pick(TOPICS, index)}`,
      unit: index % 2 === 0 ? '%' : '€ k',
      direction: index % 5 === 4 ? 'lower_is_better' : 'higher_is_better',
      target: 80,
      amberThreshold: index % 5 === 4 ? 90 : 70,
      redThreshold: index % 5 === 4 ? 100 : 60,
      finalObjectiveId: pick(objectives, index).id,
      order: index,
    }),
  );
  const measurements = kpis.flatMap((kpi, kpiIndex) =>
    Array.from({ length: PDF_BENCH_SIZE.measurementsPerKpi }, (_, month) =>
      createMeasurement(w, { kpiId: kpi.id, period: `2026-${String(month + 1).padStart(2, '0')}`, value: 55 + ((kpiIndex * 7 + month * (kpiIndex % 3)) % 40) }),
    ),
  );
  const keyAccounts = Array.from({ length: PDF_BENCH_SIZE.keyAccounts }, (_, index) => createKeyAccount(w, { name: `Key account ${index + 1} GmbH`, note: 'Top-ten customer', order: index }));
  const stakeholders = keyAccounts.flatMap((account) =>
    Array.from({ length: PDF_BENCH_SIZE.peoplePerAccount }, (_, index) => {
      const side = index < 6 ? 'customer' : 'ours';
      return createStakeholder(w, {
        keyAccountId: account.id,
        name: `Person ${index + 1} of ${account.name}`,
        title: 'Head of something important',
        side,
        role: side === 'customer' ? pick(CUSTOMER_STAKEHOLDER_ROLES, index) : pick(OUR_STAKEHOLDER_ROLES, index),
        influence: (index % 5) + 1,
        attitude: pick(STAKEHOLDER_ATTITUDES, index),
        x: (index % 3) * 220 + (side === 'ours' ? 800 : 0),
        y: Math.floor(index / 3) * 160,
      });
    }),
  );
  const relations = keyAccounts.flatMap((account) => {
    const people = stakeholders.filter((person) => person.keyAccountId === account.id);
    return people.slice(1).map((person, index) =>
      createRelation(w, { keyAccountId: account.id, fromId: person.id, toId: pick(people, index).id, type: pick(RELATION_TYPES, index), strength: (index % 3) + 1 }),
    );
  });
  const statusUpdates = initiatives.slice(0, 30).map((initiative, index) =>
    createStatusUpdate(w, { initiativeId: initiative.id, date: '2027-03-05', rag: index % 3 === 0 ? 'red' : index % 3 === 1 ? 'amber' : 'green', percentDone: (index * 7) % 100 }),
  );
  const communicationItems = Array.from({ length: 24 }, (_, index) =>
    createCommunicationItem(w, { audience: `Audience ${index + 1}`, message: 'What changes, why it matters and what we ask of you.', channel: 'Meeting', date: addDays('2027-01-10', index * 14), owner: `Owner ${index % 5}`, done: index < 6, order: index }),
  );
  return {
    workshop,
    records: { ...emptyRecords(), findings, finalObjectives: objectives, ideas, initiatives, milestones, kpis, measurements, keyAccounts, stakeholders, relations, statusUpdates, communicationItems },
  };
}
