/**
 * The one IPC contract between the Electron main process, the preload bridge and the renderer.
 * Channel names live here only; main validates every request with these schemas, the preload
 * validates every event payload, and `DsrsApi` is exactly what `window.dsrs` exposes.
 */
import type { z } from 'zod';
import {
  openTextFileRequestSchema,
  openTextFileResultSchema,
  saveFileRequestSchema,
  saveFileResultSchema,
} from './filesContract';
import type { OpenTextFileRequest, OpenTextFileResult, SaveFileRequest, SaveFileResult } from './filesContract';
import {
  autoBackupListRequestSchema,
  autoBackupListResultSchema,
  autoBackupReadRequestSchema,
  autoBackupReadResultSchema,
  autoBackupWriteRequestSchema,
  autoBackupWriteResultSchema,
} from './autoBackupContract';
import type {
  AutoBackupListResult,
  AutoBackupReadRequest,
  AutoBackupReadResult,
  AutoBackupWriteRequest,
  AutoBackupWriteResult,
} from './autoBackupContract';
import { appInfoRequestSchema, appInfoResultSchema, readyToQuitRequestSchema, readyToQuitResultSchema } from './appContract';
import type { AppInfoResult, ReadyToQuitResult } from './appContract';
import { setLanguageRequestSchema, setLanguageResultSchema } from './languageContract';
import type { SetLanguageRequest, SetLanguageResult } from './languageContract';
import { beforeQuitEventSchema, menuCommandSchema, openBackupFileEventSchema } from './eventsContract';
import type { BeforeQuitEvent, MenuCommand, OpenBackupFileEvent } from './eventsContract';
import {
  presenterClosedEventSchema,
  presenterCloseRequestSchema,
  presenterCloseResultSchema,
  presenterFullScreenRequestSchema,
  presenterFullScreenResultSchema,
  presenterOpenRequestSchema,
  presenterOpenResultSchema,
  presenterShowEventSchema,
  presenterShowRequestSchema,
  presenterShowResultSchema,
} from './presenterContract';
import type {
  PresenterClosedEvent,
  PresenterCloseResult,
  PresenterFullScreenRequest,
  PresenterFullScreenResult,
  PresenterOpenResult,
  PresenterShowEvent,
  PresenterShowResult,
  PresenterTarget,
} from './presenterContract';

/** Request/response channels (renderer -> main, ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  saveFile: 'files:save',
  openTextFile: 'files:open-text',
  writeAutoBackup: 'auto-backup:write',
  listAutoBackups: 'auto-backup:list',
  readAutoBackup: 'auto-backup:read',
  appInfo: 'app:info',
  readyToQuit: 'app:ready-to-quit',
  setLanguage: 'app:set-language',
  openPresenter: 'presenter:open',
  showInPresenter: 'presenter:show',
  closePresenter: 'presenter:close',
  setPresenterFullScreen: 'presenter:full-screen',
} as const;

/** One-way channels (main -> renderer, webContents.send / ipcRenderer.on). */
export const EVENT_CHANNELS = {
  menuCommand: 'menu:command',
  beforeQuit: 'app:before-quit',
  openBackupFile: 'app:open-backup-file',
  presenterNavigate: 'presenter:navigate',
  presenterClosed: 'presenter:closed',
} as const;

interface InvokeChannelSchemas {
  request: z.ZodType;
  response: z.ZodType;
}

