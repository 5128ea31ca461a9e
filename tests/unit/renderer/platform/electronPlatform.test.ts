import { describe, expect, it, vi } from 'vitest';
import { createElectronPlatform } from '../../../../renderer/platform/electronPlatform';
import { choosePlatform } from '../../../../renderer/platform/getPlatform';
import type { DsrsApi } from '../../../../shared/ipc/contract';

const ENTRY = {
  fileName: '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d_2025-03-01T09-30-00-000Z.dsrs.json',
  workshopId: '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d',
  title: 'Acme',
  savedAt: '2025-03-01T09:30:00.000Z',
  bytes: 10,
};

function fakeApi() {
  let beforeQuit: ((event: { deadlineMs: number }) => void) | undefined;
  const api = {
    files: {
      saveFile: vi.fn(async () => ({ status: 'saved' as const, path: '/home/u/a.json' })),
      openTextFile: vi.fn(async () => ({ status: 'cancelled' as const })),
    },
    autoBackup: {
      write: vi.fn(async () => ({ status: 'saved' as const, path: '/x', fileName: ENTRY.fileName })),
      list: vi.fn<DsrsApi['autoBackup']['list']>(async () => ({ status: 'listed', entries: [ENTRY] })),
      read: vi.fn<DsrsApi['autoBackup']['read']>(async () => ({ status: 'read', text: '{}' })),
    },
    app: {
      info: vi.fn<DsrsApi['app']['info']>(async () => ({ status: 'ok', name: 'DSRS Studio', version: '1.0.0', platform: 'linux', isElectron: true })),
      readyToQuit: vi.fn(async () => ({ status: 'acknowledged' as const })),
      setLanguage: vi.fn<DsrsApi['app']['setLanguage']>(async ({ language }) => ({ status: 'applied', language })),
      onBeforeQuit: vi.fn((listener: (event: { deadlineMs: number }) => void) => {
        beforeQuit = listener;
        return () => undefined;
      }),
      onOpenBackupFile: vi.fn(() => () => undefined),
    },
    menu: { onCommand: vi.fn(() => () => undefined) },
    presenter: {
      open: vi.fn<DsrsApi['presenter']['open']>(async () => ({ status: 'opened' })),
      show: vi.fn<DsrsApi['presenter']['show']>(async () => ({ status: 'shown' })),
      close: vi.fn<DsrsApi['presenter']['close']>(async () => ({ status: 'closed' })),
      setFullScreen: vi.fn<DsrsApi['presenter']['setFullScreen']>(async ({ fullScreen }) => ({ status: 'applied', fullScreen })),
      onNavigate: vi.fn(() => () => undefined),
      onClosed: vi.fn(() => () => undefined),
    },
  } satisfies DsrsApi;
  return { api, fireBeforeQuit: () => beforeQuit?.({ deadlineMs: 5000 }) };
}

