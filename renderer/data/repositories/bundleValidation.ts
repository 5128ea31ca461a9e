/**
 * Full check of a bundle before import: the workshop and every record against their schemas,
 * then the cross-record rules (unique ids, ownership, links) of shared/backup.
 */
import { emptyRecords, RECORD_KINDS } from '../../../shared/domain';
import type { RecordKind, RecordOf, WorkshopBundle, WorkshopRecords } from '../../../shared/domain';
import { validateBundle } from '../../../shared/backup';
import { DataValidationError } from '../errors';
import type { ValidationIssue } from '../errors';
import { validateRecord, validateWorkshop } from '../validation';

export function assertValidBundle(bundle: WorkshopBundle): WorkshopBundle {
  const workshop = validateWorkshop(bundle.workshop);
  const records = emptyRecords();
  for (const kind of RECORD_KINDS) validateKind(bundle, kind, records);
  const checked: WorkshopBundle = { workshop, records };
  const problems = validateBundle(checked);
  if (problems.length > 0) {
    throw new DataValidationError(
      'The workshop data is inconsistent',
      problems.map((problem): ValidationIssue => ({ path: problem.path, message: problem.detail ?? problem.code })),
    );
  }
  return checked;
}

function validateKind<K extends RecordKind>(bundle: WorkshopBundle, kind: K, into: WorkshopRecords): void {
  const list: unknown = (bundle.records as Partial<Record<RecordKind, unknown>> | undefined)?.[kind];
  if (!Array.isArray(list)) throw new DataValidationError(`The bundle has no list of ${kind}`, [{ path: `records.${kind}`, message: 'Missing' }]);
  const valid: RecordOf<K>[] = [];
  list.forEach((record: unknown, index) => {
    try {
      valid.push(validateRecord(kind, record));
    } catch (error) {
      if (!(error instanceof DataValidationError)) throw error;
      const issues = error.issues.map((issue) => ({ ...issue, path: `records.${kind}[${index}]${issue.path ? `.${issue.path}` : ''}` }));
      throw new DataValidationError(error.message, issues);
    }
  });
  const byKind: { [P in K]: RecordOf<P>[] } = into;
  byKind[kind] = valid;
}
