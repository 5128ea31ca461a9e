import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { buildSecureWebPreferences } from './webPreferences';
import { captureWindowState, loadWindowState, MIN_WINDOW_SIZE, saveWindowState } from './windowState';

export interface MainWindowOptions {
  preloadPath: string;
  windowStateFile: string;
}

/** Creates the app's window where the user left it, loading the renderer from app://dsrs/. */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const state = await loadWindowState(options.windowStateFile, displays);

  // The scanner cannot follow webPreferences into buildSecureWebPreferences(), where these are set
  // (and asserted by tests/unit/electron/webPreferences.test.ts):
  // electronegativity-justified: CONTEXT_ISOLATION_JS_CHECK contextIsolation is true in buildSecureWebPreferences
  // electronegativity-justified: SANDBOX_JS_CHECK sandbox is true in buildSecureWebPreferences (and app.enableSandbox)
  // electronegativity-justified: AUXCLICK_JS_CHECK Auxclick is disabled in buildSecureWebPreferences; window.open is denied
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'DSRS Studio',
    backgroundColor: '#ffffff',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: buildSecureWebPreferences(options.preloadPath),
  });

  if (state.isMaximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  window.on('close', () => {
    saveWindowState(options.windowStateFile, captureWindowState(window)).catch((error: unknown) => {
      console.warn('[window state] could not save', error);
    });
  });

  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`[window] could not load ${APP_ENTRY_URL}`, error);
  });
  return window;
}