export const INVOKE_CONTRACT = {
  [INVOKE_CHANNELS.saveFile]: { request: saveFileRequestSchema, response: saveFileResultSchema },
  [INVOKE_CHANNELS.openTextFile]: { request: openTextFileRequestSchema, response: openTextFileResultSchema },
  [INVOKE_CHANNELS.writeAutoBackup]: { request: autoBackupWriteRequestSchema, response: autoBackupWriteResultSchema },
  [INVOKE_CHANNELS.listAutoBackups]: { request: autoBackupListRequestSchema, response: autoBackupListResultSchema },
  [INVOKE_CHANNELS.readAutoBackup]: { request: autoBackupReadRequestSchema, response: autoBackupReadResultSchema },
  [INVOKE_CHANNELS.appInfo]: { request: appInfoRequestSchema, response: appInfoResultSchema },
  [INVOKE_CHANNELS.readyToQuit]: { request: readyToQuitRequestSchema, response: readyToQuitResultSchema },
  [INVOKE_CHANNELS.setLanguage]: { request: setLanguageRequestSchema, response: setLanguageResultSchema },
  [INVOKE_CHANNELS.openPresenter]: { request: presenterOpenRequestSchema, response: presenterOpenResultSchema },
  [INVOKE_CHANNELS.showInPresenter]: { request: presenterShowRequestSchema, response: presenterShowResultSchema },
  [INVOKE_CHANNELS.closePresenter]: { request: presenterCloseRequestSchema, response: presenterCloseResultSchema },
  [INVOKE_CHANNELS.setPresenterFullScreen]: { request: presenterFullScreenRequestSchema, response: presenterFullScreenResultSchema },
} as const satisfies Record<(typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS], InvokeChannelSchemas>;

export const EVENT_CONTRACT = {
  [EVENT_CHANNELS.menuCommand]: menuCommandSchema,
  [EVENT_CHANNELS.beforeQuit]: beforeQuitEventSchema,
  [EVENT_CHANNELS.openBackupFile]: openBackupFileEventSchema,
  [EVENT_CHANNELS.presenterNavigate]: presenterShowEventSchema,
  [EVENT_CHANNELS.presenterClosed]: presenterClosedEventSchema,
} as const satisfies Record<(typeof EVENT_CHANNELS)[keyof typeof EVENT_CHANNELS], z.ZodType>;

export type InvokeChannel = keyof typeof INVOKE_CONTRACT;
export type InvokeRequest<C extends InvokeChannel> = z.infer<(typeof INVOKE_CONTRACT)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.infer<(typeof INVOKE_CONTRACT)[C]['response']>;

export type EventChannel = keyof typeof EVENT_CONTRACT;
export type EventPayload<C extends EventChannel> = z.infer<(typeof EVENT_CONTRACT)[C]>;

export const ALL_INVOKE_CHANNELS: readonly InvokeChannel[] = Object.values(INVOKE_CHANNELS);
export const ALL_EVENT_CHANNELS: readonly EventChannel[] = Object.values(EVENT_CHANNELS);

/** Stops a subscription made through the bridge. */
export type Unsubscribe = () => void;

/** What the preload exposes as `window.dsrs`. Every method maps to exactly one channel above. */
export interface DsrsApi {
  files: {
    saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
    openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResult>;
  };
  autoBackup: {
    write(request: AutoBackupWriteRequest): Promise<AutoBackupWriteResult>;
    list(): Promise<AutoBackupListResult>;
    read(request: AutoBackupReadRequest): Promise<AutoBackupReadResult>;
  };
  app: {
    info(): Promise<AppInfoResult>;
    /** The answer to 'app:before-quit', sent once the renderer's automatic backups are written. */
    readyToQuit(): Promise<ReadyToQuitResult>;
    /** The UI language, so main shows its menu in it (main starts with the OS language). */
    setLanguage(request: SetLanguageRequest): Promise<SetLanguageResult>;
    onBeforeQuit(listener: (event: BeforeQuitEvent) => void): Unsubscribe;
    onOpenBackupFile(listener: (event: OpenBackupFileEvent) => void): Unsubscribe;
  };
  menu: {
    onCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  };
  presenter: {
    /** Opens (or moves) the presenter window on a second display; 'single-display' when there is none. */
    open(target: PresenterTarget): Promise<PresenterOpenResult>;
    /** The editor moved to another phase: the presenter window follows. */
    show(target: PresenterTarget): Promise<PresenterShowResult>;
    close(): Promise<PresenterCloseResult>;
    /** Full screen for the asking window (presenting in the editor's own window). */
    setFullScreen(request: PresenterFullScreenRequest): Promise<PresenterFullScreenResult>;
    /** In the presenter window: what to show next. */
    onNavigate(listener: (event: PresenterShowEvent) => void): Unsubscribe;
    /** In the editor window: the presenter window closed. */
    onClosed(listener: (event: PresenterClosedEvent) => void): Unsubscribe;
  };
}
