import type {
  AutoBackupEntry,
  AutoBackupReadRequest,
  AutoBackupWriteRequest,
  AutoBackupWriteResult,
  MenuCommand,
  OpenBackupFileEvent,
  OpenTextFileRequest,
  OpenTextFileResult,
  PresenterClosedEvent,
  PresenterTarget,
  SaveFileRequest,
  SaveFileResult,
  ShellLanguage,
  Unsubscribe,
} from '../../shared/ipc';

/**
 * What the renderer may ask of the machine it runs on. The desktop app answers through the preload
 * bridge; a plain browser answers with downloads and file inputs. Features use only this interface.
 */

export interface PlatformAppInfo {
  name: string;
  version: string;
  /** 'linux' | 'win32' | 'darwin' in the desktop app, 'browser' on the web. */
  platform: string;
  isElectron: boolean;
}

/** The desktop app's automatic backups (a browser has no folder to keep them in). */
export interface AutoBackupStore {
  write(request: AutoBackupWriteRequest): Promise<AutoBackupWriteResult>;
  /** Newest first. Rejects with the main process's message when the folder cannot be read. */
  list(): Promise<AutoBackupEntry[]>;
  /** Rejects when the file is gone or unreadable. */
  read(request: AutoBackupReadRequest): Promise<{ text: string }>;
}

/**
 * Presenter mode in the desktop app: a full-screen window on a second display (the projector) that
 * follows the editor, and full screen for the editor's own window when there is no second display.
 * A browser has neither; it presents in the page and uses the web Fullscreen API.
 */
export interface DesktopPresenter {
  /** 'single-display' when there is no other display to open on. Rejects with main's message on failure. */
  open(target: PresenterTarget): Promise<'opened' | 'single-display'>;
  /** Points the presenter window at another phase; nothing happens when none is open. */
  show(target: PresenterTarget): Promise<void>;
  close(): Promise<void>;
  /** Full screen for this window. */
  setFullScreen(fullScreen: boolean): Promise<void>;
  /** In the presenter window: the editor wants this shown. */
  onNavigate(listener: (target: PresenterTarget) => void): Unsubscribe;
  /** In the editor: the presenter window closed. */
  onClosed(listener: (event: PresenterClosedEvent) => void): Unsubscribe;
}

/** Runs before the desktop app quits; the app waits (a few seconds at most) for the returned promise. */
export type BeforeQuitListener = () => Promise<void> | void;

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** In a browser the file goes to the downloads folder and `path` is empty. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResult>;
  /** Rejects only if the desktop shell cannot answer at all. */
  appInfo(): Promise<PlatformAppInfo>;
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /** Backup files the OS asked the desktop app to open (double-click on a .dsrs.json). */
  onOpenBackupFile(listener: (file: OpenBackupFileEvent) => void): Unsubscribe;
  onBeforeQuit(listener: BeforeQuitListener): Unsubscribe;
  /**
   * Tells the desktop shell the UI language so its native menu matches; nothing to do in a browser.
   * Rejects with main's message if the shell refuses.
   */
  setShellLanguage(language: ShellLanguage): Promise<void>;
  readonly autoBackup: AutoBackupStore | null;
  readonly presenter: DesktopPresenter | null;
}
