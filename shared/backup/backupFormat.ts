import { z } from 'zod';
import {
  isoDateTime,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  shortText,
  workshopSchema,
  type RecordKind,
  type RecordOf,
  type Workshop,
  type WorkshopRecords,
} from '../domain';

/** The marker that tells a DSRS Studio backup from any other JSON file. */
export const BACKUP_FORMAT = 'dsrs-studio-backup';

/**
 * The version this build writes. Bump it whenever the shape of a record changes (a field added,
 * renamed or retyped, a record kind added) and add a normaliser for the old version in normalizers.ts.
 */
export const BACKUP_VERSION = 1;

/** Larger than any real workshop by orders of magnitude; refusing earlier protects the app's memory. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export const backupAppInfoSchema = z.strictObject({
  name: shortText,
  version: shortText,
});

export type BackupAppInfo = z.infer<typeof backupAppInfoSchema>;

/** The file as written to disk. */
export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  app: BackupAppInfo;
  workshop: Workshop;
  records: WorkshopRecords;
}

type RecordArraySchemas = { [K in RecordKind]: z.ZodArray<z.ZodType<RecordOf<K>>> };

function recordArraySchemas(): RecordArraySchemas {
  const shape: Partial<RecordArraySchemas> = {};
  const addKind = <K extends RecordKind>(kind: K): void => {
    (shape as Record<K, z.ZodArray<z.ZodType<RecordOf<K>>>>)[kind] = z.array(RECORD_SCHEMAS[kind]);
  };
  RECORD_KINDS.forEach(addKind);
  return shape as RecordArraySchemas;
}

/**
 * The whole current-version file as one schema, for callers that only need a yes/no answer.
 * parseBackup checks the same rules piece by piece to report precise problems, then checks links.
 */
export const backupEnvelopeSchema: z.ZodType<BackupEnvelope> = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoDateTime,
  app: backupAppInfoSchema,
  workshop: workshopSchema,
  records: z.strictObject(recordArraySchemas()),
});
