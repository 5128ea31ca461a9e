import { LINK_FIELDS, RECORD_KINDS } from '../../../shared/domain';
import type { IncomingLink, LinkField, RecordKind, RecordOf } from '../../../shared/domain';
import type { ValidationIssue } from '../errors';
import type { WorkshopReader } from './workshopReader';

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
  for (const sourceKind of RECORD_KINDS) {
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
