/**
 * Editing a workshop's records. Each call is one transaction, committed at once, one undo step;
 * every record is validated against its schema and its links before anything is written.
 */
import type { RecordKind, RecordOf } from '../../../shared/domain';
import { DataValidationError, RecordNotFoundError } from '../errors';
import { runReadTransaction } from '../transactions';
import { planDelete } from './deletePlan';
import type { DeleteImpact } from './deletePlan';
import { addInSession, applyMutationInSession, deleteInSession, updateInSession } from './recordMutations';
import type { RecordMutation, RecordUpdate } from './recordMutations';
import { runEdit } from './runEdit';
import type { WorkshopIdResolver } from './runEdit';
import { WorkshopReader } from './workshopReader';

// Every edit takes an optional undo label (the UI's translated words, e.g. "Move 3 notes");
// without one the label is the machine key `<action>:<kind>` (e.g. `add:ideas`).

export async function addRecord<K extends RecordKind>(kind: K, record: RecordOf<K>, label?: string): Promise<RecordOf<K>> {
  return runEdit(record.workshopId, label ?? `add:${kind}`, (session) => addInSession(session, kind, record));
}

/** Adds several records of one workshop as one undo step (e.g. seeding the question bank). */
export async function addRecords<K extends RecordKind>(
  kind: K,
  records: readonly RecordOf<K>[],
  label?: string,
): Promise<RecordOf<K>[]> {
  const first = records[0];
  if (!first) return [];
  if (records.some((record) => record.workshopId !== first.workshopId)) {
    throw new DataValidationError('All records added together must belong to one workshop');
  }
  return runEdit(first.workshopId, label ?? `add:${kind}`, async (session) => {
    const added: RecordOf<K>[] = [];
    for (const record of records) added.push(await addInSession(session, kind, record));
    return added;
  });
}

export async function updateRecord<K extends RecordKind>(
  kind: K,
  id: string,
  update: RecordUpdate<K>,
  label?: string,
): Promise<RecordOf<K>> {
  return runEdit(owningWorkshopOf(kind, id), label ?? `update:${kind}`, (session) => updateInSession(session, kind, id, update));
}

/**
 * An edit made while typing or nudging: stored at once like any other, but consecutive edits of the
 * same field of the same record within a few seconds form one undo step.
 */
export async function updateRecordContinuously<K extends RecordKind>(
  kind: K,
  id: string,
  update: RecordUpdate<K>,
  label: string,
  field: string,
): Promise<RecordOf<K>> {
  return runEdit(owningWorkshopOf(kind, id), label, (session) => updateInSession(session, kind, id, update), `${kind}:${id}:${field}`);
}

/**
 * Deletes a record, deletes the records that cannot exist without it and clears every other link
 * to it. Ask the user first with describeDeleteImpact; the returned impact is what happened.
 */
export async function deleteRecord(kind: RecordKind, id: string, label?: string): Promise<DeleteImpact> {
  return runEdit(owningWorkshopOf(kind, id), label ?? `delete:${kind}`, (session) => deleteInSession(session, kind, id));
}

/** What deleteRecord would do, without writing anything. */
export async function describeDeleteImpact(kind: RecordKind, id: string): Promise<DeleteImpact> {
  return runReadTransaction(async (database) => {
    const record = await database.recordTable(kind).get(id);
    if (!record) throw new RecordNotFoundError(kind, id);
    const plan = await planDelete(new WorkshopReader(database, record.workshopId), kind, id);
    return plan.impact;
  });
}

/** Several record edits of one workshop (e.g. moving a group of notes) as ONE undo step, in order. */
export async function applyChanges(workshopId: string, label: string, mutations: readonly RecordMutation[]): Promise<void> {
  if (mutations.length === 0) return;
  await runEdit(workshopId, label, async (session) => {
    for (const mutation of mutations) await applyMutationInSession(session, mutation);
  });
}

function owningWorkshopOf(kind: RecordKind, id: string): WorkshopIdResolver {
  return async (database) => {
    const record = await database.recordTable(kind).get(id);
    if (!record) throw new RecordNotFoundError(kind, id);
    return record.workshopId;
  };
}

export type { RecordMutation, RecordPatch, RecordUpdate } from './recordMutations';
export type { DeleteImpact, RecordRef } from './deletePlan';
