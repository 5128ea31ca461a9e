/**
 * The renderer's one origin in every build (dev, packaged, every OS). IndexedDB is per origin, so this
 * must never change: a different scheme or host would show users an empty database.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dsrs';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs of the app's own origin; the trailing slash stops look-alikes such as app://dsrs.evil/. */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}
