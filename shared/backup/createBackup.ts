import { RECORD_KINDS, type RecordKind, type WorkshopBundle, type WorkshopRecords } from '../domain';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupAppInfo, type BackupEnvelope } from './backupFormat';

/** Wraps a workshop and its records in the versioned envelope, ready to serialise. */
export function createBackup(bundle: WorkshopBundle, app: BackupAppInfo, now: Date = new Date()): BackupEnvelope {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    app: { name: app.name, version: app.version },
    workshop: bundle.workshop,
    records: recordsInKindOrder(bundle.records),
  };
}

function recordsInKindOrder(records: WorkshopRecords): WorkshopRecords {
  const ordered: Partial<Record<RecordKind, unknown>> = {};
  for (const kind of RECORD_KINDS) ordered[kind] = records[kind];
  return ordered as WorkshopRecords;
}

/** Identity first, then the other fields alphabetically, so equal content always gives equal files. */
function compareKeys(left: string, right: string): number {
  const rank = (key: string): number => (key === 'id' ? 0 : key === 'workshopId' ? 1 : 2);
  return rank(left) - rank(right) || (left < right ? -1 : left > right ? 1 : 0);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Pretty JSON with a stable key order: the envelope's own fields in their documented order, record
 * kinds in RECORD_KINDS order, and record fields sorted. Diffs between two exports show real changes only.
 */
export function serializeBackup(envelope: BackupEnvelope): string {
  const ordered = {
    format: envelope.format,
    version: envelope.version,
    exportedAt: envelope.exportedAt,
    app: { name: envelope.app.name, version: envelope.app.version },
    workshop: envelope.workshop,
    records: recordsInKindOrder(envelope.records),
  };
  const sortNestedKeys = (_key: string, value: unknown): unknown => {
    // The envelope and its records map are already in their documented order.
    if (value === ordered || value === ordered.records) return value;
    if (!isPlainObject(value)) return value;
    // fromEntries defines own properties, so even a stray "__proto__" key stays plain data.
    return Object.fromEntries(Object.keys(value).sort(compareKeys).map((name) => [name, value[name]]));
  };
  return `${JSON.stringify(ordered, sortNestedKeys, 2)}\n`;
}
