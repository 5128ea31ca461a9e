import { join } from 'node:path';

/** Where the built pieces sit inside the app (a folder in dev, app.asar when packaged). */
export function rendererRootPath(appPath: string): string {
  return join(appPath, 'dist', 'renderer');
}

/** The bundled, sandbox-ready preload (see electron/preload/vite.config.mjs). */
export function preloadScriptPath(appPath: string): string {
  return join(appPath, 'dist-electron', 'preload', 'index.js');
}

export const DEV_SERVER_ENV = 'DSRS_DEV_SERVER_URL';

/**
 * The Vite dev server to proxy, from the environment (set by scripts/dev.mjs). Never in a packaged app,
 * and only a loopback http address: the proxy must not turn into a way to load remote code.
 */
export function devServerOrigin(value: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'http:' || !loopback) return null;
  return url.origin;
}
