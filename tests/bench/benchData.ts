// Realistic-looking records in bulk: what a very large workshop holds after years of use.
import { createBackup, serializeBackup } from '../../shared/backup';
import {
  createExpenseLine,
  createFinding,
  createIdea,
  createLostDeal,
  FINDING_TYPES,
  RECORD_KINDS,
  type ExpenseLine,
  type Finding,
  type Idea,
  type LostDeal,
  type WorkshopBundle,
  type WorkshopRecords,
} from '../../shared/domain';
import { buildCompleteBundle } from '../unit/shared/fixtures/bundleBuilder';

export const BENCH_RECORD_COUNT = 10_000;

/** The kinds a workshop grows large in: brainstorm notes, the lost-deal log, findings and expenses. */
export interface FillerRecords {
  ideas: Idea[];
  lostDeals: LostDeal[];
  findings: Finding[];
  expenseLines: ExpenseLine[];
}

const CUSTOMERS = ['Beta Foods', 'Delta Retail', 'Omega Pharma', 'Kappa Logistics', 'Sigma Textiles', 'Lambda Motors'];
const COMPETITORS = ['Gamma', 'Zeta Group', 'Theta Ltd', 'Iota Partners'];
const IDEA_TEXTS = [
  'Quarterly visits to every mid-size customer',
  'Price review for the logistics segment',
  'Shared CRM notes after every call',
  'Reference stories from won-back customers',
];

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/** A plan date spread over 2025 so date indexes and sorting see varied values. */
function dateFor(index: number): string {
  const day = new Date(Date.UTC(2025, 0, 1) + (index % 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Exactly `count` unlinked records of one workshop, 40 % ideas, 30 % lost deals, 15 % each of the rest. */
export function buildFillerRecords(workshopId: string, count: number): FillerRecords {
  const lostDealCount = Math.floor(count * 0.3);
  const findingCount = Math.floor(count * 0.15);
  const expenseLineCount = Math.floor(count * 0.15);
  const ideaCount = count - lostDealCount - findingCount - expenseLineCount;
  return {
    ideas: Array.from({ length: ideaCount }, (_, index) =>
      createIdea(workshopId, {
        text: `${pick(IDEA_TEXTS, index)} (#${index + 1})`,
        author: index % 3 === 0 ? '' : `Expert ${index % 12}`,
        place: index % 4 === 0 ? 'inbox' : 'canvas',
        x: (index % 50) * 180,
        y: Math.floor(index / 50) * 120,
        impact: (index % 5) + 1,
        effort: ((index + 2) % 5) + 1,
        order: index,
      }),
    ),
    lostDeals: Array.from({ length: lostDealCount }, (_, index) =>
      createLostDeal(workshopId, {
        customer: `${pick(CUSTOMERS, index)} ${Math.floor(index / CUSTOMERS.length) + 1}`,
        competitor: pick(COMPETITORS, index),
        reason: 'Price and delivery time; no follow-up after the first offer',
        value: 100_000 + (index % 97) * 12_345,
        date: dateFor(index),
      }),
    ),
    findings: Array.from({ length: findingCount }, (_, index) =>
      createFinding(workshopId, {
        type: pick(FINDING_TYPES, index),
        title: `Deviation ${index + 1} in ${pick(CUSTOMERS, index)}`,
        description: 'Orders fell after the competitor cut prices; our offer was not revised',
        impact: (index % 5) + 1,
        order: index,
      }),
    ),
    expenseLines: Array.from({ length: expenseLineCount }, (_, index) =>
      createExpenseLine(workshopId, { label: `Expense ${index + 1}`, amount: 50_000 + (index % 41) * 7_500 }),
    ),
  };
}

export function countRecords(records: WorkshopRecords): number {
  return RECORD_KINDS.reduce((total, kind) => total + records[kind].length, 0);
}

/**
 * A workshop with every kind and every link filled (so link validation does real work), topped up
 * with filler records to exactly `recordCount` records.
 */
export function buildBenchBundle(recordCount: number): WorkshopBundle {
  const bundle = buildCompleteBundle();
  const fillers = buildFillerRecords(bundle.workshop.id, recordCount - countRecords(bundle.records));
  const records = bundle.records;
  return {
    workshop: bundle.workshop,
    records: {
      ...records,
      ideas: [...records.ideas, ...fillers.ideas],
      lostDeals: [...records.lostDeals, ...fillers.lostDeals],
      findings: [...records.findings, ...fillers.findings],
      expenseLines: [...records.expenseLines, ...fillers.expenseLines],
    },
  };
}

/** The backup file text a user would open, as the app itself writes it. */
export function buildBenchBackupText(recordCount: number): string {
  return serializeBackup(createBackup(buildBenchBundle(recordCount), { name: 'DSRS Studio', version: 'bench' }));
}
