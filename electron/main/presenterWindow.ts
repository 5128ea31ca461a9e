import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { EVENT_CHANNELS } from '../../shared/ipc/contract';
import { presenterWindowPath } from '../../shared/ipc/presenterContract';
import type { PresenterTarget } from '../../shared/ipc/presenterContract';
import { APP_ORIGIN } from './appOrigin';
import { buildSecureWebPreferences } from './webPreferences';
import type { Rectangle } from './windowState';

/**
 * The projector's window: the facilitator keeps editing on the laptop while a second, full-screen
 * window on the other display shows the current phase in presenter mode. It loads the same app from
 * the same origin, so it reads the same IndexedDB and its live queries follow every edit; only the
 * phase to show travels from the editor, over IPC.
 */

export interface DisplayArea {
  id: number;
  bounds: Rectangle;
}

function centreOf(bounds: Rectangle): { x: number; y: number } {
  return { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
}

function contains(bounds: Rectangle, point: { x: number; y: number }): boolean {
  return point.x >= bounds.x && point.x < bounds.x + bounds.width && point.y >= bounds.y && point.y < bounds.y + bounds.height;
}

/**
 * The display to present on: the first one (in the system's order) that does not hold the editor
 * window's centre. Null with a single display, where the editor presents in its own window.
 */
export function chooseExternalDisplay(displays: readonly DisplayArea[], editorBounds: Rectangle | null): DisplayArea | null {
  if (displays.length < 2) return null;
  const editorDisplay = editorBounds ? displays.find((display) => contains(display.bounds, centreOf(editorBounds))) : undefined;
  return displays.find((display) => display.id !== (editorDisplay ?? displays[0])?.id) ?? null;
}

/** app://dsrs/index.html?present=window#/workshop/<id>/<phase> */
export function presenterWindowUrl(target: PresenterTarget): string {
  return `${APP_ORIGIN}/${presenterWindowPath(target)}`;
}

export function presenterWindowOptions(display: DisplayArea, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    x: display.bounds.x,
    y: display.bounds.y,
    width: display.bounds.width,
    height: display.bounds.height,
    title: 'DSRS Studio',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    show: false,
    // The same settings as the editor's window: no Node, isolated, sandboxed, typed bridge only.
    webPreferences: buildSecureWebPreferences(preloadPath),
  };
}

export interface PresenterWindowDeps {
  preloadPath: string;
  displays(): DisplayArea[];
  /** The editor's window, to tell its display apart; null while there is none. */
  editorWindow(): BrowserWindow | null;
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
  /** The presenter window closed (Escape, the user, the display went away): tell the editor. */
  onClosed(): void;
}

export type PresenterOpenOutcome = 'opened' | 'single-display';

export class PresenterWindowController {
  private window: BrowserWindow | null = null;

  constructor(private readonly deps: PresenterWindowDeps) {}

  isOpen(): boolean {
    return this.window !== null && !this.window.isDestroyed();
  }

  /** Opens the presenter window on another display, or points the open one at the target. */
  open(target: PresenterTarget): PresenterOpenOutcome {
    if (this.isOpen()) {
      this.show(target);
      return 'opened';
    }
    const editor = this.deps.editorWindow();
    const editorBounds = editor && !editor.isDestroyed() ? editor.getBounds() : null;
    const display = chooseExternalDisplay(this.deps.displays(), editorBounds);
    if (!display) return 'single-display';

    const window = this.deps.createWindow(presenterWindowOptions(display, this.deps.preloadPath));
    this.window = window;
    window.setMenuBarVisibility(false);
    window.once('ready-to-show', () => {
      // Shown without taking focus: the facilitator goes on typing in the editor.
      window.showInactive();
      window.setFullScreen(true);
    });
    window.on('closed', () => {
      if (this.window !== window) return;
      this.window = null;
      this.deps.onClosed();
    });
    const url = presenterWindowUrl(target);
    window.loadURL(url).catch((error: unknown) => console.error(`[presenter] could not load ${url}`, error));
    return 'opened';
  }

  /** Sends the presenter window to another phase (or workshop); it navigates itself. */
  show(target: PresenterTarget): 'shown' | 'not-open' {
    const window = this.window;
    if (!window || window.isDestroyed()) return 'not-open';
    const contents = window.webContents;
    // A window still loading gets it once loaded; its own URL already names the first target.
    if (contents.isLoading()) contents.once('did-finish-load', () => contents.send(EVENT_CHANNELS.presenterNavigate, target));
    else contents.send(EVENT_CHANNELS.presenterNavigate, target);
    return 'shown';
  }

  close(): 'closed' | 'not-open' {
    const window = this.window;
    if (!window || window.isDestroyed()) return 'not-open';
    window.close();
    return 'closed';
  }
}
