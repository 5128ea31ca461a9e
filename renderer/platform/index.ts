// The renderer's only way to the machine: features import from here, never from electron/.
export { getPlatform, choosePlatform } from './getPlatform';
export { createElectronPlatform } from './electronPlatform';
export { createBrowserPlatform } from './browserPlatform';
export { APP_NAME, APP_VERSION } from './appIdentity';
export type { Platform, PlatformAppInfo, AutoBackupStore, BeforeQuitListener, DesktopPresenter } from './platform';
export type { ElectronPlatformOptions } from './electronPlatform';
export type {
  AutoBackupEntry,
  AutoBackupWriteRequest,
  AutoBackupWriteResult,
  FileFilter,
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
