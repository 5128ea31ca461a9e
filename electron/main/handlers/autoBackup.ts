import { join } from 'node:path';
import { z } from 'zod';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { AutoBackupEntry } from '../../../shared/ipc/autoBackupContract';
import {
  autoBackupFileName,
  autoBackupMetaFileName,
  isAutoBackupFileName,
  parseAutoBackupFileName,
} from '../../../shared/ipc/autoBackupFileName';
import { describeError, failedResult } from '../../../shared/ipc/ipcResult';
import { selectBackupsToDelete } from '../../../shared/logic/backupRetention';
import type { IpcHandlerMap } from './handlerTypes';

/**
 * Automatic backups in userData/auto-backups: one JSON file per save, named by workshop and time, with
 * a small sidecar holding the title. Writes go to a temporary file first and are renamed into place,
 * so a crash mid-write never leaves a truncated backup; after each write the retention rule prunes.
 */

export interface AutoBackupFileSystem {
  mkdir(directory: string): Promise<void>;
  writeFile(filePath: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readdir(directory: string): Promise<string[]>;
  stat(filePath: string): Promise<{ size: number }>;
  readFile(filePath: string): Promise<string>;
  unlink(filePath: string): Promise<void>;
}

export interface AutoBackupHandlerDeps {
  folder: string;
  fileSystem: AutoBackupFileSystem;
  now(): Date;
  randomId(): string;
}

const sidecarSchema = z.object({ workshopId: z.string(), title: z.string(), savedAt: z.string() });

function isMissingFileError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

async function readTitle(deps: AutoBackupHandlerDeps, fileName: string): Promise<string> {
  try {
    const sidecar = sidecarSchema.safeParse(JSON.parse(await deps.fileSystem.readFile(join(deps.folder, autoBackupMetaFileName(fileName)))));
    return sidecar.success ? sidecar.data.title : '';
  } catch (error) {
    if (!isMissingFileError(error)) console.warn(`[auto-backup] unreadable sidecar for ${fileName}`, error);
    return '';
  }
}

/** Every automatic backup in the folder, newest first. */
export async function listAutoBackups(deps: AutoBackupHandlerDeps): Promise<AutoBackupEntry[]> {
  let names: string[];
  try {
    names = await deps.fileSystem.readdir(deps.folder);
  } catch (error) {
    if (isMissingFileError(error)) return [];
    throw error;
  }
  const entries: AutoBackupEntry[] = [];
  for (const fileName of names) {
    const parsed = parseAutoBackupFileName(fileName);
    if (!parsed) continue;
    let bytes: number;
    try {
      bytes = (await deps.fileSystem.stat(join(deps.folder, fileName))).size;
    } catch (error) {
      // Deleted between readdir and stat (a concurrent prune): simply not there any more.
      if (isMissingFileError(error)) continue;
      throw error;
    }
    entries.push({ fileName, workshopId: parsed.workshopId, savedAt: parsed.savedAt, bytes, title: await readTitle(deps, fileName) });
  }
  return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

async function unlinkIfPresent(deps: AutoBackupHandlerDeps, filePath: string): Promise<void> {
  try {
    await deps.fileSystem.unlink(filePath);
  } catch (error) {
    if (!isMissingFileError(error)) throw error;
  }
}

export async function pruneAutoBackups(deps: AutoBackupHandlerDeps): Promise<string[]> {
  const doomed = selectBackupsToDelete(await listAutoBackups(deps), deps.now());
  for (const entry of doomed) {
    await unlinkIfPresent(deps, join(deps.folder, entry.fileName));
    await unlinkIfPresent(deps, join(deps.folder, autoBackupMetaFileName(entry.fileName)));
  }
  return doomed.map((entry) => entry.fileName);
}

export function createAutoBackupHandlers(
  deps: AutoBackupHandlerDeps,
): Pick<IpcHandlerMap, 'auto-backup:write' | 'auto-backup:list' | 'auto-backup:read'> {
  // One write/prune at a time: two quick saves must not prune each other's files half-way.
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    [INVOKE_CHANNELS.writeAutoBackup]: (request) =>
      serialized(async () => {
        const savedAt = deps.now();
        const fileName = autoBackupFileName(request.workshopId, savedAt);
        const finalPath = join(deps.folder, fileName);
        try {
          await deps.fileSystem.mkdir(deps.folder);
          const temporaryPath = join(deps.folder, `.${fileName}.${deps.randomId()}.tmp`);
          await deps.fileSystem.writeFile(temporaryPath, request.json);
          await deps.fileSystem.rename(temporaryPath, finalPath);
          const sidecar = { workshopId: request.workshopId.toLowerCase(), title: request.title, savedAt: savedAt.toISOString() };
          await deps.fileSystem.writeFile(join(deps.folder, autoBackupMetaFileName(fileName)), JSON.stringify(sidecar));
        } catch (error) {
          return failedResult(`Could not write the automatic backup: ${describeError(error)}`);
        }
        try {
          await pruneAutoBackups(deps);
        } catch (error) {
          // The backup itself is safely written; a failed clean-up only means extra files stay a while.
          console.error('[auto-backup] pruning old backups failed', error);
        }
        return { status: 'saved', path: finalPath, fileName };
      }),

    [INVOKE_CHANNELS.listAutoBackups]: async () => {
      try {
        return { status: 'listed', entries: await listAutoBackups(deps) };
      } catch (error) {
        return failedResult(`Could not list the automatic backups: ${describeError(error)}`);
      }
    },

    [INVOKE_CHANNELS.readAutoBackup]: async (request) => {
      // The contract's pattern already refused anything else; checked again because this builds a path.
      if (!isAutoBackupFileName(request.fileName)) return failedResult('Not an automatic backup file name.');
      try {
        return { status: 'read', text: await deps.fileSystem.readFile(join(deps.folder, request.fileName)) };
      } catch (error) {
        if (isMissingFileError(error)) return { status: 'not_found' };
        return failedResult(`Could not read the automatic backup: ${describeError(error)}`);
      }
    },
  };
}
