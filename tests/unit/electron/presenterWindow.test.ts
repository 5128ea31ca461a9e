import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  chooseExternalDisplay,
  PresenterWindowController,
  presenterWindowOptions,
  presenterWindowUrl,
} from '../../../electron/main/presenterWindow';
import type { DisplayArea } from '../../../electron/main/presenterWindow';
import { isAppUrl } from '../../../electron/main/appOrigin';
import { buildSecureWebPreferences } from '../../../electron/main/webPreferences';
import { presentingModeOf } from '../../../shared/ipc/presenterContract';

const WORKSHOP_ID = '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d';
const LAPTOP: DisplayArea = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const PROJECTOR: DisplayArea = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } };

class FakeWindow extends EventEmitter {
  readonly calls: string[] = [];
  destroyed = false;
  loading = true;
  readonly sent: [string, unknown][] = [];
  readonly webContents = Object.assign(new EventEmitter(), {
    isLoading: () => this.loading,
    send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
  });
  constructor(readonly options: BrowserWindowConstructorOptions, private readonly bounds = LAPTOP.bounds) {
    super();
  }
  isDestroyed = () => this.destroyed;
  getBounds = () => this.bounds;
  setMenuBarVisibility = (visible: boolean) => this.calls.push(`menuBar ${visible}`);
  showInactive = () => this.calls.push('showInactive');
  setFullScreen = (flag: boolean) => this.calls.push(`fullScreen ${flag}`);
  loadURL = (url: string) => {
    this.calls.push(`load ${url}`);
    return Promise.resolve();
  };
  close = () => {
    this.calls.push('close');
    this.destroyed = true;
    this.emit('closed');
  };
}

function controllerWith(displays: DisplayArea[], editorBounds = LAPTOP.bounds) {
  const created: FakeWindow[] = [];
  const onClosed = vi.fn();
  const editor = new FakeWindow({}, editorBounds);
  const controller = new PresenterWindowController({
    preloadPath: '/app/dist-electron/preload/index.js',
    displays: () => displays,
    editorWindow: () => editor as unknown as BrowserWindow,
    createWindow: (options) => {
      const window = new FakeWindow(options);
      created.push(window);
      return window as unknown as BrowserWindow;
    },
    onClosed,
  });
  return { controller, created, onClosed };
}

describe('chooseExternalDisplay', () => {
  it('picks a display the editor is not on, and none when there is only one', () => {
    expect(chooseExternalDisplay([LAPTOP, PROJECTOR], LAPTOP.bounds)).toEqual(PROJECTOR);
    // The editor dragged onto the projector: present on the laptop's screen instead.
    expect(chooseExternalDisplay([LAPTOP, PROJECTOR], { x: 2000, y: 100, width: 960, height: 640 })).toEqual(LAPTOP);
    expect(chooseExternalDisplay([LAPTOP], LAPTOP.bounds)).toBeNull();
    expect(chooseExternalDisplay([], null)).toBeNull();
    // No editor window to go by: anything but the first (primary) display.
    expect(chooseExternalDisplay([LAPTOP, PROJECTOR], null)).toEqual(PROJECTOR);
  });
});

describe('the presenter window', () => {
  it('loads the app origin with the phase route and the projector query', () => {
    const url = presenterWindowUrl({ workshopId: WORKSHOP_ID, phase: 'diagnosis' });
    expect(url).toBe(`app://dsrs/index.html?present=window#/workshop/${WORKSHOP_ID}/diagnosis`);
    expect(isAppUrl(url)).toBe(true);
    const parsed = new URL(url);
    expect(presentingModeOf(parsed.search)).toBe('window');
    expect(parsed.pathname).toBe('/index.html');
  });

  it('covers the chosen display with the same secure web preferences as the editor', () => {
    const options = presenterWindowOptions(PROJECTOR, '/p.js');
    expect(options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, show: false, autoHideMenuBar: true });
    expect(options.webPreferences).toEqual(buildSecureWebPreferences('/p.js'));
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('opens on the second display, full screen and without taking focus from the editor', () => {
    const { controller, created } = controllerWith([LAPTOP, PROJECTOR]);
    expect(controller.open({ workshopId: WORKSHOP_ID, phase: 'situation' })).toBe('opened');
    expect(created).toHaveLength(1);
    const window = created[0] as FakeWindow;
    expect(window.options).toMatchObject({ x: 1920, width: 1280 });
    expect(window.calls).toEqual(['menuBar false', `load app://dsrs/index.html?present=window#/workshop/${WORKSHOP_ID}/situation`]);
    window.emit('ready-to-show');
    expect(window.calls.slice(2)).toEqual(['showInactive', 'fullScreen true']);
    expect(controller.isOpen()).toBe(true);
  });

  it('says so with a single display and opens nothing', () => {
    const { controller, created } = controllerWith([LAPTOP]);
    expect(controller.open({ workshopId: WORKSHOP_ID, phase: 'situation' })).toBe('single-display');
    expect(created).toEqual([]);
    expect(controller.show({ workshopId: WORKSHOP_ID, phase: 'poster' })).toBe('not-open');
    expect(controller.close()).toBe('not-open');
  });

  it('follows the editor: one window, told each new phase once it has loaded', () => {
    const { controller, created } = controllerWith([LAPTOP, PROJECTOR]);
    controller.open({ workshopId: WORKSHOP_ID, phase: 'situation' });
    const window = created[0] as FakeWindow;
    expect(controller.show({ workshopId: WORKSHOP_ID, phase: 'objectives' })).toBe('shown');
    expect(window.sent).toEqual([]);
    window.loading = false;
    window.webContents.emit('did-finish-load');
    expect(window.sent).toEqual([['presenter:navigate', { workshopId: WORKSHOP_ID, phase: 'objectives' }]]);
    // Asking to open again re-uses the window.
    expect(controller.open({ workshopId: WORKSHOP_ID, phase: 'poster' })).toBe('opened');
    expect(created).toHaveLength(1);
    expect(window.sent.at(-1)).toEqual(['presenter:navigate', { workshopId: WORKSHOP_ID, phase: 'poster' }]);
  });

  it('tells the editor when it closes, however it was closed', () => {
    const { controller, created, onClosed } = controllerWith([LAPTOP, PROJECTOR]);
    controller.open({ workshopId: WORKSHOP_ID, phase: 'situation' });
    expect(controller.close()).toBe('closed');
    expect(onClosed).toHaveBeenCalledTimes(1);
    expect(controller.isOpen()).toBe(false);
    // Closed by the user (or the display unplugged): same notice, and the next open makes a new window.
    controller.open({ workshopId: WORKSHOP_ID, phase: 'situation' });
    (created[1] as FakeWindow).close();
    expect(onClosed).toHaveBeenCalledTimes(2);
    expect(controller.show({ workshopId: WORKSHOP_ID, phase: 'poster' })).toBe('not-open');
  });
});