describe('electron platform', () => {
  it('forwards file operations to the bridge', async () => {
    const { api } = fakeApi();
    const platform = createElectronPlatform(api);
    const request = { suggestedName: 'a.json', filters: [], encoding: 'utf8' as const, content: '{}' };
    await expect(platform.saveFile(request)).resolves.toEqual({ status: 'saved', path: '/home/u/a.json' });
    expect(api.files.saveFile).toHaveBeenCalledWith(request);
    expect(platform.kind).toBe('electron');
  });

  it('unwraps app info and automatic backups, turning failures into errors with main’s message', async () => {
    const { api } = fakeApi();
    const platform = createElectronPlatform(api);
    await expect(platform.appInfo()).resolves.toEqual({ name: 'DSRS Studio', version: '1.0.0', platform: 'linux', isElectron: true });
    await expect(platform.autoBackup?.list()).resolves.toEqual([ENTRY]);
    await expect(platform.autoBackup?.read({ fileName: ENTRY.fileName })).resolves.toEqual({ text: '{}' });

    api.app.info.mockResolvedValueOnce({ status: 'failed', message: 'no answer' });
    await expect(platform.appInfo()).rejects.toThrow('no answer');
    api.autoBackup.list.mockResolvedValueOnce({ status: 'failed', message: 'EACCES' });
    await expect(platform.autoBackup?.list()).rejects.toThrow('EACCES');
    api.autoBackup.read.mockResolvedValueOnce({ status: 'not_found' });
    await expect(platform.autoBackup?.read({ fileName: ENTRY.fileName })).rejects.toThrow(/no longer exists/);
  });

  it('tells main the UI language, and rejects with main’s message when it refuses', async () => {
    const { api } = fakeApi();
    const platform = createElectronPlatform(api);
    await expect(platform.setShellLanguage('es')).resolves.toBeUndefined();
    expect(api.app.setLanguage).toHaveBeenCalledExactlyOnceWith({ language: 'es' });
    api.app.setLanguage.mockResolvedValueOnce({ status: 'failed', message: 'Refused: the request did not come from the app.' });
    await expect(platform.setShellLanguage('en')).rejects.toThrow(/Refused/);
  });

  it('runs every before-quit task, even failing ones, and only then tells main it is ready', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { api, fireBeforeQuit } = fakeApi();
    const platform = createElectronPlatform(api);
    const order: string[] = [];
    let finishBackup: () => void = () => undefined;
    platform.onBeforeQuit(() => new Promise<void>((resolve) => { finishBackup = () => { order.push('backup written'); resolve(); }; }));
    platform.onBeforeQuit(() => { throw new Error('one task failed'); });
    const removed = vi.fn();
    platform.onBeforeQuit(removed)();
    api.app.readyToQuit.mockImplementation(async () => {
      order.push('ready');
      return { status: 'acknowledged' };
    });

    fireBeforeQuit();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(api.app.readyToQuit).not.toHaveBeenCalled();
    finishBackup();
    await vi.waitFor(() => expect(api.app.readyToQuit).toHaveBeenCalledTimes(1));
    expect(order).toEqual(['backup written', 'ready']);
    expect(removed).not.toHaveBeenCalled();
  });

  it('answers before-quit even when nothing subscribed', async () => {
    const { api, fireBeforeQuit } = fakeApi();
    createElectronPlatform(api);
    fireBeforeQuit();
    await vi.waitFor(() => expect(api.app.readyToQuit).toHaveBeenCalledTimes(1));
  });
});

describe('electron presenter', () => {
  const target = { workshopId: ENTRY.workshopId, phase: 'diagnosis' as const };

  it('opens on a second display, or says there is only one', async () => {
    const { api } = fakeApi();
    const presenter = createElectronPlatform(api).presenter;
    await expect(presenter?.open(target)).resolves.toBe('opened');
    expect(api.presenter.open).toHaveBeenCalledExactlyOnceWith(target);
    api.presenter.open.mockResolvedValueOnce({ status: 'single-display' });
    await expect(presenter?.open(target)).resolves.toBe('single-display');
    api.presenter.open.mockResolvedValueOnce({ status: 'failed', message: 'no display' });
    await expect(presenter?.open(target)).rejects.toThrow('no display');
  });

  it('forwards following, closing and full screen, rejecting with main’s message', async () => {
    const { api } = fakeApi();
    const presenter = createElectronPlatform(api).presenter;
    await expect(presenter?.show(target)).resolves.toBeUndefined();
    api.presenter.show.mockResolvedValueOnce({ status: 'not-open' });
    await expect(presenter?.show(target)).resolves.toBeUndefined();
    await expect(presenter?.close()).resolves.toBeUndefined();
    await expect(presenter?.setFullScreen(true)).resolves.toBeUndefined();
    expect(api.presenter.setFullScreen).toHaveBeenCalledExactlyOnceWith({ fullScreen: true });
    api.presenter.setFullScreen.mockResolvedValueOnce({ status: 'failed', message: 'The window that asked is gone.' });
    await expect(presenter?.setFullScreen(false)).rejects.toThrow(/gone/);
    const listener = vi.fn();
    presenter?.onNavigate(listener);
    expect(api.presenter.onNavigate).toHaveBeenCalledWith(listener);
  });

  it('leaves automatic backups to the editor when it is the projector window', () => {
    const { api } = fakeApi();
    expect(createElectronPlatform(api).autoBackup).not.toBeNull();
    expect(createElectronPlatform(api, { presenterWindow: true }).autoBackup).toBeNull();
    expect(choosePlatform(api, { presenterWindow: true }).autoBackup).toBeNull();
  });
});

describe('choosePlatform', () => {
  it('picks Electron when the bridge exists and the browser otherwise', () => {
    expect(choosePlatform(fakeApi().api).kind).toBe('electron');
    expect(choosePlatform(undefined).kind).toBe('browser');
    expect(choosePlatform(undefined).presenter).toBeNull();
  });
});
