import { LINK_FIELDS, RECORD_KINDS } from '../../../shared/domain';
import type { IncomingLink, LinkField, RecordKind, RecordOf } from '../../../shared/domain';
import type { ValidationIssue } from '../errors';
import type { WorkshopReader } from './workshopReader';

/**
 * The kinds with at least one link to `targetKind`, in RECORD_KINDS order. Loops inside a transaction
 * visit only these: an `await` that reaches no database request uses up one of Dexie's limited
 * "zone echoes", and after about a hundred in a row the transaction is lost. Looping over every
 * kind made undoing a 5-row lost-deal import, or deleting a KPI with 13 values, fail with
 * "Transaction committed too early" after part of the change was already written.
 */
export function kindsLinkingTo(targetKind: RecordKind): readonly RecordKind[] {
  return KINDS_LINKING_TO.get(targetKind) ?? [];
}

const KINDS_LINKING_TO: ReadonlyMap<RecordKind, readonly RecordKind[]> = new Map(
  RECORD_KINDS.map((target) => [target, RECORD_KINDS.filter((source) => LINK_FIELDS[source].some((link) => link.target === target))]),
);

/** Whether `record` (of `kind`) links to anything at all; when not, there is nothing to look up. */
export function hasLinkValues(kind: RecordKind, record: unknown): boolean {
  const fields = record as Readonly<Record<string, unknown>>;
  return LINK_FIELDS[kind].some((link) => idsIn(fields[link.field]).length > 0);
}

/** Links of `record` that point at records missing from its workshop. */
export async function missingLinkTargets(reader: WorkshopReader, kind: RecordKind, record: unknown): Promise<ValidationIssue[]> {
  const fields = record as Readonly<Record<string, unknown>>;
  const issues: ValidationIssue[] = [];
  const links: readonly LinkField[] = LINK_FIELDS[kind];
  for (const link of links) {
    for (const targetId of idsIn(fields[link.field])) {
      if (!(await reader.getRecord(link.target, targetId))) {
        issues.push({ path: `${kind}.${String(fields.id)}.${link.field}`, message: `No ${link.target} record ${targetId} in this workshop` });
      }
    }
  }
  return issues;
}

/** The records of `sourceKind` that link to `target`, grouped by the link they use. */
export async function incomingSources<K extends RecordKind>(
  reader: WorkshopReader,
  sourceKind: K,
  target: { kind: RecordKind; id: string },
): Promise<{ link: LinkField<K>; sources: RecordOf<K>[] }[]> {
  const found: { link: LinkField<K>; sources: RecordOf<K>[] }[] = [];
  for (const link of LINK_FIELDS[sourceKind]) {
    if (link.target === target.kind) found.push({ link, sources: await reader.recordsLinkingTo(sourceKind, link, target.id) });
  }
  return found;
}

/** Every record of the workshop that links to `kind`/`id`. */
export async function incomingLinksTo(reader: WorkshopReader, kind: RecordKind, id: string): Promise<IncomingLink[]> {
  const incoming: IncomingLink[] = [];
  for (const sourceKind of kindsLinkingTo(kind)) {
    for (const { link, sources } of await incomingSources(reader, sourceKind, { kind, id })) {
      for (const source of sources) incoming.push({ kind: sourceKind, id: source.id, field: link.field });
    }
  }
  return incoming;
}

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === 'string');
  return [];
}
