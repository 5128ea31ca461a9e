import { basename, join } from 'node:path';
import type { BrowserWindow, FileFilter as ElectronFileFilter, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { FileFilter } from '../../../shared/ipc/filesContract';
import { describeError, failedResult } from '../../../shared/ipc/ipcResult';
import type { IpcHandlerMap } from './handlerTypes';

/** Save and open dialogs with their file reads and writes: the renderer never sees a path it did not pick. */

export interface FileDialogs {
  showSaveDialog(parent: BrowserWindow | null, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(parent: BrowserWindow | null, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

export interface FilesFileSystem {
  writeFile(filePath: string, data: string | Uint8Array): Promise<void>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<string>;
}

export interface FilesHandlerDeps {
  dialogs: FileDialogs;
  fileSystem: FilesFileSystem;
  /** Where the save dialog starts (the user's documents folder). */
  defaultDirectory(): string;
}

/**
 * Electron's dialogs match only a file's last extension, so "dsrs.json" is offered as "json";
 * duplicates that this creates are dropped.
 */
export function toDialogFilters(filters: readonly FileFilter[]): ElectronFileFilter[] {
  return filters.map((filter) => ({
    name: filter.name,
    extensions: [...new Set(filter.extensions.map((extension) => extension.split('.').pop() ?? extension))],
  }));
}

export function createFilesHandlers(deps: FilesHandlerDeps): Pick<IpcHandlerMap, 'files:save' | 'files:open-text'> {
  return {
    [INVOKE_CHANNELS.saveFile]: async (request, { senderWindow }) => {
      try {
        const choice = await deps.dialogs.showSaveDialog(senderWindow, {
          defaultPath: join(deps.defaultDirectory(), request.suggestedName),
          filters: toDialogFilters(request.filters),
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
        if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
        await deps.fileSystem.writeFile(choice.filePath, request.content);
        return { status: 'saved', path: choice.filePath };
      } catch (error) {
        return failedResult(`Could not save the file: ${describeError(error)}`);
      }
    },

    [INVOKE_CHANNELS.openTextFile]: async (request, { senderWindow }) => {
      try {
        const choice = await deps.dialogs.showOpenDialog(senderWindow, {
          filters: toDialogFilters(request.filters),
          properties: ['openFile'],
        });
        const filePath = choice.filePaths[0];
        if (choice.canceled || filePath === undefined) return { status: 'cancelled' };
        const name = basename(filePath);
        const info = await deps.fileSystem.stat(filePath);
        if (!info.isFile()) return failedResult(`${name} is not a file.`);
        // Checked before reading: a huge file is refused without loading it into memory.
        if (info.size > request.maxBytes) return { status: 'too_large', name, bytes: info.size };
        const text = await deps.fileSystem.readFile(filePath);
        return { status: 'opened', name, text: text.replace(/^\uFEFF/, '') };
      } catch (error) {
        return failedResult(`Could not open the file: ${describeError(error)}`);
      }
    },
  };
}
