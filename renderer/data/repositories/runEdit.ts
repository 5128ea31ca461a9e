import { RecordNotFoundError } from '../errors';
import { nowIso, runWriteTransaction } from '../transactions';
import { pushEdit } from '../undo/undoStacks';
import type { DsrsDatabase } from '../database';
import { EditSession } from './editSession';

/** Finds the workshop an edit belongs to, inside the edit's transaction (e.g. from a record id). */
export type WorkshopIdResolver = (database: DsrsDatabase) => Promise<string>;

/**
 * Runs one user edit of one workshop: a single strict transaction, committed immediately, that
 * also bumps the workshop's updatedAt; once committed, the edit becomes one undo step.
 */
export async function runEdit<T>(
  target: string | WorkshopIdResolver,
  label: string,
  edit: (session: EditSession) => Promise<T>,
  coalesceKey?: string,
): Promise<T> {
  const { workshopId, result, changes } = await runWriteTransaction(async (database) => {
    const workshopId = typeof target === 'string' ? target : await target(database);
    const workshop = await database.workshops.get(workshopId);
    if (!workshop) throw new RecordNotFoundError('workshops', workshopId);
    const session = new EditSession(database, workshopId);
    const editResult = await edit(session);
    await session.assertLinksResolve();
    const editChanges = await session.collectChanges();
    if (editChanges.length > 0) await database.workshops.update(workshopId, { updatedAt: nowIso() });
    return { workshopId, result: editResult, changes: editChanges };
  });
  // Pushed only after the commit: a rolled-back edit must not become undoable.
  pushEdit(workshopId, coalesceKey === undefined ? { label, changes } : { label, changes, coalesceKey });
  return result;
}
