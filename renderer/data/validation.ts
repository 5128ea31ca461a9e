/** Schema checks before anything is written: invalid data never reaches the database. */
import type { z } from 'zod';
import { RECORD_SCHEMAS, workshopSchema } from '../../shared/domain';
import type { RecordKind, RecordOf, Workshop } from '../../shared/domain';
import { DataValidationError } from './errors';
import type { ValidationIssue } from './errors';

export function validateRecord<K extends RecordKind>(kind: K, value: unknown): RecordOf<K> {
  const schema: z.ZodType<RecordOf<K>> = RECORD_SCHEMAS[kind];
  const result = schema.safeParse(value);
  if (!result.success) throw new DataValidationError(`Invalid ${kind} record`, toIssues(result.error));
  return result.data;
}

export function validateWorkshop(value: unknown): Workshop {
  const result = workshopSchema.safeParse(value);
  if (!result.success) throw new DataValidationError('Invalid workshop', toIssues(result.error));
  return result.data;
}

function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
