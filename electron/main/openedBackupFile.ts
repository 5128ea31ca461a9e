import { basename } from 'node:path';
import { MAX_AUTO_BACKUP_BYTES } from '../../shared/ipc/autoBackupContract';
import { describeError } from '../../shared/ipc/ipcResult';
import type { OpenBackupFileEvent } from '../../shared/ipc/eventsContract';

/**
 * Backup files the operating system hands the app (double-click on a .dsrs.json, "Open with", or a
 * path on the command line). They are read here, size-limited, and passed to the renderer, which
 * validates them like any other backup.
 */

export const BACKUP_FILE_SUFFIX = '.dsrs.json';
export const MAX_OPENED_BACKUP_BYTES = MAX_AUTO_BACKUP_BYTES;

/** The first command-line argument naming a backup file; flags (e.g. --inspect) are skipped. */
export function findBackupFileArgument(argv: readonly string[]): string | null {
  for (const argument of argv.slice(1)) {
    if (argument.startsWith('-')) continue;
    if (argument.toLowerCase().endsWith(BACKUP_FILE_SUFFIX)) return argument;
  }
  return null;
}

export interface OpenedFileAccess {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<string>;
}

/** Why a file could not be read, for a message in the shell's language; `detail` is the system's own words. */
export type OpenedBackupFailure = { reason: 'not_a_file' } | { reason: 'too_large'; megabytes: number } | { reason: 'unreadable'; detail: string };

export type OpenedBackupReadResult = { status: 'read'; event: OpenBackupFileEvent } | ({ status: 'failed'; name: string } & OpenedBackupFailure);

export async function readOpenedBackupFile(filePath: string, access: OpenedFileAccess): Promise<OpenedBackupReadResult> {
  const name = basename(filePath);
  try {
    const info = await access.stat(filePath);
    if (!info.isFile()) return { status: 'failed', name, reason: 'not_a_file' };
    if (info.size > MAX_OPENED_BACKUP_BYTES) return { status: 'failed', name, reason: 'too_large', megabytes: MAX_OPENED_BACKUP_BYTES / 1024 / 1024 };
    const text = await access.readFile(filePath);
    return { status: 'read', event: { name, text: text.replace(/^\uFEFF/, '') } };
  } catch (error) {
    return { status: 'failed', name, reason: 'unreadable', detail: describeError(error) };
  }
}

/** The dialog's explanation of a failure, from the shell's catalogue texts. */
export function describeOpenedBackupFailure(failure: OpenedBackupFailure, texts: { notAFile: string; tooLarge: string; unreadable: string }): string {
  switch (failure.reason) {
    case 'not_a_file':
      return texts.notAFile;
    case 'too_large':
      return texts.tooLarge.replace('{{size}}', String(failure.megabytes));
    case 'unreadable':
      return texts.unreadable.replace('{{detail}}', failure.detail);
  }
}
