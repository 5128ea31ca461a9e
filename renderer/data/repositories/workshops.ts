/** The workshop library: creating, editing, archiving, deleting and duplicating workshops. */
import { remapBundleIds } from '../../../shared/backup';
import { createWorkshop as buildWorkshop } from '../../../shared/domain';
import type { Workshop } from '../../../shared/domain';
import { getDatabase } from '../activeDatabase';
import { RecordNotFoundError, UndoConflictError } from '../errors';
import { nowIso, runWriteTransaction } from '../transactions';
import { clearUndoHistory } from '../undo/undoStacks';
import { validateWorkshop } from '../validation';
import { deleteBundle, insertBundle, readBundle } from './bundleStorage';
import { exportBundle } from './bundles';
import { runEdit } from './runEdit';

/** Fields the user edits; identity and timestamps are managed here. */
export type WorkshopPatch = Partial<Omit<Workshop, 'id' | 'createdAt' | 'updatedAt'>>;

/**
 * A patch, or a function computing it from the workshop as stored when the edit runs (inside the
 * transaction): the form to use when the new value depends on the old one, such as adding a phase to
 * completedPhases, so a screen's older copy cannot overwrite what another window stored meanwhile.
 */
export type WorkshopUpdate = WorkshopPatch | ((current: Workshop) => WorkshopPatch);

export interface DeletedWorkshop {
  /** Puts the workshop and all its records back exactly as they were, in one transaction. */
  undo: () => Promise<void>;
}

export async function createWorkshop(fields: Partial<Omit<Workshop, 'id'>> = {}): Promise<Workshop> {
  const workshop = validateWorkshop(buildWorkshop(fields));
  await runWriteTransaction(async (database) => {
    await database.workshops.add(workshop);
  });
  return workshop;
}

export async function updateWorkshop(id: string, update: WorkshopUpdate, label?: string): Promise<Workshop> {
  const written = await runEdit(id, label ?? 'update:workshops', async (session) => {
    const current = await session.getWorkshop();
    if (!current) throw new RecordNotFoundError('workshops', id);
    const patch = typeof update === 'function' ? update(current) : update;
    // updatedAt is bumped by runEdit only if something really changed.
    const next = validateWorkshop({ ...current, ...patch, id: current.id, createdAt: current.createdAt, updatedAt: current.updatedAt });
    await session.putWorkshop(next);
    return next;
  });
  // Re-read to return the bumped updatedAt.
  return (await getDatabase().workshops.get(id)) ?? written;
}

export async function archiveWorkshop(id: string, archived: boolean, label?: string): Promise<void> {
  await updateWorkshop(id, { archived }, label ?? (archived ? 'archive:workshops' : 'unarchive:workshops'));
}

/** Deletes the workshop and everything it owns in one transaction; the result can undo it. */
export async function deleteWorkshop(id: string): Promise<DeletedWorkshop> {
  const snapshot = await runWriteTransaction(async (database) => {
    const bundle = await readBundle(database, id);
    if (!bundle) throw new RecordNotFoundError('workshops', id);
    await deleteBundle(database, id);
    return bundle;
  });
  // The journal of a deleted workshop could only ever conflict.
  clearUndoHistory(id);
  let restored = false;
  return {
    undo: async () => {
      if (restored) return;
      await runWriteTransaction(async (database) => {
        if (await database.workshops.get(id)) throw new UndoConflictError('undo', [{ kind: 'workshops', id }]);
        await insertBundle(database, snapshot);
      });
      restored = true;
    },
  };
}

/** A full copy under a new title: new ids everywhere, every link pointing inside the copy. */
export async function duplicateWorkshop(id: string, newTitle: string): Promise<Workshop> {
  const copy = remapBundleIds(await exportBundle(id));
  const now = nowIso();
  copy.workshop = validateWorkshop({ ...copy.workshop, title: newTitle, archived: false, createdAt: now, updatedAt: now });
  await runWriteTransaction((database) => insertBundle(database, copy));
  return copy.workshop;
}
