// Gives each data test its own database and clean in-memory state (undo, save status, faults).
import { afterEach, beforeEach } from 'vitest';
import { emptyRecords, RECORD_KINDS } from '../../shared/domain';
import type { RecordKind, RecordOf, WorkshopBundle, WorkshopRecords } from '../../shared/domain';
import { openDatabase, setActiveDatabase } from '../../renderer/data';
import type { DsrsDatabase } from '../../renderer/data';
import { clearInjectedWriteFaults } from '../../renderer/data/faultInjection';
import { insertBundle, readBundle } from '../../renderer/data/repositories/bundleStorage';
import { resetSaveStatus } from '../../renderer/data/saveStatus';
import { resetUndoHistory } from '../../renderer/data/undo/undoStacks';

let databaseCounter = 0;

export function uniqueDatabaseName(prefix = 'dsrs-test'): string {
  databaseCounter += 1;
  return `${prefix}-${databaseCounter}-${crypto.randomUUID()}`;
}

/** Registers hooks that switch every test to a fresh database; returns a getter for it. */
export function useFreshDatabase(): () => DsrsDatabase {
  let database: DsrsDatabase | null = null;
  beforeEach(() => {
    database = openDatabase(uniqueDatabaseName());
    setActiveDatabase(database);
    resetUndoHistory();
    resetSaveStatus();
    clearInjectedWriteFaults();
  });
  afterEach(async () => {
    clearInjectedWriteFaults();
    if (database) await database.delete();
    database = null;
  });
  return () => {
    if (!database) throw new Error('No test database open');
    return database;
  };
}

/** Stores a bundle with its own ids, bypassing the repositories (test setup only). */
export async function storeBundleAsIs(database: DsrsDatabase, bundle: WorkshopBundle): Promise<void> {
  await database.transaction('rw', database.allTables(), async () => insertBundle(database, bundle));
}

export async function readStoredBundle(database: DsrsDatabase, workshopId: string): Promise<WorkshopBundle | undefined> {
  return database.transaction('r', database.allTables(), async () => readBundle(database, workshopId));
}

/** Records sorted by id, so bundles compare by content rather than by read order. */
export function sortedBundle(bundle: WorkshopBundle): WorkshopBundle {
  const records = emptyRecords();
  for (const kind of RECORD_KINDS) sortKind(bundle.records, records, kind);
  return { workshop: bundle.workshop, records };
}

function sortKind<K extends RecordKind>(from: WorkshopRecords, into: WorkshopRecords, kind: K): void {
  const source: readonly RecordOf<K>[] = from[kind];
  const byKind: { [P in K]: RecordOf<P>[] } = into;
  byKind[kind] = [...source].sort((left, right) => left.id.localeCompare(right.id));
}

/** Total number of stored rows across all tables. */
export async function countAllRows(database: DsrsDatabase): Promise<number> {
  let total = 0;
  for (const table of database.allTables()) total += await table.count();
  return total;
}
