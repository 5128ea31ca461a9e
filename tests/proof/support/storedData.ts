/**
 * Reads what is really on disk, with the browser's raw IndexedDB API rather than the app's data
 * layer, so a proof cannot be fooled by a bug the app's own reading code shares with its writing.
 */
import type { Page } from '@playwright/test';

export const APP_DATABASE = 'dsrs-studio';

/** Raw rows, unchecked: whoever reads them validates them with the domain's schemas. */
export interface StoredSnapshot {
  /** The IndexedDB version number (Dexie stores schema version N as N * 10). */
  version: number;
  workshops: unknown[];
  preparationItems: unknown[];
}

/** Every row of the given stores; null when the database does not exist (yet). */
export async function readStores(page: Page, storeNames: readonly string[]): Promise<{ version: number; rows: Record<string, unknown[]> } | null> {
  return page.evaluate(
    async ({ databaseName, stores }) => {
      const known = await indexedDB.databases();
      // Opening a name that does not exist would create it, at a version the app does not expect.
      if (!known.some((database) => database.name === databaseName)) return null;
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(databaseName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onblocked = () => reject(new Error('open blocked'));
      });
      try {
        const present = stores.filter((store) => database.objectStoreNames.contains(store));
        const rows: Record<string, unknown[]> = {};
        if (present.length > 0) {
          const transaction = database.transaction(present, 'readonly');
          await Promise.all(
            present.map(
              (store) =>
                new Promise<void>((resolve, reject) => {
                  const request = transaction.objectStore(store).getAll();
                  request.onsuccess = () => {
                    rows[store] = request.result as unknown[];
                    resolve();
                  };
                  request.onerror = () => reject(request.error ?? new Error(`read of ${store} failed`));
                }),
            ),
          );
        }
        return { version: database.version, rows };
      } finally {
        database.close();
      }
    },
    { databaseName: APP_DATABASE, stores: [...storeNames] },
  );
}

export async function readSnapshot(page: Page): Promise<StoredSnapshot | null> {
  const stored = await readStores(page, ['workshops', 'preparationItems']);
  if (!stored) return null;
  return {
    version: stored.version,
    workshops: stored.rows.workshops ?? [],
    preparationItems: stored.rows.preparationItems ?? [],
  };
}
