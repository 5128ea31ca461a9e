/**
 * Every kind of record a workshop owns, by the name of its table and its key in a backup file.
 * This list is the contract between the domain model, the database schema and the backup format:
 * adding a kind here means adding its schema (shared/domain), its table (renderer/data) and
 * its place in the backup envelope (shared/backup) in the same change.
 */
export const RECORD_KINDS = [
  // preparation
  'participants',
  'preparationItems',
  'agendaSessions',
  // phase 1: situation analysis
  'questions',
  'answers',
  // phase 2: current objectives
  'currentObjectives',
  'budgetLines',
  'scenarios',
  // phase 3: diagnosis
  'findings',
  'lostDeals',
  'expenseLines',
  // phase 4: reformulated objectives
  'finalObjectives',
  // phase 4b: political relationship poster
  'keyAccounts',
  'stakeholders',
  'relations',
  // phase 5: creative ideas
  'ideas',
  'clusters',
  'votes',
  // phase 6: strategy and roadmap
  'initiatives',
  'milestones',
  'communicationItems',
  // phase 7: implementation
  'statusUpdates',
  'meetings',
  // phase 8: measurement
  'kpis',
  'measurements',
] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

/** Fields every record owned by a workshop carries. */
export interface OwnedRecord {
  /** UUID (crypto.randomUUID). */
  id: string;
  /** The workshop this record belongs to. */
  workshopId: string;
}
