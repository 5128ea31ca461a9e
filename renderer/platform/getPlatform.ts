import type { DsrsApi } from '../../shared/ipc/contract';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './platform';

/** The desktop app when the preload bridge is there, otherwise the browser. */
export function choosePlatform(bridge: DsrsApi | undefined): Platform {
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
}

let current: Platform | null = null;

/** The one Platform for this page, created on first use. */
export function getPlatform(): Platform {
  current ??= choosePlatform(typeof window === 'undefined' ? undefined : window.dsrs);
  return current;
}
