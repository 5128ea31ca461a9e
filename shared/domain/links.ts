import { RECORD_KINDS, type RecordKind } from './recordKinds';
import type { RecordOf, WorkshopBundle } from './recordSchemas';

/**
 * Every stored link between records, declared once. Link validation, id remapping on import and
 * duplicate, "what links to this?" and the traceability chain all read this table, so a new link
 * field only has to be added here (a test checks that every *Id / *Ids field is listed).
 * Links are always top-level fields; `workshopId` is ownership, not a link, and is handled apart.
 */
export interface LinkField<K extends RecordKind = RecordKind> {
  field: Exclude<keyof RecordOf<K> & string, 'id' | 'workshopId'>;
  target: RecordKind;
  /** An array of ids (a set) rather than a single id. */
  many: boolean;
  /** A single link that may be null (not linked yet, or its target was deleted). */
  nullable: boolean;
}

export type LinkFieldTable = { readonly [K in RecordKind]: readonly LinkField<K>[] };

export const LINK_FIELDS: LinkFieldTable = {
  participants: [],
  preparationItems: [],
  agendaSessions: [],
  questions: [],
  answers: [{ field: 'questionId', target: 'questions', many: false, nullable: false }],
  currentObjectives: [],
  budgetLines: [],
  scenarios: [],
  findings: [{ field: 'questionIds', target: 'questions', many: true, nullable: false }],
  lostDeals: [],
  expenseLines: [],
  finalObjectives: [
    { field: 'originalObjectiveId', target: 'currentObjectives', many: false, nullable: true },
    { field: 'findingIds', target: 'findings', many: true, nullable: false },
  ],
  keyAccounts: [],
  stakeholders: [{ field: 'keyAccountId', target: 'keyAccounts', many: false, nullable: false }],
  relations: [
    { field: 'keyAccountId', target: 'keyAccounts', many: false, nullable: false },
    { field: 'fromId', target: 'stakeholders', many: false, nullable: false },
    { field: 'toId', target: 'stakeholders', many: false, nullable: false },
  ],
  ideas: [
    { field: 'participantId', target: 'participants', many: false, nullable: true },
    { field: 'clusterId', target: 'clusters', many: false, nullable: true },
    { field: 'objectiveIds', target: 'finalObjectives', many: true, nullable: false },
  ],
  clusters: [],
  votes: [
    { field: 'participantId', target: 'participants', many: false, nullable: false },
    { field: 'ideaId', target: 'ideas', many: false, nullable: false },
  ],
  initiatives: [
    { field: 'dependsOnIds', target: 'initiatives', many: true, nullable: false },
    { field: 'ideaIds', target: 'ideas', many: true, nullable: false },
    { field: 'objectiveIds', target: 'finalObjectives', many: true, nullable: false },
  ],
  milestones: [{ field: 'initiativeId', target: 'initiatives', many: false, nullable: false }],
  communicationItems: [],
  statusUpdates: [{ field: 'initiativeId', target: 'initiatives', many: false, nullable: false }],
  meetings: [{ field: 'attendeeIds', target: 'participants', many: true, nullable: false }],
  kpis: [
    { field: 'finalObjectiveId', target: 'finalObjectives', many: false, nullable: true },
    { field: 'initiativeIds', target: 'initiatives', many: true, nullable: false },
    { field: 'milestoneIds', target: 'milestones', many: true, nullable: false },
  ],
  measurements: [{ field: 'kpiId', target: 'kpis', many: false, nullable: false }],
};

/**
 * A required single link means the record cannot exist without its target (an answer without its
 * question, a measurement without its KPI): deleting the target deletes it too. Every other link
 * is a reference that is simply cleared.
 */
export function isOwningLink(link: LinkField): boolean {
  return !link.many && !link.nullable;
}

/** The ids a record points at through one link field, as a list whatever the field's shape. */
export function linkedIds<K extends RecordKind>(record: RecordOf<K>, link: LinkField<K>): string[] {
  const value: unknown = (record as Readonly<Record<string, unknown>>)[link.field];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === 'string');
  return [];
}

export interface IncomingLink {
  /** The kind of the record that holds the link. */
  kind: RecordKind;
  /** The id of the record that holds the link. */
  id: string;
  /** The link field on that record. */
  field: string;
}

/** Every record in the bundle that links to the record `kind`/`id`, with the field it links through. */
export function findIncomingLinks(bundle: WorkshopBundle, kind: RecordKind, id: string): IncomingLink[] {
  const incoming: IncomingLink[] = [];
  for (const sourceKind of RECORD_KINDS) collectIncoming(bundle, sourceKind, kind, id, incoming);
  return incoming;
}

function collectIncoming<K extends RecordKind>(
  bundle: WorkshopBundle,
  sourceKind: K,
  targetKind: RecordKind,
  targetId: string,
  into: IncomingLink[],
): void {
  const relevantLinks = LINK_FIELDS[sourceKind].filter((link) => link.target === targetKind);
  if (relevantLinks.length === 0) return;
  const records: readonly RecordOf<K>[] = bundle.records[sourceKind];
  for (const record of records) {
    for (const link of relevantLinks) {
      if (linkedIds(record, link).includes(targetId)) into.push({ kind: sourceKind, id: record.id, field: link.field });
    }
  }
}
