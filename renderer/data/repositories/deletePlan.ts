import { isOwningLink } from '../../../shared/domain';
import type { IncomingLink, RecordKind } from '../../../shared/domain';
import { incomingSources, kindsLinkingTo } from './linkIntegrity';
import type { WorkshopReader } from './workshopReader';

export interface RecordRef {
  kind: RecordKind;
  id: string;
}

/** What deleting a record does to the rest of the workshop, for the "are you sure?" question. */
export interface DeleteImpact {
  /** Records that cannot exist without it and are deleted too (e.g. a KPI's measurements). */
  deleted: RecordRef[];
  /** Records that stay but lose a link to a deleted record (field cleared or id removed from a set). */
  unlinked: IncomingLink[];
}

export interface DeletePlan {
  impact: DeleteImpact;
  /** Every record to delete, the requested one first. */
  deletions: RecordRef[];
  /** Records that stay, with their links to deleted records removed (not yet validated). */
  updates: { kind: RecordKind; record: Record<string, unknown> }[];
}

/**
 * Works out a deletion using LINK_FIELDS: required single links cascade (the dependent record is
 * deleted too, recursively), nullable links are set to null and link sets lose the id.
 */
export async function planDelete(reader: WorkshopReader, kind: RecordKind, id: string): Promise<DeletePlan> {
  const deletions = new Map<string, RecordRef>();
  const updated = new Map<string, { kind: RecordKind; record: Record<string, unknown> }>();
  const unlinked: IncomingLink[] = [];
  const queue: RecordRef[] = [{ kind, id }];

  for (let target = queue.shift(); target; target = queue.shift()) {
    const targetKey = keyOf(target.kind, target.id);
    if (deletions.has(targetKey)) continue;
    deletions.set(targetKey, target);
    // Only kinds that can link to the target (see kindsLinkingTo: a long cascade lost its transaction).
    for (const sourceKind of kindsLinkingTo(target.kind)) {
      for (const { link, sources } of await incomingSources(reader, sourceKind, target)) {
        for (const source of sources) {
          const sourceKey = keyOf(sourceKind, source.id);
          if (deletions.has(sourceKey)) continue;
          if (isOwningLink(link)) {
            queue.push({ kind: sourceKind, id: source.id });
            continue;
          }
          const current = updated.get(sourceKey)?.record ?? { ...(source as Record<string, unknown>) };
          updated.set(sourceKey, { kind: sourceKind, record: withoutLink(current, link.field, link.many, target.id) });
          unlinked.push({ kind: sourceKind, id: source.id, field: link.field });
        }
      }
    }
  }

  const survives = (ref: RecordRef) => !deletions.has(keyOf(ref.kind, ref.id));
  return {
    impact: { deleted: [...deletions.values()].slice(1), unlinked: uniqueLinks(unlinked.filter(survives)) },
    deletions: [...deletions.values()],
    updates: [...updated.entries()].filter(([key]) => !deletions.has(key)).map(([, update]) => update),
  };
}

function withoutLink(record: Record<string, unknown>, field: string, many: boolean, targetId: string): Record<string, unknown> {
  const value = record[field];
  if (many) return { ...record, [field]: Array.isArray(value) ? value.filter((entry) => entry !== targetId) : [] };
  return { ...record, [field]: null };
}

/** A record linking twice through one field (two deleted dependencies) is listed once. */
function uniqueLinks(links: IncomingLink[]): IncomingLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${keyOf(link.kind, link.id)}/${link.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function keyOf(kind: RecordKind, id: string): string {
  return `${kind}/${id}`;
}
