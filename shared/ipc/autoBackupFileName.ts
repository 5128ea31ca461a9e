/**
 * Names of automatic backup files. The name carries the workshop and the time, so listing the folder
 * needs no index, and the strict pattern is also the guard that keeps a renderer-supplied name from
 * pointing anywhere but a file of this folder (no separators, no "..", nothing but these characters).
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// ISO-8601 with ':' and '.' replaced by '-', since Windows forbids ':' in file names.
const STAMP = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z';

export const AUTO_BACKUP_EXTENSION = '.dsrs.json';
export const AUTO_BACKUP_META_EXTENSION = '.meta.json';

export const AUTO_BACKUP_FILE_NAME_PATTERN = new RegExp(`^(${UUID})_(${STAMP})\\.dsrs\\.json$`);
export const AUTO_BACKUP_META_FILE_NAME_PATTERN = new RegExp(`^(${UUID})_(${STAMP})\\.meta\\.json$`);

export interface ParsedAutoBackupFileName {
  workshopId: string;
  /** ISO-8601 timestamp, e.g. 2025-03-01T09:30:00.000Z. */
  savedAt: string;
}

function stampFromDate(savedAt: Date): string {
  return savedAt.toISOString().replace(/[:.]/g, '-');
}

function isoFromStamp(stamp: string): string {
  // 2025-03-01T09-30-00-000Z -> 2025-03-01T09:30:00.000Z
  return `${stamp.slice(0, 13)}:${stamp.slice(14, 16)}:${stamp.slice(17, 19)}.${stamp.slice(20)}`;
}

export function autoBackupFileName(workshopId: string, savedAt: Date): string {
  return `${workshopId.toLowerCase()}_${stampFromDate(savedAt)}${AUTO_BACKUP_EXTENSION}`;
}

/** The small sidecar file holding what the name cannot: the workshop title at save time. */
export function autoBackupMetaFileName(backupFileName: string): string {
  return backupFileName.slice(0, -AUTO_BACKUP_EXTENSION.length) + AUTO_BACKUP_META_EXTENSION;
}

export function isAutoBackupFileName(name: string): boolean {
  return AUTO_BACKUP_FILE_NAME_PATTERN.test(name);
}

/** Reads workshop and time out of a backup file name; null means "not an automatic backup file". */
export function parseAutoBackupFileName(name: string): ParsedAutoBackupFileName | null {
  const match = AUTO_BACKUP_FILE_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, workshopId, stamp] = match;
  if (workshopId === undefined || stamp === undefined) return null;
  const savedAt = isoFromStamp(stamp);
  if (Number.isNaN(Date.parse(savedAt))) return null;
  return { workshopId, savedAt };
}
