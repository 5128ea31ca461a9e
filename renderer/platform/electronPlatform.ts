import type { DsrsApi } from '../../shared/ipc/contract';
import type { BeforeQuitListener, Platform } from './platform';

/**
 * The desktop side of Platform, over the preload bridge. Failures the bridge reports as values stay
 * values where the caller must react (save, open); where a result is all-or-nothing (app info, the
 * automatic backup list and reads) they become rejected promises carrying main's message.
 */
export function createElectronPlatform(api: DsrsApi): Platform {
  const beforeQuitListeners = new Set<BeforeQuitListener>();

  // Subscribed once, for the app's lifetime: main always gets its answer, even with no listeners.
  api.app.onBeforeQuit(() => {
    void (async () => {
      const outcomes = await Promise.allSettled([...beforeQuitListeners].map(async (listener) => listener()));
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') console.error('[platform] a before-quit task failed', outcome.reason);
      }
      const answer = await api.app.readyToQuit();
      if (answer.status === 'failed') console.error('[platform] ready-to-quit was refused:', answer.message);
    })();
  });

  return {
    kind: 'electron',
    saveFile: (request) => api.files.saveFile(request),
    openTextFile: (request) => api.files.openTextFile(request),
    appInfo: async () => {
      const result = await api.app.info();
      if (result.status === 'failed') throw new Error(result.message);
      return { name: result.name, version: result.version, platform: result.platform, isElectron: true };
    },
    onMenuCommand: (listener) => api.menu.onCommand(listener),
    onOpenBackupFile: (listener) => api.app.onOpenBackupFile(listener),
    onBeforeQuit: (listener) => {
      beforeQuitListeners.add(listener);
      return () => {
        beforeQuitListeners.delete(listener);
      };
    },
    setShellLanguage: async (language) => {
      const result = await api.app.setLanguage({ language });
      if (result.status === 'failed') throw new Error(result.message);
    },
    autoBackup: {
      write: (request) => api.autoBackup.write(request),
      list: async () => {
        const result = await api.autoBackup.list();
        if (result.status === 'failed') throw new Error(result.message);
        return result.entries;
      },
      read: async (request) => {
        const result = await api.autoBackup.read(request);
        if (result.status === 'failed') throw new Error(result.message);
        if (result.status === 'not_found') throw new Error(`The automatic backup ${request.fileName} no longer exists.`);
        return { text: result.text };
      },
    },
  };
}
