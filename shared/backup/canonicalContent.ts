import {
  LINK_FIELDS,
  RECORD_KINDS,
  linkedIds,
  type LinkField,
  type RecordKind,
  type RecordOf,
  type WorkshopBundle,
} from '../domain';

export type CanonicalRecord = Record<string, unknown>;

/** A bundle's content with ids and timestamps taken out, comparable with toEqual or as JSON text. */
export interface CanonicalContent {
  workshop: CanonicalRecord;
  records: Record<RecordKind, CanonicalRecord[]>;
}

/** What a link to a record outside the bundle becomes: visible, but free of any id. */
export const DANGLING_REFERENCE = '<dangling>';

const WORKSHOP_VOLATILE_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt']);

/** Plain-data JSON with keys sorted at every level, so equal content gives equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(source)
      .sort()
      .map((key) => [key, sortKeysDeep(source[key])]),
  );
}

/** The record's own content: everything except its identity and its links. */
function ownContent<K extends RecordKind>(kind: K, record: RecordOf<K>): Record<string, unknown> {
  const linkNames = new Set<string>(LINK_FIELDS[kind].map((link) => link.field));
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'id' && key !== 'workshopId' && !linkNames.has(key)) content[key] = value;
  }
  return content;
}

interface Entry<K extends RecordKind> {
  kind: K;
  record: RecordOf<K>;
  index: number;
  sortKey: string;
}

/**
 * Replaces every id with an ordinal reference such as "findings/2" and drops the workshop's id and
 * timestamps. Ordinals do not depend on the order records came out of storage: records are sorted by
 * their own content, then by the content of what they link to, and only records identical in both
 * keep their incoming order. So export -> import -> export compares equal apart from ids and timestamps.
 */
export function canonicalContent(bundle: WorkshopBundle): CanonicalContent {
  const contentById = new Map<string, string>();
  for (const kind of RECORD_KINDS) {
    for (const record of bundle.records[kind] as readonly RecordOf<RecordKind>[]) {
      contentById.set(record.id, `${kind}:${stableJson(ownContent(kind, record))}`);
    }
  }

  const referenceById = new Map<string, string>();
  const sortedByKind = new Map<RecordKind, Entry<RecordKind>[]>();
  for (const kind of RECORD_KINDS) {
    const entries = sortedEntries(bundle, kind, contentById);
    entries.forEach((entry, ordinal) => referenceById.set(entry.record.id, `${kind}/${ordinal}`));
    sortedByKind.set(kind, entries);
  }

  const records = {} as Record<RecordKind, CanonicalRecord[]>;
  for (const kind of RECORD_KINDS) {
    records[kind] = (sortedByKind.get(kind) ?? []).map((entry) => canonicalRecord(entry, referenceById));
  }
  return { workshop: canonicalWorkshop(bundle), records };
}

function sortedEntries<K extends RecordKind>(
  bundle: WorkshopBundle,
  kind: K,
  contentById: ReadonlyMap<string, string>,
): Entry<RecordKind>[] {
  const records: readonly RecordOf<K>[] = bundle.records[kind];
  const entries = records.map((record, index) => {
    const linkParts = LINK_FIELDS[kind].map(
      (link: LinkField<K>) => `${link.field}=${linkedIds(record, link).map((id) => contentById.get(id) ?? DANGLING_REFERENCE).join(',')}`,
    );
    return { kind, record, index, sortKey: `${stableJson(ownContent(kind, record))}|${linkParts.join('|')}` };
  });
  entries.sort((left, right) => (left.sortKey < right.sortKey ? -1 : left.sortKey > right.sortKey ? 1 : left.index - right.index));
  return entries as Entry<RecordKind>[];
}

function canonicalRecord(entry: Entry<RecordKind>, referenceById: ReadonlyMap<string, string>): CanonicalRecord {
  const { kind, record } = entry;
  const reference = (id: string): string => referenceById.get(id) ?? DANGLING_REFERENCE;
  const canonical: Record<string, unknown> = { ...ownContent(kind, record), ref: reference(record.id) };
  for (const link of LINK_FIELDS[kind] as readonly LinkField[]) {
    const value: unknown = (record as Readonly<Record<string, unknown>>)[link.field];
    if (typeof value === 'string') canonical[link.field] = reference(value);
    else if (Array.isArray(value)) canonical[link.field] = value.map((id: unknown) => (typeof id === 'string' ? reference(id) : id));
    else canonical[link.field] = value ?? null;
  }
  return sortKeysDeep(canonical) as CanonicalRecord;
}

function canonicalWorkshop(bundle: WorkshopBundle): CanonicalRecord {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(bundle.workshop)) {
    if (!WORKSHOP_VOLATILE_FIELDS.has(key)) content[key] = value;
  }
  return sortKeysDeep(content) as CanonicalRecord;
}
