import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import { EVENT_CHANNELS } from '../../shared/ipc/contract';
import type { EventChannel, EventPayload } from '../../shared/ipc/contract';
import type { ShellLanguage } from '../../shared/ipc/languageContract';
import { devServerOrigin, DEV_SERVER_ENV, preloadScriptPath, rendererRootPath } from './appPaths';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './appProtocol';
import { createIpcHandlers, defaultGuardOptions, registerIpcHandlers } from './handlers';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate } from './menu';
import { describeOpenedBackupFailure, findBackupFileArgument, readOpenedBackupFile } from './openedBackupFile';
import { PresenterWindowController } from './presenterWindow';
import { QuitCoordinator } from './quitCoordinator';
import { hardenSession, hardenWebContents } from './security';
import { shellLanguageForLocale } from './shellLanguage';
import { fillPlaceholders, menuMessages } from './menuMessages';

/**
 * The app's lifecycle: one instance, one window, the renderer served from app://dsrs/, every web
 * contents hardened, IPC registered from the contract, and a quit that lets the renderer write its
 * automatic backups first.
 */

// Both must happen before 'ready'.
registerAppSchemeAsPrivileged();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
/** Set once the renderer has had its chance to write backups; the next close/quit goes through. */
let rendererReleased = false;
/** Backup files the OS asked us to open before the window existed (macOS open-file at launch). */
const pendingOpenPaths: string[] = [];
/** The menu's language: the OS locale's until the renderer says which language its UI shows. */
let shellLanguage: ShellLanguage = 'en';
/** The projector's window in presenter mode; created with the IPC handlers, once the app is ready. */
let presenterWindows: PresenterWindowController | null = null;

function liveWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

function sendToRenderer<C extends EventChannel>(channel: C, payload: EventPayload<C>): void {
  const window = liveWindow();
  if (!window) return;
  // Queued until the page has loaded; the preload holds it further until the renderer subscribes.
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', () => window.webContents.send(channel, payload));
  else window.webContents.send(channel, payload);
}

const quitCoordinator = new QuitCoordinator({
  notifyRenderer: (deadlineMs) => {
    const window = liveWindow();
    if (!window || window.webContents.isCrashed() || window.webContents.isLoading()) return false;
    window.webContents.send(EVENT_CHANNELS.beforeQuit, { deadlineMs });
    return true;
  },
});

function releaseRendererThen(proceed: () => void): void {
  void quitCoordinator.prepareToQuit().then((outcome) => {
    if (outcome === 'timed-out') console.warn('[quit] the renderer did not confirm its backups in time');
    rendererReleased = true;
    proceed();
  });
}

async function openBackupFile(filePath: string): Promise<void> {
  const window = liveWindow();
  if (!window) {
    pendingOpenPaths.push(filePath);
    return;
  }
  const result = await readOpenedBackupFile(filePath, { stat, readFile: (path) => readFile(path, 'utf8') });
  if (result.status === 'read') {
    sendToRenderer(EVENT_CHANNELS.openBackupFile, result.event);
    return;
  }
  const messages = menuMessages(shellLanguage, app.getName());
  const detail = describeOpenedBackupFailure(result, { notAFile: messages.openFileNotAFile, tooLarge: messages.openFileTooLarge, unreadable: messages.openFileUnreadable });
  await dialog.showMessageBox(window, { type: 'error', message: fillPlaceholders(messages.openFileFailed, { name: result.name }), detail });
}

