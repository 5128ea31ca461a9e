import { describeError, failedResult } from '../../shared/ipc/ipcResult';
import { APP_NAME, APP_VERSION } from './appIdentity';
import { acceptAttributeFor, createDomFileTransfer, mimeTypeForFileName } from './browserFileTransfer';
import type { BrowserFileTransfer } from './browserFileTransfer';
import type { Platform } from './platform';

const noSubscription = (): void => undefined;

/**
 * The web side of Platform: files are downloaded and picked with the browser's own mechanisms, there is
 * no native menu, no quit to prepare for (IndexedDB already holds every change), no backup folder and
 * no second window for presenter mode (the page presents in itself).
 */
export function createBrowserPlatform(transfer: BrowserFileTransfer = createDomFileTransfer()): Platform {
  return {
    kind: 'browser',

    saveFile: async (request) => {
      try {
        // A copy, so the Blob owns plain ArrayBuffer-backed bytes whatever the caller's array views.
        const part = request.encoding === 'utf8' ? request.content : new Uint8Array(request.content);
        transfer.download(new Blob([part], { type: mimeTypeForFileName(request.suggestedName) }), request.suggestedName);
        return { status: 'saved', path: '' };
      } catch (error) {
        return failedResult(`Could not save the file: ${describeError(error)}`);
      }
    },

    openTextFile: async (request) => {
      try {
        const file = await transfer.pickFile(acceptAttributeFor(request.filters));
        if (!file) return { status: 'cancelled' };
        // Checked before reading: a huge file is refused without loading it into memory.
        if (file.size > request.maxBytes) return { status: 'too_large', name: file.name, bytes: file.size };
        const text = await file.text();
        return { status: 'opened', name: file.name, text: text.replace(/^\uFEFF/, '') };
      } catch (error) {
        return failedResult(`Could not open the file: ${describeError(error)}`);
      }
    },

    appInfo: async () => ({ name: APP_NAME, version: APP_VERSION, platform: 'browser', isElectron: false }),
    onMenuCommand: () => noSubscription,
    onOpenBackupFile: () => noSubscription,
    onBeforeQuit: () => noSubscription,
    setShellLanguage: async () => undefined,
    autoBackup: null,
    presenter: null,
  };
}
