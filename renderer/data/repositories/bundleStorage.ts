/** Reading and writing a whole workshop inside an open transaction. */
import { emptyRecords, RECORD_KINDS } from '../../../shared/domain';
import type { RecordKind, RecordOf, WorkshopBundle, WorkshopRecords } from '../../../shared/domain';
import type { DsrsDatabase } from '../database';

export async function readBundle(database: DsrsDatabase, workshopId: string): Promise<WorkshopBundle | undefined> {
  const workshop = await database.workshops.get(workshopId);
  if (!workshop) return undefined;
  const records = emptyRecords();
  for (const kind of RECORD_KINDS) await readKind(database, records, kind, workshopId);
  return { workshop, records };
}

async function readKind<K extends RecordKind>(database: DsrsDatabase, into: WorkshopRecords, kind: K, workshopId: string): Promise<void> {
  const byKind: { [P in K]: RecordOf<P>[] } = into;
  byKind[kind] = await database.recordTable(kind).where('workshopId').equals(workshopId).toArray();
}

/** Inserts a bundle whose ids are all new; `add` (not put) so a collision fails instead of overwriting. */
export async function insertBundle(database: DsrsDatabase, bundle: WorkshopBundle): Promise<void> {
  await database.workshops.add(bundle.workshop);
  for (const kind of RECORD_KINDS) await insertKind(database, bundle.records, kind);
}

async function insertKind<K extends RecordKind>(database: DsrsDatabase, records: WorkshopRecords, kind: K): Promise<void> {
  if (records[kind].length > 0) await database.recordTable(kind).bulkAdd(records[kind]);
}

export async function deleteBundle(database: DsrsDatabase, workshopId: string): Promise<void> {
  for (const kind of RECORD_KINDS) await database.recordTable(kind).where('workshopId').equals(workshopId).delete();
  await database.workshops.delete(workshopId);
}
