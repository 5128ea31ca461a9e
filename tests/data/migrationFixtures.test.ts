// Every schema version that has shipped has a committed database fixture; each one, opened by the
// current code, must come back with every record intact and readable by the app.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../shared/domain';
import { CURRENT_SCHEMA_VERSION, exportBundle, openDatabase, setActiveDatabase, updateRecord } from '../../renderer/data';
import { MIGRATIONS } from '../../renderer/data/migrations';
import { assertValidBundle } from '../../renderer/data/repositories/bundleValidation';
import {
  createDatabaseFromFixture,
  dumpTables,
  expectedAfterUpgrade,
  FIXTURE_DIRECTORY,
  fixtureFileName,
  loadDatabaseFixtures,
  sortedByKey,
  storesAtVersion,
} from './databaseFixtures';
import { uniqueDatabaseName } from './dataTestHarness';

const fixtures = loadDatabaseFixtures();

describe('database fixtures of shipped schema versions', () => {
  it('exist for every schema version (write the new one with scripts/proof/writeDatabaseFixture.ts when a version ships)', () => {
    for (const migration of MIGRATIONS) {
      expect(existsSync(join(FIXTURE_DIRECTORY, fixtureFileName(migration.version))), `fixture of version ${migration.version}`).toBe(true);
    }
    expect(fixtures.map((fixture) => fixture.schemaVersion)).toEqual(MIGRATIONS.map((migration) => migration.version));
  });

  fixtures.forEach((fixture) => {
    describe(`version ${fixture.schemaVersion}`, () => {
      it('still matches the migration files (a shipped version is never edited)', () => {
        expect(storesAtVersion(fixture.schemaVersion)).toEqual(fixture.stores);
      });

      it('holds a record of every kind, so the upgrade is checked on all of them', () => {
        for (const table of ['workshops', 'meta', ...RECORD_KINDS]) {
          if (table in fixture.stores) expect(fixture.tables[table]?.length ?? 0, `rows of ${table}`).toBeGreaterThan(0);
        }
      });

      it('opens with the current code with every record intact, valid and editable', async () => {
        const name = uniqueDatabaseName(`dsrs-fixture-v${fixture.schemaVersion}`);
        await createDatabaseFromFixture(name, fixture);

        const current = openDatabase(name);
        await current.open();
        try {
          expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
          const expected = expectedAfterUpgrade(fixture.tables, fixture.schemaVersion);
          const stored = await dumpTables(current);
          for (const [table, rows] of Object.entries(expected)) expect(stored[table], `table ${table}`).toEqual(sortedByKey(rows));

          // Indexes survive too: each workshop's records are found through the workshopId index.
          for (const kind of RECORD_KINDS) {
            for (const workshop of expected.workshops ?? []) {
              const owned = (expected[kind] ?? []).filter((row) => row.workshopId === workshop.id).length;
              expect(await current.table(kind).where('workshopId').equals(String(workshop.id)).count(), `${kind} of ${String(workshop.id)}`).toBe(owned);
            }
          }

          // Readable as the app reads it (today's schemas and link checks), and writable.
          setActiveDatabase(current);
          for (const workshop of expected.workshops ?? []) {
            const bundle = await exportBundle(String(workshop.id));
            expect(() => assertValidBundle(bundle)).not.toThrow();
            const item = bundle.records.preparationItems[0];
            if (item) await updateRecord('preparationItems', item.id, { note: 'edited after the upgrade' });
          }
        } finally {
          await current.delete();
        }
      });
    });
  });
});
