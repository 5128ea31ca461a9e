// Workshops that try to break the PDF: script tags and HTML in every text, 500-character titles with
// and without spaces, line breaks and tabs, characters the font does not have, dates the schema
// would refuse, a crowded poster, and a workshop with nothing in it at all.
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
  emptyRecords,
  type WorkshopBundle,
} from '../../../../shared/domain';

export const SCRIPT_TITLE = '<script>alert("pwned")</script>';
const LONG_WORDS = 'Reorganise the complete outbound sales process for every region '.repeat(8).slice(0, 500);
const NO_SPACES = 'Ł'.repeat(120) + 'W'.repeat(380);
const MESSY = 'Line one\nline two\twith a tab\r\n\r\nand 😀 emoji, Ω, 中文 and עברית';

export function buildHostileBundle(): WorkshopBundle {
  const workshop = createWorkshop({
    title: `${SCRIPT_TITLE} ${LONG_WORDS}`,
    clientCompany: NO_SPACES,
    facilitator: '<b>Bold?</b> <img src=x onerror=alert(1)>',
    date: '2026-05-05',
    currency: 'JPY',
  });
  const w = workshop.id;
  const finding = createFinding(w, { title: LONG_WORDS, description: MESSY, impact: 5 });
  const objective = createFinalObjective(w, {
    title: `${SCRIPT_TITLE} ${LONG_WORDS}`,
    metric: MESSY,
    unit: NO_SPACES,
    target: 123_456_789.123,
    baseline: null,
    deadline: null,
    owner: NO_SPACES,
    originalText: LONG_WORDS.repeat(4),
    findingIds: [finding.id],
    reservePlan: { targetCustomer: NO_SPACES, replacementCustomer: LONG_WORDS, trigger: MESSY },
  });
  const ideas = Array.from({ length: 12 }, (_, index) => createIdea(w, { text: index % 2 ? NO_SPACES : `${SCRIPT_TITLE} ${LONG_WORDS}`, author: NO_SPACES, objectiveIds: [objective.id], order: index }));
  const longest = createInitiative(w, {
    title: `${SCRIPT_TITLE} ${LONG_WORDS}`,
    workstream: LONG_WORDS,
    owner: NO_SPACES,
    team: MESSY,
    means: LONG_WORDS,
    budget: 9_007_199_254_740_991,
    start: '2026-01-01',
    end: '2030-12-31',
    status: 'off_track',
    ideaIds: ideas.map((idea) => idea.id),
    objectiveIds: [objective.id],
  });
  // The schema refuses an end before the start; an old or hand-edited file might still carry one.
  const inverted = { ...createInitiative(w, { title: NO_SPACES, workstream: '', start: '2027-06-01', status: 'at_risk', order: 1 }), end: '2027-05-01' };
  const oneDay = createInitiative(w, { title: '', workstream: MESSY, start: '2027-02-02', end: '2027-02-02', status: 'done', order: 2 });
  const milestones = [longest, inverted, oneDay].flatMap((initiative, index) =>
    Array.from({ length: 4 }, (_, step) => createMilestone(w, { initiativeId: initiative.id, title: index === 0 ? LONG_WORDS : SCRIPT_TITLE, date: `202${6 + step}-0${step + 1}-15`, measurableEvent: MESSY, done: step === 0 })),
  );
  const kpi = createKpi(w, { name: `${SCRIPT_TITLE} ${LONG_WORDS}`, unit: NO_SPACES, target: 5, amberThreshold: 5, redThreshold: 5 });
  const emptyKpi = createKpi(w, { name: NO_SPACES, order: 1 });
  const measurements = [
    createMeasurement(w, { kpiId: kpi.id, period: '2026-01', value: 1e12 }),
    createMeasurement(w, { kpiId: kpi.id, period: '2026-02', value: -1e12 }),
    // Not finite: never valid in a stored record, and the scorecard must not draw it.
    { ...createMeasurement(w, { kpiId: kpi.id, period: '2026-03', value: 0 }), value: Number.NaN },
  ];
  const account = createKeyAccount(w, { name: `${SCRIPT_TITLE} ${NO_SPACES}`, note: LONG_WORDS.repeat(3) });
  const emptyAccount = createKeyAccount(w, { name: '', order: 1 });
  const people = Array.from({ length: 34 }, (_, index) =>
    createStakeholder(w, { keyAccountId: account.id, name: index % 2 ? NO_SPACES : SCRIPT_TITLE, title: LONG_WORDS, organisation: MESSY, side: index < 30 ? 'customer' : 'ours', x: 0, y: 0 }),
  );
  const relations = people.slice(1).map((person, index) => createRelation(w, { keyAccountId: account.id, fromId: person.id, toId: people[index]?.id ?? person.id, type: 'influences' }));
  relations.push(createRelation(w, { keyAccountId: account.id, fromId: people[0]?.id ?? '', toId: people[0]?.id ?? '', type: 'knows' }));
  const communicationItems = [
    createCommunicationItem(w, { audience: NO_SPACES, message: `${MESSY}\n${LONG_WORDS.repeat(6)}`, channel: SCRIPT_TITLE, owner: NO_SPACES, date: '2026-07-01' }),
    createCommunicationItem(w, { audience: '', message: '', channel: '', owner: '', date: '2026-07-02', order: 1 }),
  ];
  const statusUpdates = [createStatusUpdate(w, { initiativeId: longest.id, rag: 'red', deviation: LONG_WORDS.repeat(3), date: '2026-04-01' })];
  return {
    workshop,
    records: {
      ...emptyRecords(),
      findings: [finding],
      finalObjectives: [objective],
      ideas,
      initiatives: [longest, inverted, oneDay],
      milestones,
      kpis: [kpi, emptyKpi],
      measurements,
      keyAccounts: [account, emptyAccount],
      stakeholders: people,
      relations,
      communicationItems,
      statusUpdates,
    },
  };
}

/** A workshop as the library creates it: no client, no title, nothing recorded in any phase. */
export function buildEmptyBundle(): WorkshopBundle {
  return { workshop: createWorkshop({ title: '', clientCompany: '', facilitator: '' }), records: emptyRecords() };
}
