import type { z } from 'zod';
import { agendaSessionSchema } from './agendaSession';
import { answerSchema } from './answer';
import { budgetLineSchema } from './budgetLine';
import { clusterSchema } from './cluster';
import { communicationItemSchema } from './communicationItem';
import { currentObjectiveSchema } from './currentObjective';
import { expenseLineSchema } from './expenseLine';
import { finalObjectiveSchema } from './finalObjective';
import { findingSchema } from './finding';
import { ideaSchema } from './idea';
import { initiativeSchema } from './initiative';
import { keyAccountSchema } from './keyAccount';
import { kpiSchema } from './kpi';
import { lostDealSchema } from './lostDeal';
import { measurementSchema } from './measurement';
import { meetingSchema } from './meeting';
import { milestoneSchema } from './milestone';
import { participantSchema } from './participant';
import { preparationItemSchema } from './preparationItem';
import { questionSchema } from './question';
import { RECORD_KINDS, type RecordKind } from './recordKinds';
import { relationSchema } from './relation';
import { scenarioSchema } from './scenario';
import { stakeholderSchema } from './stakeholder';
import { statusUpdateSchema } from './statusUpdate';
import { voteSchema } from './vote';
import type { Workshop } from './workshop';

// `satisfies` makes the compiler insist on exactly one schema per record kind.
const schemaByKind = {
  participants: participantSchema,
  preparationItems: preparationItemSchema,
  agendaSessions: agendaSessionSchema,
  questions: questionSchema,
  answers: answerSchema,
  currentObjectives: currentObjectiveSchema,
  budgetLines: budgetLineSchema,
  scenarios: scenarioSchema,
  findings: findingSchema,
  lostDeals: lostDealSchema,
  expenseLines: expenseLineSchema,
  finalObjectives: finalObjectiveSchema,
  keyAccounts: keyAccountSchema,
  stakeholders: stakeholderSchema,
  relations: relationSchema,
  ideas: ideaSchema,
  clusters: clusterSchema,
  votes: voteSchema,
  initiatives: initiativeSchema,
  milestones: milestoneSchema,
  communicationItems: communicationItemSchema,
  statusUpdates: statusUpdateSchema,
  meetings: meetingSchema,
  kpis: kpiSchema,
  measurements: measurementSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

/** The record type stored under each kind (table / backup key). */
export type RecordOf<K extends RecordKind> = z.infer<(typeof schemaByKind)[K]>;

/** A record of any kind. */
export type AnyRecord = RecordOf<RecordKind>;

export const RECORD_SCHEMAS: { readonly [K in RecordKind]: z.ZodType<RecordOf<K>> } = schemaByKind;

/** Everything a workshop owns, by kind. */
export type WorkshopRecords = { [K in RecordKind]: RecordOf<K>[] };

/** A workshop with all its records: what a backup holds and what import, export and duplicate move. */
export interface WorkshopBundle {
  workshop: Workshop;
  records: WorkshopRecords;
}

export function emptyRecords(): WorkshopRecords {
  const records: Partial<Record<RecordKind, unknown[]>> = {};
  for (const kind of RECORD_KINDS) records[kind] = [];
  return records as WorkshopRecords;
}
