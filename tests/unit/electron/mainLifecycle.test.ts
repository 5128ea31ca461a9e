import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The main process's wiring, run against a fake 'electron' (the real binary cannot start here):
 * ordering before 'ready', the single-instance lock, IPC registration, and the quit hand-shake.
 */

const fake = vi.hoisted(() => ({ state: {} as Record<string, unknown> }));

vi.mock('electron', () => fake.state);

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;

type MenuTemplate = { label?: string; submenu?: MenuTemplate }[];

interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

const LAPTOP_DISPLAY: FakeDisplay = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const PROJECTOR_DISPLAY: FakeDisplay = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 }, workArea: { x: 1920, y: 0, width: 1280, height: 720 } };

function buildFakeElectron(options: { hasLock: boolean; appRoot: string; userData: string; locale: string; displays: FakeDisplay[] }) {
  const log: string[] = [];
  const menus: MenuTemplate[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const sent: [string, unknown][] = [];
  const ipcHandlers = new Map<string, Handler>();
  let protocolHandler: ((request: Request) => Promise<Response>) | undefined;
  const windows: EventEmitter[] = [];

  const app = Object.assign(new EventEmitter(), {
    enableSandbox: () => log.push('enableSandbox'),
    requestSingleInstanceLock: () => options.hasLock,
    whenReady: () => ready,
    getAppPath: () => options.appRoot,
    getPath: (name: string) => (name === 'userData' ? options.userData : join(options.userData, name)),
    getName: () => 'DSRS Studio',
    getVersion: () => '0.1.0',
    getLocale: () => options.locale,
    isPackaged: true,
    setAppUserModelId: () => undefined,
    quit: vi.fn(() => log.push('app.quit')),
  });

  class BrowserWindow extends EventEmitter {
    webContents = Object.assign(new EventEmitter(), {
      isLoading: () => false,
      isCrashed: () => false,
      send: (channel: string, payload: unknown) => sent.push([channel, payload]),
    });
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      windows.push(this);
      log.push('new BrowserWindow');
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    maximize = () => undefined;
    show = () => undefined;
    focus = () => undefined;
    restore = () => undefined;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
    getBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
    setMenuBarVisibility = () => undefined;
    showInactive = () => log.push('showInactive');
    setFullScreen = (flag: boolean) => log.push(`setFullScreen ${flag}`);
    loadURL = (url: string) => {
      log.push(`loadURL ${url}`);
      return Promise.resolve();
    };
    close = () => {
      const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
      this.emit('close', event);
      if (event.defaultPrevented) return;
      log.push('window closed');
      this.isDestroyed = () => true;
      this.emit('closed');
    };
    static fromWebContents = (contents: unknown) => windows.find((window) => (window as unknown as BrowserWindow).webContents === contents) ?? null;
  }

  const electron = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: () => log.push('registerSchemesAsPrivileged'),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        protocolHandler = handler;
        log.push('protocol.handle');
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => log.push('permissions'),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => log.push('device permissions'),
      },
    },
    ipcMain: { handle: (channel: string, handler: Handler) => ipcHandlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: MenuTemplate) => template,
      setApplicationMenu: (menu: MenuTemplate) => {
        menus.push(menu);
        log.push('menu');
      },
    },
    dialog: { showMessageBox: vi.fn() },
    screen: { getAllDisplays: () => options.displays },
  };
  return { electron, log, sent, ipcHandlers, windows, menus, markReady, protocol: () => protocolHandler };
}

const TRUSTED = { senderFrame: { url: 'app://dsrs/index.html' } };

async function startMain(hasLock = true, locale = 'en-US', displays: FakeDisplay[] = [LAPTOP_DISPLAY]) {
  const base = mkdtempSync(join(tmpdir(), 'dsrs-main-'));
  const appRoot = join(base, 'app');
  mkdirSync(join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appRoot, 'dist', 'renderer', 'index.html'), '<h1>DSRS</h1>');
  const world = buildFakeElectron({ hasLock, appRoot, userData: join(base, 'userData'), locale, displays });
  for (const key of Object.keys(fake.state)) delete fake.state[key];
  Object.assign(fake.state, world.electron);
  vi.resetModules();
  await import('../../../electron/main/index');
  return world;
}

