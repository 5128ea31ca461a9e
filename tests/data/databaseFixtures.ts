/**
 * Databases as they were at each shipped schema version, kept as JSON files in tests/fixtures/
 * (database-v<N>.json): the store declarations of that version and every row of every table. A
 * fixture is written once, when its version ships (scripts/proof/writeDatabaseFixture.ts), and never
 * regenerated, so a later migration that changes old data cannot go unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { z } from 'zod';
import { MIGRATIONS } from '../../renderer/data/migrations';
import type { StoredRecord } from '../../renderer/data/migrations';
import { tablesAfter } from '../../renderer/data/migrations/applyMigrations';

export const FIXTURE_DIRECTORY = join(__dirname, '..', 'fixtures');
export const DATABASE_FIXTURE_FORMAT = 'dsrs-database-fixture';

const storedRowSchema = z.record(z.string(), z.unknown());

export const databaseFixtureSchema = z.strictObject({
  format: z.literal(DATABASE_FIXTURE_FORMAT),
  schemaVersion: z.number().int().positive(),
  /** Why the fixture exists and how it was made; for people reading the file. */
  description: z.string(),
  /** The Dexie store declaration of every table at that version, exactly as the version shipped. */
  stores: z.record(z.string(), z.string()),
  tables: z.record(z.string(), z.array(storedRowSchema)),
});

export type DatabaseFixture = z.infer<typeof databaseFixtureSchema>;
export type RowsByTable = Record<string, StoredRecord[]>;

export function fixtureFileName(schemaVersion: number): string {
  return `database-v${schemaVersion}.json`;
}

/** Every committed fixture, oldest version first. */
export function loadDatabaseFixtures(directory: string = FIXTURE_DIRECTORY): DatabaseFixture[] {
  return readdirSync(directory)
    .filter((name) => /^database-v\d+\.json$/.test(name))
    .map((name) => databaseFixtureSchema.parse(JSON.parse(readFileSync(join(directory, name), 'utf8'))))
    .sort((left, right) => left.schemaVersion - right.schemaVersion);
}

/** The declaration of every table that exists once versions up to `schemaVersion` are applied. */
export function storesAtVersion(schemaVersion: number): Record<string, string> {
  const upTo = MIGRATIONS.filter((migration) => migration.version <= schemaVersion);
  const declarations: Record<string, string> = {};
  for (const table of tablesAfter(upTo)) {
    const latest = [...upTo].reverse().find((migration) => typeof migration.stores[table] === 'string');
    const declaration = latest?.stores[table];
    if (typeof declaration === 'string') declarations[table] = declaration;
  }
  return declarations;
}

/**
 * Creates a database exactly as the fixture's version left it: declared from the fixture's own
 * store list (not from today's migration files), filled with its rows, then closed.
 */
export async function createDatabaseFromFixture(name: string, fixture: DatabaseFixture): Promise<void> {
  const database = new Dexie(name);
  database.version(fixture.schemaVersion).stores(fixture.stores);
  await database.open();
  const tables = Object.keys(fixture.tables);
  await database.transaction('rw', tables, async () => {
    for (const table of tables) await database.table(table).bulkAdd(fixture.tables[table] ?? []);
  });
  database.close();
}

/** Reads every row of every table of an open database, each table sorted by key. */
export async function dumpTables(database: Dexie): Promise<RowsByTable> {
  const rows: RowsByTable = {};
  for (const table of database.tables) rows[table.name] = sortedByKey(await table.toArray());
  return rows;
}

function keyOf(row: StoredRecord): string {
  return String(row.id ?? row.key);
}

export function sortedByKey(rows: readonly StoredRecord[]): StoredRecord[] {
  return [...rows].sort((left, right) => (keyOf(left) < keyOf(right) ? -1 : keyOf(left) > keyOf(right) ? 1 : 0));
}

/** What the rows written at `fromVersion` must look like after every later migration ran. */
export function expectedAfterUpgrade(rows: RowsByTable, fromVersion: number): RowsByTable {
  let expected = structuredClone(rows);
  MIGRATIONS.forEach((migration, index) => {
    if (migration.version <= fromVersion) return;
    const liveTables = new Set(tablesAfter(MIGRATIONS.slice(0, index + 1)));
    const next: RowsByTable = {};
    for (const [table, tableRows] of Object.entries(expected)) {
      if (!liveTables.has(table)) continue;
      const upgradeRecord = migration.upgradeRecord;
      next[table] = upgradeRecord ? tableRows.map((row) => upgradeRecord(table, row)) : tableRows;
    }
    expected = next;
  });
  return expected;
}
