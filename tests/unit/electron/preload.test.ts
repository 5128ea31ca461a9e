import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_EVENT_CHANNELS, ALL_INVOKE_CHANNELS, EVENT_CHANNELS } from '../../../shared/ipc/contract';
import type { DsrsApi, EventChannel } from '../../../shared/ipc/contract';

type RendererListener = (event: unknown, payload: unknown) => void;

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  rendererListeners: new Map<string, ((event: unknown, payload: unknown) => void)[]>(),
  invoke: vi.fn(async (channel: string, _request?: unknown) => ({ status: 'echo', channel })),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      bridge.exposed.set(key, api);
    },
  },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: RendererListener) => {
      bridge.rendererListeners.set(channel, [...(bridge.rendererListeners.get(channel) ?? []), listener]);
    },
    removeListener: vi.fn(),
  },
}));

const VALID_PAYLOADS: Record<EventChannel, unknown> = {
  'menu:command': 'undo',
  'app:before-quit': { deadlineMs: 5000 },
  'app:open-backup-file': { name: 'acme.dsrs.json', text: '{}' },
  'presenter:navigate': { workshopId: '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d', phase: 'diagnosis' },
  'presenter:closed': {},
};

function emit(channel: string, payload: unknown): void {
  for (const listener of bridge.rendererListeners.get(channel) ?? []) listener({}, payload);
}

async function loadPreload(): Promise<DsrsApi> {
  bridge.exposed.clear();
  bridge.rendererListeners.clear();
  bridge.invoke.mockClear();
  vi.resetModules();
  await import('../../../electron/preload/index');
  return bridge.exposed.get('dsrs') as DsrsApi;
}

function methodsOf(api: DsrsApi): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(api).flatMap(([group, methods]) =>
    Object.entries(methods as Record<string, (...args: unknown[]) => unknown>).map(([name, method]) => [`${group}.${name}`, method] as [string, (...args: unknown[]) => unknown]),
  );
}

describe('preload bridge', () => {
  let api: DsrsApi;

  beforeEach(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    api = await loadPreload();
  });

  it('exposes exactly one global, dsrs, made of functions only (no ipcRenderer)', () => {
    expect([...bridge.exposed.keys()]).toEqual(['dsrs']);
    for (const [path, method] of methodsOf(api)) expect(typeof method, path).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|send|invoke/i);
  });

  it('maps its methods one-to-one onto the contract channels', async () => {
    const channelByMethod = new Map<string, string>();
    for (const [path, method] of methodsOf(api)) {
      bridge.invoke.mockClear();
      if (path.split('.')[1]?.startsWith('on')) {
        const received: string[] = [];
        method(() => received.push(path));
        for (const channel of ALL_EVENT_CHANNELS) {
          const before = received.length;
          emit(channel, VALID_PAYLOADS[channel]);
          if (received.length > before) channelByMethod.set(path, channel);
        }
      } else {
        await method({});
        expect(bridge.invoke, path).toHaveBeenCalledTimes(1);
        channelByMethod.set(path, String(bridge.invoke.mock.calls[0]?.[0]));
      }
    }
    const channels = [...channelByMethod.values()];
    expect(new Set(channels).size, 'one channel per method').toBe(channels.length);
    expect(channels.sort()).toEqual([...ALL_INVOKE_CHANNELS, ...ALL_EVENT_CHANNELS].sort());
    expect(Object.fromEntries(channelByMethod)).toEqual({
      'files.saveFile': 'files:save',
      'files.openTextFile': 'files:open-text',
      'autoBackup.write': 'auto-backup:write',
      'autoBackup.list': 'auto-backup:list',
      'autoBackup.read': 'auto-backup:read',
      'app.info': 'app:info',
      'app.readyToQuit': 'app:ready-to-quit',
      'app.setLanguage': 'app:set-language',
      'app.onBeforeQuit': 'app:before-quit',
      'app.onOpenBackupFile': 'app:open-backup-file',
      'menu.onCommand': 'menu:command',
      'presenter.open': 'presenter:open',
      'presenter.show': 'presenter:show',
      'presenter.close': 'presenter:close',
      'presenter.setFullScreen': 'presenter:full-screen',
      'presenter.onNavigate': 'presenter:navigate',
      'presenter.onClosed': 'presenter:closed',
    });
  });

  it('passes requests through unchanged and returns main’s answer', async () => {
    const request = { suggestedName: 'a.pdf', filters: [], encoding: 'binary' as const, content: new Uint8Array([1, 2]) };
    await expect(api.files.saveFile(request)).resolves.toEqual({ status: 'echo', channel: 'files:save' });
    expect(bridge.invoke).toHaveBeenCalledWith('files:save', request);
  });

  it('sends the UI language to main on its own channel', async () => {
    await api.app.setLanguage({ language: 'es' });
    expect(bridge.invoke).toHaveBeenCalledExactlyOnceWith('app:set-language', { language: 'es' });
  });

  it('validates event payloads and drops malformed ones', () => {
    const commands: string[] = [];
    api.menu.onCommand((command) => commands.push(command));
    emit(EVENT_CHANNELS.menuCommand, 'rm -rf');
    emit(EVENT_CHANNELS.menuCommand, { command: 'undo' });
    emit(EVENT_CHANNELS.menuCommand, 'redo');
    expect(commands).toEqual(['redo']);

    const quits: unknown[] = [];
    api.app.onBeforeQuit((event) => quits.push(event));
    emit(EVENT_CHANNELS.beforeQuit, { deadlineMs: 'soon' });
    expect(quits).toEqual([]);
  });

  it('passes the presenter window only well-formed targets', () => {
    const targets: unknown[] = [];
    api.presenter.onNavigate((target) => targets.push(target));
    emit(EVENT_CHANNELS.presenterNavigate, { workshopId: '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d', phase: 'nowhere' });
    emit(EVENT_CHANNELS.presenterNavigate, { workshopId: 'javascript:alert(1)', phase: 'diagnosis' });
    emit(EVENT_CHANNELS.presenterNavigate, VALID_PAYLOADS['presenter:navigate']);
    expect(targets).toEqual([VALID_PAYLOADS['presenter:navigate']]);
  });

  it('stops delivering after unsubscribe', () => {
    const commands: string[] = [];
    const unsubscribe = api.menu.onCommand((command) => commands.push(command));
    emit(EVENT_CHANNELS.menuCommand, 'undo');
    unsubscribe();
    emit(EVENT_CHANNELS.menuCommand, 'redo');
    expect(commands).toEqual(['undo']);
  });

  it('holds a file opened at launch until the renderer subscribes', () => {
    emit(EVENT_CHANNELS.openBackupFile, { name: 'acme.dsrs.json', text: '{"a":1}' });
    const files: unknown[] = [];
    api.app.onOpenBackupFile((file) => files.push(file));
    expect(files).toEqual([{ name: 'acme.dsrs.json', text: '{"a":1}' }]);
    // Delivered once, not again to a later subscriber.
    const later: unknown[] = [];
    api.app.onOpenBackupFile((file) => later.push(file));
    expect(later).toEqual([]);
  });
});
