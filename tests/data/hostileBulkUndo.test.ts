// Found by the hostile paste corpus: undoing a confirmed import of 5 or more pasted lost deals failed
// with "Transaction committed too early" AFTER deleting them (the undo step stayed, and a second
// undo reported a conflict); redoing hundreds of unlinked records and deleting a KPI with a dozen
// values failed the same way, the KPI delete losing its values for good. Cause: loops inside the
// write transaction awaited helpers that made no database request, which runs out Dexie's zone
// echoes (about 100) so the rest of the transaction's work escaped it. Fixed in
// renderer/data/repositories/linkIntegrity.ts (kindsLinkingTo, hasLinkValues), deletePlan.ts and
// undo/undoRedo.ts.
import { describe, expect, it } from 'vitest';
import { createIdea, createMeasurement } from '../../shared/domain';
import { importLostDeals, MAX_IMPORT_ROWS } from '../../shared/logic/tabularImport';
import { applyChanges, deleteRecord, redo, undo, type RecordMutation } from '../../renderer/data';
import { buildCompleteBundle } from '../unit/shared/fixtures/bundleBuilder';
import { canonicalDatabaseDump } from './corpus/databaseDump';
import { storeBundleAsIs, useFreshDatabase } from './dataTestHarness';

const getDatabase = useFreshDatabase();
const ignoringEditTime = { ignoreWorkshopEditTime: true };

describe('bulk edits from pastes undo and redo whole', () => {
  it('undoes, redoes and undoes again a confirmed paste of the largest allowed lost-deal log', async () => {
    const database = getDatabase();
    const bundle = buildCompleteBundle();
    await storeBundleAsIs(database, bundle);
    const before = await canonicalDatabaseDump(database, ignoringEditTime);
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, index) => `Customer ${index};${index},50 €;${(index % 28) + 1}/02/2026`);
    const pasted = importLostDeals(`Cliente;Importe;Fecha\n${rows.join('\n')}`, bundle.workshop.id, 'EUR');
    if (!pasted.ok) throw new Error(`paste refused: ${pasted.refusal.reason}`);
    expect(pasted.table.valid).toHaveLength(MAX_IMPORT_ROWS);

    await applyChanges(bundle.workshop.id, 'import', pasted.table.valid.map(({ record }): RecordMutation => ({ type: 'add', kind: 'lostDeals', record })));
    expect(await database.table('lostDeals').count()).toBe(1 + MAX_IMPORT_ROWS);
    await undo(bundle.workshop.id);
    expect(await canonicalDatabaseDump(database, ignoringEditTime)).toBe(before);
    await redo(bundle.workshop.id);
    expect(await database.table('lostDeals').count()).toBe(1 + MAX_IMPORT_ROWS);
    await undo(bundle.workshop.id);
    expect(await canonicalDatabaseDump(database, ignoringEditTime)).toBe(before);
  }, 60_000);

  it('redoes hundreds of added records that link nowhere', async () => {
    const database = getDatabase();
    const bundle = buildCompleteBundle();
    await storeBundleAsIs(database, bundle);
    const ideas = Array.from({ length: 300 }, (_, index) => createIdea(bundle.workshop.id, { text: `Idea ${index}` }));
    await applyChanges(bundle.workshop.id, 'ideas', ideas.map((record): RecordMutation => ({ type: 'add', kind: 'ideas', record })));
    await undo(bundle.workshop.id);
    expect(await database.table('ideas').count()).toBe(1);
    await redo(bundle.workshop.id);
    expect(await database.table('ideas').count()).toBe(301);
  });

  it('deletes a KPI with its 500 values in one step, and undo brings every value back', async () => {
    const database = getDatabase();
    const bundle = buildCompleteBundle();
    const kpi = bundle.records.kpis[0];
    if (!kpi) throw new Error('The fixture has no KPI');
    for (let index = 0; index < 500; index += 1) {
      const period = `${1900 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      bundle.records.measurements.push(createMeasurement(bundle.workshop.id, { kpiId: kpi.id, period, value: index }));
    }
    await storeBundleAsIs(database, bundle);
    const before = await canonicalDatabaseDump(database, ignoringEditTime);

    const impact = await deleteRecord('kpis', kpi.id);
    expect(impact.deleted).toHaveLength(501);
    expect(await database.table('measurements').count()).toBe(0);
    await undo(bundle.workshop.id);
    expect(await canonicalDatabaseDump(database, ignoringEditTime)).toBe(before);
  }, 60_000);
});
