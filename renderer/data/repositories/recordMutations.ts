/** The edits a session can make to records; shared by the single-record API and applyChanges. */
import type { RecordKind, RecordOf } from '../../../shared/domain';
import { DataValidationError } from '../errors';
import { validateRecord } from '../validation';
import { planDelete } from './deletePlan';
import type { DeleteImpact } from './deletePlan';
import type { EditSession } from './editSession';

/** The editable fields of a record; identity and ownership never change. */
export type RecordPatch<K extends RecordKind> = Partial<Omit<RecordOf<K>, 'id' | 'workshopId'>>;

/**
 * A patch, or a function that computes it from the record as stored when the edit runs, inside its
 * transaction. Use the function form whenever the new value depends on the old one (adding to a
 * list, toggling a flag): a patch computed from a screen's copy would overwrite whatever another
 * window stored since that copy was read.
 */
export type RecordUpdate<K extends RecordKind> = RecordPatch<K> | ((current: RecordOf<K>) => RecordPatch<K>);

export type RecordMutation = {
  [K in RecordKind]:
    | { type: 'add'; kind: K; record: RecordOf<K> }
    | { type: 'update'; kind: K; id: string; patch: RecordPatch<K> }
    | { type: 'delete'; kind: K; id: string };
}[RecordKind];

export async function addInSession<K extends RecordKind>(session: EditSession, kind: K, record: RecordOf<K>): Promise<RecordOf<K>> {
  const valid = validateRecord(kind, record);
  if (await session.getRecord(kind, valid.id)) {
    throw new DataValidationError(`A ${kind} record with id ${valid.id} already exists`, [{ path: 'id', message: 'Already exists' }]);
  }
  await session.putRecord(kind, valid);
  return valid;
}

export async function updateInSession<K extends RecordKind>(
  session: EditSession,
  kind: K,
  id: string,
  update: RecordUpdate<K>,
): Promise<RecordOf<K>> {
  const current = await session.requireRecord(kind, id);
  // Only the patched fields change; every other field keeps its stored value, even one another
  // window wrote after this window read the record.
  const patch = typeof update === 'function' ? update(current) : update;
  // Identity wins over whatever an untyped caller put in the patch.
  const valid = validateRecord(kind, { ...current, ...patch, id: current.id, workshopId: current.workshopId });
  await session.putRecord(kind, valid);
  return valid;
}

export async function deleteInSession(session: EditSession, kind: RecordKind, id: string): Promise<DeleteImpact> {
  await session.requireRecord(kind, id);
  const plan = await planDelete(session, kind, id);
  for (const update of plan.updates) await session.putRecord(update.kind, validateRecord(update.kind, update.record));
  for (const deletion of plan.deletions) await session.removeRecord(deletion.kind, deletion.id);
  return plan.impact;
}

export async function applyMutationInSession(session: EditSession, mutation: RecordMutation): Promise<void> {
  switch (mutation.type) {
    case 'add':
      await addInSession(session, mutation.kind, mutation.record);
      return;
    case 'update':
      await updateInSession(session, mutation.kind, mutation.id, mutation.patch);
      return;
    case 'delete':
      await deleteInSession(session, mutation.kind, mutation.id);
      return;
  }
}