function focusMainWindow(): void {
  const window = liveWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

async function openMainWindow(): Promise<void> {
  rendererReleased = false;
  const window = await createMainWindow({
    preloadPath: preloadScriptPath(app.getAppPath()),
    windowStateFile: join(app.getPath('userData'), 'window-state.json'),
  });
  mainWindow = window;
  window.on('close', (event) => {
    if (rendererReleased) return;
    event.preventDefault();
    releaseRendererThen(() => window.close());
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    // Without its editor the projector window has nothing to follow, and would keep the app alive.
    presenterWindows?.close();
  });
  for (const filePath of pendingOpenPaths.splice(0)) void openBackupFile(filePath);
}

function createPresenterWindows(): PresenterWindowController {
  return new PresenterWindowController({
    preloadPath: preloadScriptPath(app.getAppPath()),
    displays: () => screen.getAllDisplays().map((display) => ({ id: display.id, bounds: display.bounds })),
    editorWindow: liveWindow,
    // The options come from presenterWindowOptions(), whose webPreferences are buildSecureWebPreferences()
    // (asserted by tests/unit/electron/presenterWindow.test.ts):
    // electronegativity-justified: CONTEXT_ISOLATION_JS_CHECK contextIsolation is true in buildSecureWebPreferences
    // electronegativity-justified: SANDBOX_JS_CHECK sandbox is true in buildSecureWebPreferences (and app.enableSandbox)
    // electronegativity-justified: AUXCLICK_JS_CHECK Auxclick is disabled in buildSecureWebPreferences; window.open is denied
    createWindow: (options) => new BrowserWindow(options),
    onClosed: () => sendToRenderer(EVENT_CHANNELS.presenterClosed, {}),
  });
}

function registerIpc(): void {
  const projector = createPresenterWindows();
  presenterWindows = projector;
  const autoBackupFolder = join(app.getPath('userData'), 'auto-backups');
  const handlers = createIpcHandlers({
    files: {
      dialogs: {
        showSaveDialog: (parent, options) => (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)),
        showOpenDialog: (parent, options) => (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)),
      },
      fileSystem: { writeFile: (path, data) => writeFile(path, data), stat, readFile: (path) => readFile(path, 'utf8') },
      defaultDirectory: () => app.getPath('documents'),
    },
    autoBackup: {
      folder: autoBackupFolder,
      fileSystem: {
        mkdir: async (directory) => {
          await mkdir(directory, { recursive: true });
        },
        writeFile: (path, text) => writeFile(path, text, 'utf8'),
        rename,
        readdir: (directory) => readdir(directory),
        stat,
        readFile: (path) => readFile(path, 'utf8'),
        unlink,
      },
      now: () => new Date(),
      randomId: () => randomUUID(),
    },
    appIdentity: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    onReadyToQuit: () => quitCoordinator.acknowledge(),
    onLanguageChange: (language) => {
      if (language === shellLanguage) return;
      shellLanguage = language;
      installMenu();
    },
    presenter: {
      open: (target) => projector.open(target),
      show: (target) => projector.show(target),
      close: () => projector.close(),
      setFullScreen: (window, fullScreen) => window.setFullScreen(fullScreen),
    },
  });
  registerIpcHandlers(
    ipcMain,
    handlers,
    defaultGuardOptions((event) => ({ senderWindow: event.sender ? BrowserWindow.fromWebContents(event.sender) : null })),
  );
}

function installMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.getName(),
    language: shellLanguage,
    sendCommand: (command) => sendToRenderer(EVENT_CHANNELS.menuCommand, command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the database and the window; it gets our arguments via 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    focusMainWindow();
    const filePath = findBackupFileArgument(argv);
    if (filePath) void openBackupFile(filePath);
  });

  // macOS delivers double-clicked files this way, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void openBackupFile(filePath);
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('before-quit', (event) => {
    if (rendererReleased || !liveWindow()) return;
    event.preventDefault();
    releaseRendererThen(() => app.quit());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (!liveWindow()) void openMainWindow();
  });

  void app.whenReady().then(async () => {
    if (process.platform === 'win32') app.setAppUserModelId('com.dsrsstudio.app');
    hardenSession(session.defaultSession);
    const devOrigin = devServerOrigin(process.env[DEV_SERVER_ENV], app.isPackaged);
    handleAppProtocol(devOrigin ? { kind: 'dev-server', origin: devOrigin } : { kind: 'files', root: rendererRootPath(app.getAppPath()) });
    registerIpc();
    // getLocale() is only meaningful once the app is ready.
    shellLanguage = shellLanguageForLocale(app.getLocale());
    installMenu();
    const launchFile = findBackupFileArgument(process.argv);
    if (launchFile) pendingOpenPaths.push(launchFile);
    await openMainWindow();
  });
}
