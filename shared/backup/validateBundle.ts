import {
  LINK_FIELDS,
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
  type WorkshopBundle,
} from '../domain';
import { formatPath, MAX_REPORTED_PROBLEMS, ProblemList, type BackupProblem } from './backupProblem';

type IdOwner = RecordKind | 'workshop';

/**
 * The checks that span records, for a bundle whose records each passed their schema: ids unique across
 * the whole workshop, every record owned by this workshop, every link pointing at an existing record
 * of the right kind. Used on imported files and reusable on in-memory bundles.
 */
export function validateBundle(bundle: WorkshopBundle, limit: number = MAX_REPORTED_PROBLEMS): BackupProblem[] {
  const problems = new ProblemList(limit);
  const owners = indexIds(bundle, problems);
  for (const kind of RECORD_KINDS) {
    if (problems.isFull) break;
    checkOwnership(bundle, kind, problems);
  }
  for (const kind of RECORD_KINDS) {
    if (problems.isFull) break;
    checkLinks(bundle, kind, owners, problems);
  }
  return problems.toArray();
}

function indexIds(bundle: WorkshopBundle, problems: ProblemList): Map<string, IdOwner> {
  const owners = new Map<string, IdOwner>([[bundle.workshop.id, 'workshop']]);
  for (const kind of RECORD_KINDS) {
    bundle.records[kind].forEach((record, index) => {
      const existing = owners.get(record.id);
      if (existing === undefined) {
        owners.set(record.id, kind);
        return;
      }
      problems.add({
        code: 'duplicate_id',
        path: formatPath(['records', kind, index, 'id']),
        detail: `id ${record.id} is already used by ${existing === 'workshop' ? 'the workshop' : `a record in ${existing}`}`,
      });
    });
  }
  return owners;
}

function checkOwnership(bundle: WorkshopBundle, kind: RecordKind, problems: ProblemList): void {
  bundle.records[kind].forEach((record, index) => {
    if (record.workshopId === bundle.workshop.id) return;
    problems.add({
      code: 'wrong_workshop',
      path: formatPath(['records', kind, index, 'workshopId']),
      detail: `belongs to workshop ${record.workshopId}, not ${bundle.workshop.id}`,
    });
  });
}

function checkLinks<K extends RecordKind>(
  bundle: WorkshopBundle,
  kind: K,
  owners: ReadonlyMap<string, IdOwner>,
  problems: ProblemList,
): void {
  const links = LINK_FIELDS[kind];
  if (links.length === 0) return;
  const records: readonly RecordOf<K>[] = bundle.records[kind];
  records.forEach((record, index) => {
    for (const link of links) {
      const value: unknown = (record as Readonly<Record<string, unknown>>)[link.field];
      const targets = link.many && Array.isArray(value) ? value : [value];
      targets.forEach((target: unknown, position) => {
        if (target === null && link.nullable) return;
        const owner = typeof target === 'string' ? owners.get(target) : undefined;
        if (owner === link.target) return;
        const segments = link.many ? ['records', kind, index, link.field, position] : ['records', kind, index, link.field];
        problems.add({
          code: 'dangling_link',
          path: formatPath(segments),
          detail:
            owner === undefined
              ? `no record in ${link.target} has id ${String(target)}`
              : `points at ${owner === 'workshop' ? 'the workshop' : `a record in ${owner}`}, expected one in ${link.target}`,
        });
      });
    }
  });
}
