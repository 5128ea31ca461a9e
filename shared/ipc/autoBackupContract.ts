import { z } from 'zod';
import { failedResultSchema } from './ipcResult';
import { MEGABYTE, utf8ByteLength } from './textSize';
import { AUTO_BACKUP_FILE_NAME_PATTERN } from './autoBackupFileName';

/** A workshop backup bigger than this is refused: it would not be a realistic workshop any more. */
export const MAX_AUTO_BACKUP_BYTES = 50 * MEGABYTE;

export const autoBackupWriteRequestSchema = z.object({
  workshopId: z.uuid(),
  title: z.string().max(500),
  json: z
    .string()
    .min(1)
    .refine((json) => utf8ByteLength(json) <= MAX_AUTO_BACKUP_BYTES, 'backup is larger than 50 MB'),
});
export type AutoBackupWriteRequest = z.infer<typeof autoBackupWriteRequestSchema>;

export const autoBackupWriteResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), fileName: z.string() }),
  failedResultSchema,
]);
export type AutoBackupWriteResult = z.infer<typeof autoBackupWriteResultSchema>;

export const autoBackupEntrySchema = z.object({
  fileName: z.string().regex(AUTO_BACKUP_FILE_NAME_PATTERN),
  workshopId: z.string(),
  /** The workshop title when the backup was written; empty when its sidecar file is missing. */
  title: z.string(),
  /** ISO-8601 timestamp. */
  savedAt: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type AutoBackupEntry = z.infer<typeof autoBackupEntrySchema>;

export const autoBackupListRequestSchema = z.undefined();

export const autoBackupListResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('listed'), entries: z.array(autoBackupEntrySchema) }),
  failedResultSchema,
]);
export type AutoBackupListResult = z.infer<typeof autoBackupListResultSchema>;

export const autoBackupReadRequestSchema = z.object({
  // Only names main itself produces are accepted: this pattern is the path-traversal guard.
  fileName: z.string().max(200).regex(AUTO_BACKUP_FILE_NAME_PATTERN, 'not an automatic backup file name'),
});
export type AutoBackupReadRequest = z.infer<typeof autoBackupReadRequestSchema>;

export const autoBackupReadResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('read'), text: z.string() }),
  z.object({ status: z.literal('not_found') }),
  failedResultSchema,
]);
export type AutoBackupReadResult = z.infer<typeof autoBackupReadResultSchema>;
