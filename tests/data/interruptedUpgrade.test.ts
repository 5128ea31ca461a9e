/**
 * An upgrade that dies half-way must leave the previous version intact and readable, and a later
 * attempt must be able to run it again.
 *
 * Why this holds: IndexedDB runs an upgrade (Dexie's version().upgrade() and every store change)
 * inside ONE versionchange transaction. Until that transaction commits, nothing it did is visible
 * and the database keeps its old version number; if it aborts (an upgrade step throws, the code
 * calls abort, or the process is killed and the browser tears the connection down), every change
 * is rolled back, including new tables, dropped tables and rewritten records. So "killed during a
 * migration" is the same as "never started": the next start runs the whole migration again.
 *
 * A process cannot be killed mid-upgrade on fake-indexeddb (it lives in this process's memory), so
 * these tests abort the transaction the two ways code can: a step that throws and an explicit abort.
 * tests/proof/killedUpgrade.proof.ts does the real thing in Chromium with SIGKILL.
 */
import { Dexie } from 'dexie';
import type { Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, openDatabase } from '../../renderer/data';
import { MIGRATIONS } from '../../renderer/data/migrations';
import type { Migration, StoredRecord } from '../../renderer/data/migrations';
import { applyMigrations } from '../../renderer/data/migrations/applyMigrations';
import { createDatabaseFromFixture, dumpTables, loadDatabaseFixtures, sortedByKey } from './databaseFixtures';
import type { DatabaseFixture } from './databaseFixtures';
import { uniqueDatabaseName } from './dataTestHarness';

const NEXT_VERSION = CURRENT_SCHEMA_VERSION + 1;

function latestFixture(): DatabaseFixture {
  const fixture = loadDatabaseFixtures().at(-1);
  if (!fixture) throw new Error('No database fixture');
  return fixture;
}

/**
 * A synthetic next version that does real damage before it fails: it adds a table and fills it,
 * rewrites every record, deletes every measurement, then dies in the way given.
 */
function nextVersion(failure: ((transaction: Transaction) => void) | null): Migration {
  return {
    version: NEXT_VERSION,
    stores: { trialNotes: 'id, workshopId', measurements: 'id, workshopId, kpiId, period' },
    upgradeRecord: (_table, record: StoredRecord) => ({ ...record, upgradedTo: NEXT_VERSION }),
    upgrade: async (transaction) => {
      await transaction.table('trialNotes').add({ id: 'trial', workshopId: 'none' });
      await transaction.table('measurements').clear();
      failure?.(transaction);
    },
  };
}

async function openWith(name: string, migrations: readonly Migration[]): Promise<Dexie> {
  const database = new Dexie(name);
  applyMigrations(database, migrations);
  await database.open();
  return database;
}

async function expectUntouched(name: string, fixture: DatabaseFixture): Promise<void> {
  // The current app opens it as if no upgrade had ever been tried.
  const current = openDatabase(name);
  await current.open();
  expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
  expect(current.tables.map((table) => table.name)).not.toContain('trialNotes');
  const stored = await dumpTables(current);
  for (const [table, rows] of Object.entries(fixture.tables)) expect(stored[table], `table ${table}`).toEqual(sortedByKey(rows));
  current.close();
}

async function expectRetrySucceeds(name: string, fixture: DatabaseFixture): Promise<void> {
  const upgraded = await openWith(name, [...MIGRATIONS, nextVersion(null)]);
  expect(upgraded.verno).toBe(NEXT_VERSION);
  expect(await upgraded.table('trialNotes').count()).toBe(1);
  expect(await upgraded.table('measurements').count()).toBe(0);
  const workshops = await upgraded.table<StoredRecord>('workshops').toArray();
  expect(sortedByKey(workshops)).toEqual(sortedByKey((fixture.tables.workshops ?? []).map((row) => ({ ...row, upgradedTo: NEXT_VERSION }))));
  await upgraded.delete();
}

describe('an interrupted upgrade', () => {
  it('whose step throws half-way leaves the previous version as it was; a retry then upgrades', async () => {
    const fixture = latestFixture();
    const name = uniqueDatabaseName('dsrs-upgrade-throws');
    await createDatabaseFromFixture(name, fixture);

    const failing = new Dexie(name);
    applyMigrations(failing, [
      ...MIGRATIONS,
      nextVersion(() => {
        throw new Error('the power went out');
      }),
    ]);
    await expect(failing.open()).rejects.toThrow(/the power went out/);
    failing.close();

    await expectUntouched(name, fixture);
    await expectRetrySucceeds(name, fixture);
  });

  it('whose transaction is aborted half-way (what a killed process amounts to) leaves the previous version as it was; a retry then upgrades', async () => {
    const fixture = latestFixture();
    const name = uniqueDatabaseName('dsrs-upgrade-aborted');
    await createDatabaseFromFixture(name, fixture);

    const aborted = new Dexie(name);
    applyMigrations(aborted, [...MIGRATIONS, nextVersion((transaction) => transaction.abort())]);
    await expect(aborted.open()).rejects.toThrow();
    aborted.close();

    await expectUntouched(name, fixture);
    await expectRetrySucceeds(name, fixture);
  });
});
