import { LINK_FIELDS, RECORD_KINDS, type RecordKind, type RecordOf, type WorkshopBundle } from '../domain';

/**
 * Gives the workshop and every record a fresh id and rewrites `workshopId` and every link field
 * (per LINK_FIELDS) to match, on a deep copy. Importing a file twice or duplicating a workshop then
 * never collides with what is already stored. A link whose target is not in the bundle keeps its
 * old value (validateBundle reports such links).
 */
export function remapBundleIds(bundle: WorkshopBundle, newId: () => string = () => crypto.randomUUID()): WorkshopBundle {
  const copy = structuredClone(bundle);
  const idMap = new Map<string, string>();
  const workshopId = newId();
  idMap.set(copy.workshop.id, workshopId);
  for (const kind of RECORD_KINDS) {
    for (const record of copy.records[kind]) {
      if (!idMap.has(record.id)) idMap.set(record.id, newId());
    }
  }
  const mapId = (id: string): string => idMap.get(id) ?? id;

  copy.workshop.id = workshopId;
  for (const kind of RECORD_KINDS) remapKind(copy, kind, workshopId, mapId);
  return copy;
}

function remapKind<K extends RecordKind>(
  bundle: WorkshopBundle,
  kind: K,
  workshopId: string,
  mapId: (id: string) => string,
): void {
  const records: RecordOf<K>[] = bundle.records[kind];
  for (const record of records) {
    record.id = mapId(record.id);
    record.workshopId = workshopId;
    // Link fields are plain ids or id lists (checked by the domain tests); the copy is ours to change.
    const fields = record as Record<string, unknown>;
    for (const link of LINK_FIELDS[kind]) {
      const value = fields[link.field];
      if (typeof value === 'string') fields[link.field] = mapId(value);
      else if (Array.isArray(value)) fields[link.field] = value.map((entry: unknown) => (typeof entry === 'string' ? mapId(entry) : entry));
    }
  }
}
