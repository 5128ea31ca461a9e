/** Moving whole workshops in and out: export for backups, import from a backup file. */
import { remapBundleIds } from '../../../shared/backup';
import type { Workshop, WorkshopBundle } from '../../../shared/domain';
import { RecordNotFoundError } from '../errors';
import { nowIso, runReadTransaction, runWriteTransaction } from '../transactions';
import { insertBundle, readBundle } from './bundleStorage';
import { assertValidBundle } from './bundleValidation';

/** The workshop with all its records, read in one consistent snapshot. */
export async function exportBundle(workshopId: string): Promise<WorkshopBundle> {
  const bundle = await runReadTransaction((database) => readBundle(database, workshopId));
  if (!bundle) throw new RecordNotFoundError('workshops', workshopId);
  return bundle;
}

/**
 * Imports a bundle as a NEW workshop (fresh ids everywhere, so importing the same file twice or a
 * backup of a workshop that still exists never overwrites anything). Validated first; written in
 * one transaction, so on any failure nothing is stored.
 */
export async function importBundle(bundle: WorkshopBundle): Promise<Workshop> {
  const valid = assertValidBundle(bundle);
  const copy = remapBundleIds(valid);
  copy.workshop.updatedAt = nowIso();
  await runWriteTransaction((database) => insertBundle(database, copy));
  return copy.workshop;
}

/** Every workshop edited after `isoTime` (exclusive), for automatic backups. */
export async function exportChangedWorkshopsSince(isoTime: string): Promise<WorkshopBundle[]> {
  return runReadTransaction(async (database) => {
    const workshops = await database.workshops.where('updatedAt').above(isoTime).toArray();
    const bundles: WorkshopBundle[] = [];
    for (const workshop of workshops) {
      const bundle = await readBundle(database, workshop.id);
      if (bundle) bundles.push(bundle);
    }
    return bundles;
  });
}
