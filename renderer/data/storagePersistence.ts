/**
 * Asks the browser not to evict our IndexedDB under storage pressure. Electron and installed
 * browsers may grant it; headless Chromium always answers false, which is not an error.
 */
export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

export async function requestPersistentStorage(): Promise<PersistenceResult> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    // Some embedders throw instead of answering; for the user that is the same as a refusal.
    return 'denied';
  }
}
