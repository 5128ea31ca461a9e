import type { DsrsApi } from '../../shared/ipc/contract';

// The preload bridge (electron/preload) sets window.dsrs in the desktop app; a browser has none.
declare global {
  interface Window {
    readonly dsrs?: DsrsApi;
  }
}

export {};
