/**
 * The only way the data layer opens transactions. Writes are tracked by the save indicator and
 * pass the fault-injection point first thing INSIDE the transaction, so an injected failure rolls
 * back exactly like a real one.
 */
import { getDatabase } from './activeDatabase';
import type { DsrsDatabase } from './database';
import { throwInjectedFaultIfArmed } from './faultInjection';
import { trackWrite } from './saveStatus';

export function runWriteTransaction<T>(body: (database: DsrsDatabase) => Promise<T>): Promise<T> {
  const database = getDatabase();
  return trackWrite(() =>
    database.transaction('rw', database.allTables(), async () => {
      throwInjectedFaultIfArmed();
      return body(database);
    }),
  );
}

/**
 * A consistent snapshot across tables (an export must not mix states of two edits).
 * The scope must be an `async` function: Dexie only keeps a transaction alive across native
 * awaits inside async scopes (a plain arrow returning a promise commits too early).
 */
export function runReadTransaction<T>(body: (database: DsrsDatabase) => Promise<T>): Promise<T> {
  const database = getDatabase();
  return database.transaction('r', database.allTables(), async () => body(database));
}

export function nowIso(): string {
  return new Date().toISOString();
}
