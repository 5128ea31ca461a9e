import type { DsrsApi } from '../../shared/ipc/contract';
import { presentingModeOf } from '../../shared/ipc/presenterContract';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { ElectronPlatformOptions } from './electronPlatform';
import type { Platform } from './platform';

/** The desktop app when the preload bridge is there, otherwise the browser. */
export function choosePlatform(bridge: DsrsApi | undefined, options: ElectronPlatformOptions = {}): Platform {
  return bridge ? createElectronPlatform(bridge, options) : createBrowserPlatform();
}

let current: Platform | null = null;

/** The one Platform for this page, created on first use. */
export function getPlatform(): Platform {
  current ??= typeof window === 'undefined'
    ? choosePlatform(undefined)
    : choosePlatform(window.dsrs, { presenterWindow: presentingModeOf(window.location.search) === 'window' });
  return current;
}
