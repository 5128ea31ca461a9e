import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, defaultGuardOptions, registerIpcHandlers } from '../../../electron/main/handlers';
import { ALL_INVOKE_CHANNELS, INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { InvokeChannel } from '../../../shared/ipc/contract';
import { FOREIGN_EVENT, recordingRegistrar, spyDeps, TRUSTED_EVENT } from './ipcTestKit';

const WORKSHOP_ID = '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d';
const guard = defaultGuardOptions(() => ({ senderWindow: null }));

/** Malformed payloads per channel; typed by channel so a new channel cannot be forgotten here. */
const MALFORMED: Record<InvokeChannel, unknown[]> = {
  'files:save': [
    undefined,
    null,
    {},
    { suggestedName: '../../.bashrc', filters: [], encoding: 'utf8', content: 'x' },
    { suggestedName: 'a.json', filters: [], encoding: 'utf8', content: 42 },
    { suggestedName: 'a.json', filters: [], encoding: 'base64', content: 'eA==' },
  ],
  'files:open-text': [undefined, { filters: [] }, { filters: [], maxBytes: -5 }, { filters: 'json', maxBytes: 10 }],
  'auto-backup:write': [
    undefined,
    { workshopId: 'not-a-uuid', title: 'T', json: '{}' },
    { workshopId: WORKSHOP_ID, title: 'T', json: 12 },
    { workshopId: WORKSHOP_ID, title: 'T', json: '' },
  ],
  'auto-backup:list': [{}, 'all', 1],
  'auto-backup:read': [undefined, {}, { fileName: '../../../etc/passwd' }, { fileName: `../${WORKSHOP_ID}_2025-03-01T09-30-00-000Z.dsrs.json` }],
  'app:info': [{}, 'x'],
  'app:ready-to-quit': [{}, 42],
  'app:set-language': [undefined, null, 'es', {}, { language: 'fr' }, { language: 'ES' }, { language: 'es-ES' }, { language: 42 }, { language: ['es'] }],
  'presenter:open': [
    undefined,
    {},
    { workshopId: WORKSHOP_ID },
    { workshopId: WORKSHOP_ID, phase: 'format-disk' },
    { workshopId: '../../etc', phase: 'diagnosis' },
    { workshopId: `${WORKSHOP_ID}#/x`, phase: 'diagnosis' },
    { workshopId: WORKSHOP_ID, phase: 'diagnosis', url: 'https://evil.example/' },
  ],
  'presenter:show': [undefined, 'diagnosis', { workshopId: WORKSHOP_ID, phase: 'Diagnosis' }, { workshopId: 42, phase: 'diagnosis' }],
  'presenter:close': [{}, 'now', 1],
  'presenter:full-screen': [undefined, {}, true, { fullScreen: 'yes' }, { fullScreen: true, windowId: 3 }],
};

describe('IPC registration', () => {
  it('registers exactly one handler per contract channel, and nothing else', () => {
    const { registrar, calls } = recordingRegistrar();
    const { deps } = spyDeps();
    const handlers = createIpcHandlers(deps);
    expect(Object.keys(handlers).sort()).toEqual([...ALL_INVOKE_CHANNELS].sort());
    registerIpcHandlers(registrar, handlers, guard);
    expect([...calls].sort()).toEqual([...ALL_INVOKE_CHANNELS].sort());
    expect(new Set(calls).size).toBe(calls.length);
  });

  it('fails loudly at start-up on a handler outside the contract or a missing one', () => {
    const { deps } = spyDeps();
    const handlers = createIpcHandlers(deps);
    const extra = { ...handlers, 'shell:run': async () => ({ status: 'ok' }) };
    expect(() => registerIpcHandlers(recordingRegistrar().registrar, extra, guard)).toThrow(/shell:run/);
    const { 'app:info': _removed, ...missing } = handlers;
    expect(() => registerIpcHandlers(recordingRegistrar().registrar, missing as typeof handlers, guard)).toThrow(/app:info/);
  });
});

describe('every IPC handler', () => {
  let listeners: ReturnType<typeof recordingRegistrar>['registered'];
  let fakes: ReturnType<typeof spyDeps>;

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakes = spyDeps();
    const { registrar, registered } = recordingRegistrar();
    registerIpcHandlers(registrar, createIpcHandlers(fakes.deps), guard);
    listeners = registered;
  });

  function expectNothingTouched() {
    expect(fakes.files.dialogs.showSaveDialog).not.toHaveBeenCalled();
    expect(fakes.files.dialogs.showOpenDialog).not.toHaveBeenCalled();
    expect(fakes.files.fileSystem.writeFile).not.toHaveBeenCalled();
    expect(fakes.files.fileSystem.readFile).not.toHaveBeenCalled();
    for (const operation of Object.values(fakes.autoBackup.fileSystem)) expect(operation).not.toHaveBeenCalled();
    expect(fakes.deps.onReadyToQuit).not.toHaveBeenCalled();
    expect(fakes.deps.onLanguageChange).not.toHaveBeenCalled();
    for (const operation of Object.values(fakes.presenter)) expect(operation).not.toHaveBeenCalled();
  }

  it.each(Object.entries(MALFORMED))('%s answers malformed payloads with a typed failure and does nothing', async (channel, payloads) => {
    const listener = listeners.get(channel);
    expect(listener).toBeDefined();
    for (const payload of payloads) {
      const result = await listener?.(TRUSTED_EVENT, payload);
      expect(result, JSON.stringify(payload)).toEqual({ status: 'failed', message: expect.stringContaining(channel) });
    }
    expectNothingTouched();
  });

  it.each([...ALL_INVOKE_CHANNELS])('%s refuses a sender from another origin or a destroyed frame', async (channel) => {
    const listener = listeners.get(channel);
    for (const event of [FOREIGN_EVENT, { senderFrame: null }, { senderFrame: { url: 'app://dsrs.evil/x' } }]) {
      await expect(listener?.(event, undefined)).resolves.toEqual({ status: 'failed', message: expect.stringMatching(/refused/i) });
    }
    expectNothingTouched();
  });

  it('turns a throwing handler into a typed failure instead of an Electron error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = spyDeps({ onReadyToQuit: () => { throw new Error('boom'); } });
    const { registrar, registered } = recordingRegistrar();
    registerIpcHandlers(registrar, createIpcHandlers(broken.deps), guard);
    await expect(registered.get(INVOKE_CHANNELS.readyToQuit)?.(TRUSTED_EVENT, undefined)).resolves.toEqual({ status: 'failed', message: 'boom' });
  });

  it('answers app info and ready-to-quit for a trusted sender', async () => {
    await expect(listeners.get(INVOKE_CHANNELS.appInfo)?.(TRUSTED_EVENT, undefined)).resolves.toEqual({
      status: 'ok',
      name: 'DSRS Studio',
      version: '1.2.3',
      platform: 'linux',
      isElectron: true,
    });
    await expect(listeners.get(INVOKE_CHANNELS.readyToQuit)?.(TRUSTED_EVENT, undefined)).resolves.toEqual({ status: 'acknowledged' });
    expect(fakes.deps.onReadyToQuit).toHaveBeenCalledTimes(1);
  });

  it('passes a valid UI language from a trusted sender on to the shell', async () => {
    await expect(listeners.get(INVOKE_CHANNELS.setLanguage)?.(TRUSTED_EVENT, { language: 'es' })).resolves.toEqual({ status: 'applied', language: 'es' });
    expect(fakes.deps.onLanguageChange).toHaveBeenCalledExactlyOnceWith('es');
  });

  it('opens, points and closes the presenter window for a trusted sender', async () => {
    const target = { workshopId: WORKSHOP_ID, phase: 'diagnosis' };
    await expect(listeners.get(INVOKE_CHANNELS.openPresenter)?.(TRUSTED_EVENT, target)).resolves.toEqual({ status: 'opened' });
    expect(fakes.presenter.open).toHaveBeenCalledExactlyOnceWith(target);
    fakes.presenter.open.mockReturnValueOnce('single-display' as 'opened');
    await expect(listeners.get(INVOKE_CHANNELS.openPresenter)?.(TRUSTED_EVENT, target)).resolves.toEqual({ status: 'single-display' });
    await expect(listeners.get(INVOKE_CHANNELS.showInPresenter)?.(TRUSTED_EVENT, { ...target, phase: 'poster' })).resolves.toEqual({ status: 'shown' });
    expect(fakes.presenter.show).toHaveBeenCalledExactlyOnceWith({ workshopId: WORKSHOP_ID, phase: 'poster' });
    await expect(listeners.get(INVOKE_CHANNELS.closePresenter)?.(TRUSTED_EVENT, undefined)).resolves.toEqual({ status: 'closed' });
    expect(fakes.presenter.close).toHaveBeenCalledTimes(1);
  });

  it('sets full screen only on the window that asked, and fails when it is gone', async () => {
    await expect(listeners.get(INVOKE_CHANNELS.setPresenterFullScreen)?.(TRUSTED_EVENT, { fullScreen: true })).resolves.toEqual({
      status: 'failed',
      message: expect.stringMatching(/gone/),
    });
    expect(fakes.presenter.setFullScreen).not.toHaveBeenCalled();

    const senderWindow = { id: 7 } as unknown as BrowserWindow;
    const { registrar, registered } = recordingRegistrar();
    registerIpcHandlers(registrar, createIpcHandlers(fakes.deps), defaultGuardOptions(() => ({ senderWindow })));
    await expect(registered.get(INVOKE_CHANNELS.setPresenterFullScreen)?.(TRUSTED_EVENT, { fullScreen: true })).resolves.toEqual({ status: 'applied', fullScreen: true });
    expect(fakes.presenter.setFullScreen).toHaveBeenCalledExactlyOnceWith(senderWindow, true);
  });
});
