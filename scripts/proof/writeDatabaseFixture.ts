/**
 * Writes tests/fixtures/database-v<N>.json for the current schema version: a database built by the
 * app's own migrations at that version, filled with the complete test workshop (a record of every
 * kind, every link set) plus a second, archived Spanish one, then dumped table by table.
 *
 * Run it once, when a schema version ships:  npx tsx scripts/proof/writeDatabaseFixture.ts
 * It refuses to overwrite an existing fixture: users' databases of that version already exist,
 * and the migration test must keep checking against what that version really stored.
 */
import 'fake-indexeddb/auto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { RECORD_KINDS } from '../../shared/domain';
import type { WorkshopBundle } from '../../shared/domain';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../renderer/data/migrations';
import { applyMigrations } from '../../renderer/data/migrations/applyMigrations';
import { DATABASE_FIXTURE_FORMAT, dumpTables, FIXTURE_DIRECTORY, fixtureFileName, storesAtVersion } from '../../tests/data/databaseFixtures';
import type { DatabaseFixture } from '../../tests/data/databaseFixtures';
import { buildCompleteBundle } from '../../tests/unit/shared/fixtures/bundleBuilder';

function secondWorkshop(): WorkshopBundle {
  const bundle = buildCompleteBundle();
  bundle.workshop = {
    ...bundle.workshop,
    title: 'Estrategia comercial 2027 — revisión',
    clientCompany: 'Cañas & Peñalver, S.L.',
    language: 'es',
    archived: true,
    completedPhases: ['preparation', 'situation', 'objectives'],
  };
  return bundle;
}

async function main(): Promise<void> {
  const path = join(FIXTURE_DIRECTORY, fixtureFileName(CURRENT_SCHEMA_VERSION));
  if (existsSync(path)) {
    console.error(`${path} exists: fixtures of shipped versions are never rewritten.`);
    process.exit(1);
  }
  const database = new Dexie(`fixture-v${CURRENT_SCHEMA_VERSION}`);
  applyMigrations(database, MIGRATIONS);
  await database.open();
  const bundles = [buildCompleteBundle(), secondWorkshop()];
  await database.transaction('rw', database.tables, async () => {
    for (const bundle of bundles) {
      await database.table('workshops').add(bundle.workshop);
      for (const kind of RECORD_KINDS) await database.table(kind).bulkAdd(bundle.records[kind]);
    }
    await database.table('meta').add({ key: 'lastAutomaticBackupAt', value: '2026-03-01T10:00:00.000Z' });
  });
  const fixture: DatabaseFixture = {
    format: DATABASE_FIXTURE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    description:
      `Every table of a schema version ${CURRENT_SCHEMA_VERSION} database, as written by the app of that version ` +
      '(scripts/proof/writeDatabaseFixture.ts). Never edit or regenerate: tests/data/migrationFixtures.test.ts ' +
      'upgrades it with the current code and expects every record back.',
    stores: storesAtVersion(CURRENT_SCHEMA_VERSION),
    tables: await dumpTables(database),
  };
  await database.delete();
  writeFileSync(path, `${JSON.stringify(fixture, null, 2)}\n`);
  const rows = Object.values(fixture.tables).reduce((sum, table) => sum + table.length, 0);
  console.log(`Wrote ${path}: ${Object.keys(fixture.tables).length} tables, ${rows} rows`);
}

void main();
