import type { IndexableType } from 'dexie';
import { linkedIds } from '../../../shared/domain';
import type { LinkField, RecordKind, RecordOf, Workshop } from '../../../shared/domain';
import type { DsrsDatabase } from '../database';
import { RecordNotFoundError } from '../errors';

/**
 * Reads one workshop's records inside a transaction. Records of other workshops are invisible,
 * so an id from another workshop can never be edited or linked through this workshop's session.
 */
export class WorkshopReader {
  constructor(
    protected readonly database: DsrsDatabase,
    readonly workshopId: string,
  ) {}

  getWorkshop(): Promise<Workshop | undefined> {
    return this.database.workshops.get(this.workshopId);
  }

  async getRecord<K extends RecordKind>(kind: K, id: string): Promise<RecordOf<K> | undefined> {
    const record = await this.database.recordTable(kind).get(id);
    return record?.workshopId === this.workshopId ? record : undefined;
  }

  async requireRecord<K extends RecordKind>(kind: K, id: string): Promise<RecordOf<K>> {
    const record = await this.getRecord(kind, id);
    if (!record) throw new RecordNotFoundError(kind, id);
    return record;
  }

  recordsOfWorkshop<K extends RecordKind>(kind: K): Promise<RecordOf<K>[]> {
    return this.database.recordTable(kind).where('workshopId').equals(this.workshopId).toArray();
  }

  /** The records of `sourceKind` whose `link` field points at `targetId`. */
  async recordsLinkingTo<K extends RecordKind>(sourceKind: K, link: LinkField<K>, targetId: string): Promise<RecordOf<K>[]> {
    const table = this.database.recordTable(sourceKind);
    // Links added after a schema version may lack an index until a migration adds one.
    if (!table.schema.idxByName[link.field]) {
      const records = await this.recordsOfWorkshop(sourceKind);
      return records.filter((record) => linkedIds(record, link).includes(targetId));
    }
    const key: IndexableType = targetId;
    const records = await table.where(link.field).equals(key).distinct().toArray();
    return records.filter((record) => record.workshopId === this.workshopId);
  }
}
