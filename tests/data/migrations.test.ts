import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../shared/domain';
import { CURRENT_SCHEMA_VERSION, openDatabase } from '../../renderer/data';
import { MIGRATIONS } from '../../renderer/data/migrations';
import type { Migration, StoredRecord } from '../../renderer/data/migrations';
import { applyMigrations, tablesAfter } from '../../renderer/data/migrations/applyMigrations';
import { buildCompleteBundle } from '../unit/shared/fixtures/bundleBuilder';
import { uniqueDatabaseName } from './dataTestHarness';

type RowsByTable = Record<string, StoredRecord[]>;

/** One row for every table of the app, keyed by table name; tables unknown to an old version are skipped. */
function fixtureRows(): RowsByTable {
  const bundle = buildCompleteBundle();
  const rows: RowsByTable = {
    workshops: [{ ...bundle.workshop }],
    meta: [{ key: 'lastAutomaticBackupAt', value: '2026-03-01T10:00:00.000Z' }],
  };
  for (const kind of RECORD_KINDS) rows[kind] = bundle.records[kind].map((record) => ({ ...record }));
  return rows;
}

function keyOf(row: StoredRecord): string {
  return String(row.id ?? row.key);
}

function byKey(rows: StoredRecord[]): StoredRecord[] {
  return [...rows].sort((left, right) => (keyOf(left) < keyOf(right) ? -1 : keyOf(left) > keyOf(right) ? 1 : 0));
}

/** What the rows written at `versionIndex` must look like after every later migration ran. */
function expectedAfterUpgrade(rows: RowsByTable, versionIndex: number): RowsByTable {
  let expected = structuredClone(rows);
  for (let index = versionIndex + 1; index < MIGRATIONS.length; index += 1) {
    const migration = MIGRATIONS[index]!;
    const liveTables = new Set(tablesAfter(MIGRATIONS.slice(0, index + 1)));
    const next: RowsByTable = {};
    for (const [table, tableRows] of Object.entries(expected)) {
      if (!liveTables.has(table)) continue;
      next[table] = migration.upgradeRecord ? tableRows.map((row) => migration.upgradeRecord!(table, row)) : tableRows;
    }
    expected = next;
  }
  return expected;
}

async function writeAtVersion(name: string, migrations: readonly Migration[], rows: RowsByTable): Promise<RowsByTable> {
  const old = new Dexie(name);
  applyMigrations(old, migrations);
  await old.open();
  const written: RowsByTable = {};
  const tables = tablesAfter(migrations);
  await old.transaction('rw', tables, async () => {
    for (const table of tables) {
      const tableRows = rows[table];
      if (!tableRows) continue;
      await old.table(table).bulkAdd(tableRows);
      written[table] = tableRows;
    }
  });
  old.close();
  return written;
}

describe('database migrations', () => {
  it('declares versions in ascending order, ending at the current version', () => {
    const versions = MIGRATIONS.map((migration) => migration.version);
    expect(versions).toEqual([...versions].sort((left, right) => left - right));
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('has a table for the library, the meta data and every record kind, each indexed by workshop', async () => {
    const database = openDatabase(uniqueDatabaseName('dsrs-schema'));
    await database.open();
    expect(database.verno).toBe(CURRENT_SCHEMA_VERSION);
    const tableNames = database.tables.map((table) => table.name);
    expect(tableNames).toEqual(expect.arrayContaining(['workshops', 'meta', ...RECORD_KINDS]));
    for (const kind of RECORD_KINDS) {
      expect(database.table(kind).schema.primKey.keyPath).toBe('id');
      expect(database.table(kind).schema.idxByName.workshopId).toBeDefined();
    }
    expect(database.workshops.schema.idxByName.updatedAt).toBeDefined();
    await database.delete();
  });

  // One case per version: a database created at that version (and only that one) must open with
  // the current schema and keep every record. Appending v2 makes this cover the v1 -> v2 upgrade.
  MIGRATIONS.forEach((migration, index) => {
    it(`keeps every record of a version ${migration.version} database when opened by the current app`, async () => {
      const name = uniqueDatabaseName(`dsrs-migration-v${migration.version}`);
      const written = await writeAtVersion(name, MIGRATIONS.slice(0, index + 1), fixtureRows());
      expect(written.workshops).toHaveLength(1);

      const current = openDatabase(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      const expected = expectedAfterUpgrade(written, index);
      for (const [table, rows] of Object.entries(expected)) {
        expect(byKey(await current.table<StoredRecord>(table).toArray()), `table ${table}`).toEqual(byKey(rows));
      }
      await current.delete();
    });
  });

  it('runs per-record upgrades of a later version over every table (checked with a trial version)', async () => {
    const latest = MIGRATIONS.at(-1)!;
    const trial: Migration = {
      version: latest.version + 1,
      stores: { trialOnly: 'id' },
      upgradeRecord: (table, record) => ({ ...record, upgradedIn: table }),
    };
    const name = uniqueDatabaseName('dsrs-migration-trial');
    const written = await writeAtVersion(name, MIGRATIONS, fixtureRows());

    const upgraded = new Dexie(name);
    applyMigrations(upgraded, [...MIGRATIONS, trial]);
    await upgraded.open();
    for (const [table, rows] of Object.entries(written)) {
      const expected = rows.map((row) => ({ ...row, upgradedIn: table }));
      expect(byKey(await upgraded.table<StoredRecord>(table).toArray())).toEqual(byKey(expected));
    }
    expect(await upgraded.table('trialOnly').count()).toBe(0);
    await upgraded.delete();
  });

  it('refuses migrations out of order', () => {
    const [first] = MIGRATIONS;
    expect(() => applyMigrations(new Dexie(uniqueDatabaseName()), [first!, first!])).toThrow(/ascend/);
  });
});
