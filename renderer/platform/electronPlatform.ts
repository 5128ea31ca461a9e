import type { DsrsApi } from '../../shared/ipc/contract';
import type { BeforeQuitListener, DesktopPresenter, Platform } from './platform';

export interface ElectronPlatformOptions {
  /**
   * The projector's window of presenter mode: it shows, it does not keep the automatic backups
   * (the editor's window does, and two writers would only duplicate the files).
   */
  presenterWindow?: boolean;
}

function createDesktopPresenter(api: DsrsApi): DesktopPresenter {
  return {
    open: async (target) => {
      const result = await api.presenter.open(target);
      if (result.status === 'failed') throw new Error(result.message);
      return result.status;
    },
    show: async (target) => {
      const result = await api.presenter.show(target);
      if (result.status === 'failed') throw new Error(result.message);
    },
    close: async () => {
      const result = await api.presenter.close();
      if (result.status === 'failed') throw new Error(result.message);
    },
    setFullScreen: async (fullScreen) => {
      const result = await api.presenter.setFullScreen({ fullScreen });
      if (result.status === 'failed') throw new Error(result.message);
    },
    onNavigate: (listener) => api.presenter.onNavigate(listener),
    onClosed: (listener) => api.presenter.onClosed(listener),
  };
}

/**
 * The desktop side of Platform, over the preload bridge. Failures the bridge reports as values stay
 * values where the caller must react (save, open); where a result is all-or-nothing (app info, the
 * automatic backup list and reads) they become rejected promises carrying main's message.
 */
export function createElectronPlatform(api: DsrsApi, options: ElectronPlatformOptions = {}): Platform {
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
    presenter: createDesktopPresenter(api),
    autoBackup: options.presenterWindow ? null : {
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
