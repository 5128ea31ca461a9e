import type { Dexie, Table } from 'dexie';
import type { Migration, StoredRecord } from './migration';

/** Declares the given versions on a Dexie instance, in order, with their upgrade steps. */
export function applyMigrations(database: Dexie, migrations: readonly Migration[]): void {
  assertAscending(migrations);
  migrations.forEach((migration, index) => {
    const tablesAtThisVersion = tablesAfter(migrations.slice(0, index + 1));
    const version = database.version(migration.version).stores({ ...migration.stores });
    const { upgradeRecord, upgrade } = migration;
    if (!upgradeRecord && !upgrade) return;
    version.upgrade(async (transaction) => {
      if (upgradeRecord) {
        for (const table of tablesAtThisVersion) {
          const storedTable: Table<StoredRecord> = transaction.table(table);
          await storedTable.toCollection().modify((record, ref) => {
            ref.value = upgradeRecord(table, record);
          });
        }
      }
      if (upgrade) await upgrade(transaction);
    });
  });
}

/** The tables that exist after applying the given versions. */
export function tablesAfter(migrations: readonly Migration[]): string[] {
  const tables = new Set<string>();
  for (const migration of migrations) {
    for (const [table, declaration] of Object.entries(migration.stores)) {
      if (declaration === null) tables.delete(table);
      else tables.add(table);
    }
  }
  return [...tables];
}

function assertAscending(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous && migration.version <= previous.version) {
      throw new Error(`Migration versions must ascend: ${previous.version} then ${migration.version}`);
    }
  });
}