async function settle() {
  await vi.waitFor(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('main process lifecycle', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('registers the app scheme and the sandbox before ready, then serves, hardens and opens the window', async () => {
    const world = await startMain();
    expect(world.log).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    world.markReady();
    await settle();
    expect(world.log).toEqual(
      expect.arrayContaining(['permissions', 'device permissions', 'protocol.handle', 'menu', 'new BrowserWindow', 'loadURL app://dsrs/index.html']),
    );
    expect(world.log.indexOf('protocol.handle')).toBeLessThan(world.log.indexOf('loadURL app://dsrs/index.html'));
    const response = await world.protocol()?.(new Request('app://dsrs/'));
    expect(await response?.text()).toBe('<h1>DSRS</h1>');
    const window = world.windows[0] as unknown as { options: { webPreferences: Record<string, unknown> } };
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(window.options.webPreferences.preload)).toMatch(/dist-electron[\\/]preload[\\/]index\.js$/);
  });

  it('quits at once without a window when another instance holds the lock', async () => {
    const world = await startMain(false);
    expect(world.electron.app.quit).toHaveBeenCalled();
    expect(world.electron.app.listenerCount('second-instance')).toBe(0);
  });

  it('asks the renderer to write its backups before quitting, and quits once it confirms', async () => {
    const world = await startMain();
    world.markReady();
    await settle();
    const beforeQuit = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    world.electron.app.emit('before-quit', beforeQuit);
    expect(beforeQuit.defaultPrevented).toBe(true);
    expect(world.sent).toEqual([['app:before-quit', { deadlineMs: 5000 }]]);
    expect(world.electron.app.quit).not.toHaveBeenCalled();

    await expect(world.ipcHandlers.get('app:ready-to-quit')?.(TRUSTED, undefined)).resolves.toEqual({ status: 'acknowledged' });
    await settle();
    expect(world.electron.app.quit).toHaveBeenCalledTimes(1);
    // The second before-quit (from app.quit) goes through.
    const again = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    world.electron.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });

  it('closing the window also waits for the renderer first', async () => {
    const world = await startMain();
    world.markReady();
    await settle();
    const window = world.windows[0] as unknown as { close(): void };
    window.close();
    expect(world.log).not.toContain('window closed');
    expect(world.sent.map(([channel]) => channel)).toEqual(['app:before-quit']);
    await world.ipcHandlers.get('app:ready-to-quit')?.(TRUSTED, undefined);
    await settle();
    expect(world.log).toContain('window closed');
  });

  it('sends a backup file named on a second launch to the renderer', async () => {
    const world = await startMain();
    world.markReady();
    await settle();
    const folder = mkdtempSync(join(tmpdir(), 'dsrs-open-'));
    const file = join(folder, 'Acme.dsrs.json');
    writeFileSync(file, '{"format":"dsrs-studio-backup"}');
    world.electron.app.emit('second-instance', {}, ['/opt/dsrs/dsrs-studio', file], folder);
    await vi.waitFor(() => expect(world.sent).toEqual([['app:open-backup-file', { name: 'Acme.dsrs.json', text: '{"format":"dsrs-studio-backup"}' }]]));
  });

  it('builds the menu in the OS language, then follows the language the renderer reports', async () => {
    const world = await startMain(true, 'es-ES');
    world.markReady();
    await settle();
    // The macOS-only app menu (named after the app) is left out so this reads the same on every OS.
    const topLabels = () => world.menus.at(-1)?.map((menu) => menu.label).filter((label) => label !== 'DSRS Studio');
    expect(topLabels()).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);

    const setLanguage = world.ipcHandlers.get('app:set-language');
    await expect(setLanguage?.(TRUSTED, { language: 'en' })).resolves.toEqual({ status: 'applied', language: 'en' });
    expect(topLabels()).toEqual(['File', 'Edit', 'View', 'Help']);
    // Telling it the language it already has does not rebuild the menu.
    const built = world.menus.length;
    await setLanguage?.(TRUSTED, { language: 'en' });
    expect(world.menus).toHaveLength(built);
  });

  it('keeps the menu as it is for a malformed language or a foreign sender', async () => {
    const world = await startMain(true, 'en-GB');
    world.markReady();
    await settle();
    const setLanguage = world.ipcHandlers.get('app:set-language');
    const built = world.menus.length;
    await expect(setLanguage?.(TRUSTED, { language: 'fr' })).resolves.toMatchObject({ status: 'failed' });
    await expect(setLanguage?.(TRUSTED, 'es')).resolves.toMatchObject({ status: 'failed' });
    await expect(setLanguage?.({ senderFrame: { url: 'https://evil.example/' } }, { language: 'es' })).resolves.toMatchObject({ status: 'failed' });
    expect(world.menus).toHaveLength(built);
    expect(world.menus.at(-1)?.map((menu) => menu.label)).toContain('File');
  });

  it('opens presenter mode on the second display, makes it follow the editor, and closes it with the editor', async () => {
    const world = await startMain(true, 'en-US', [LAPTOP_DISPLAY, PROJECTOR_DISPLAY]);
    world.markReady();
    await settle();
    const workshopId = '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d';
    await expect(world.ipcHandlers.get('presenter:open')?.(TRUSTED, { workshopId, phase: 'situation' })).resolves.toEqual({ status: 'opened' });
    expect(world.windows).toHaveLength(2);
    const presenter = world.windows[1] as unknown as { options: { x: number; webPreferences: Record<string, unknown> }; emit(event: string): void };
    expect(presenter.options.x).toBe(1920);
    expect(presenter.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(presenter.options.webPreferences.preload)).toMatch(/dist-electron[\\/]preload[\\/]index\.js$/);
    expect(world.log).toContain(`loadURL app://dsrs/index.html?present=window#/workshop/${workshopId}/situation`);
    presenter.emit('ready-to-show');
    expect(world.log).toEqual(expect.arrayContaining(['showInactive', 'setFullScreen true']));

    await expect(world.ipcHandlers.get('presenter:show')?.(TRUSTED, { workshopId, phase: 'poster' })).resolves.toEqual({ status: 'shown' });
    expect(world.sent).toContainEqual(['presenter:navigate', { workshopId, phase: 'poster' }]);

    // The editor's window goes (after its backups): the projector's goes with it.
    const editor = world.windows[0] as unknown as { close(): void };
    editor.close();
    await world.ipcHandlers.get('app:ready-to-quit')?.(TRUSTED, undefined);
    await settle();
    expect(world.log.filter((entry) => entry === 'window closed')).toHaveLength(2);
  });

  it('tells the editor when the projector window closes, and presents in place with one display', async () => {
    const world = await startMain(true, 'en-US', [LAPTOP_DISPLAY, PROJECTOR_DISPLAY]);
    world.markReady();
    await settle();
    const target = { workshopId: '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d', phase: 'diagnosis' };
    await world.ipcHandlers.get('presenter:open')?.(TRUSTED, target);
    await expect(world.ipcHandlers.get('presenter:close')?.(TRUSTED, undefined)).resolves.toEqual({ status: 'closed' });
    expect(world.sent).toContainEqual(['presenter:closed', {}]);
    await expect(world.ipcHandlers.get('presenter:close')?.(TRUSTED, undefined)).resolves.toEqual({ status: 'not-open' });

    const single = await startMain(true, 'en-US', [LAPTOP_DISPLAY]);
    single.markReady();
    await settle();
    await expect(single.ipcHandlers.get('presenter:open')?.(TRUSTED, target)).resolves.toEqual({ status: 'single-display' });
    expect(single.windows).toHaveLength(1);
    // Presenting in place: full screen for the window that asked, through the window API.
    const editor = single.windows[0] as unknown as { webContents: unknown };
    await expect(single.ipcHandlers.get('presenter:full-screen')?.({ ...TRUSTED, sender: editor.webContents }, { fullScreen: true })).resolves.toEqual({
      status: 'applied',
      fullScreen: true,
    });
    expect(single.log).toContain('setFullScreen true');
  });
});
