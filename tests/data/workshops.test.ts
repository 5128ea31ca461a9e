import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../shared/domain';
import {
  archiveWorkshop,
  createWorkshop,
  DataValidationError,
  deleteWorkshop,
  duplicateWorkshop,
  exportBundle,
  exportChangedWorkshopsSince,
  getUndoState,
  importBundle,
  injectWriteFault,
  RecordNotFoundError,
  undo,
  updateWorkshop,
  WriteFailedError,
} from '../../renderer/data';
import { allLinkUses, buildCompleteBundle, cloneBundle } from '../unit/shared/fixtures/bundleBuilder';
import { countAllRows, readStoredBundle, sortedBundle, storeBundleAsIs, useFreshDatabase } from './dataTestHarness';

const database = useFreshDatabase();

describe('workshop repository', () => {
  it('creates a workshop with defaults and stores it', async () => {
    const workshop = await createWorkshop({ title: 'Kick-off', clientCompany: 'Acme', currency: 'USD' });
    expect(workshop.title).toBe('Kick-off');
    expect(workshop.currency).toBe('USD');
    expect(workshop.archived).toBe(false);
    expect(await database().workshops.get(workshop.id)).toEqual(workshop);
  });

  it('refuses an invalid workshop and writes nothing', async () => {
    await expect(createWorkshop({ currency: 'euro' })).rejects.toBeInstanceOf(DataValidationError);
    expect(await database().workshops.count()).toBe(0);
  });

  it('updates fields, keeps identity and bumps updatedAt', async () => {
    const workshop = await createWorkshop({ title: 'Draft' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await updateWorkshop(workshop.id, { title: 'Final', facilitator: 'Ana' });
    const stored = await database().workshops.get(workshop.id);
    expect(stored?.title).toBe('Final');
    expect(stored?.facilitator).toBe('Ana');
    expect(stored?.createdAt).toBe(workshop.createdAt);
    expect(stored!.updatedAt > workshop.updatedAt).toBe(true);
    expect(updated).toEqual(stored);
    expect(getUndoState(workshop.id).undoLabel).toBe('update:workshops');
  });

  it('rejects an invalid patch without writing', async () => {
    const workshop = await createWorkshop({ title: 'Draft' });
    await expect(updateWorkshop(workshop.id, { date: '2026-02-30' })).rejects.toBeInstanceOf(DataValidationError);
    expect(await database().workshops.get(workshop.id)).toEqual(workshop);
  });

  it('archives and unarchives, each as an undoable step', async () => {
    const workshop = await createWorkshop({ title: 'Old' });
    await archiveWorkshop(workshop.id, true);
    expect((await database().workshops.get(workshop.id))?.archived).toBe(true);
    await archiveWorkshop(workshop.id, false);
    expect((await database().workshops.get(workshop.id))?.archived).toBe(false);
    await undo(workshop.id);
    expect((await database().workshops.get(workshop.id))?.archived).toBe(true);
  });

  it('reports a missing workshop with a typed error', async () => {
    await expect(updateWorkshop(crypto.randomUUID(), { title: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('deleting a workshop', () => {
  it('removes the workshop and all its records, leaving other workshops alone', async () => {
    const doomed = buildCompleteBundle();
    const kept = buildCompleteBundle();
    await storeBundleAsIs(database(), doomed);
    await storeBundleAsIs(database(), kept);
    await deleteWorkshop(doomed.workshop.id);
    expect(await readStoredBundle(database(), doomed.workshop.id)).toBeUndefined();
    for (const kind of RECORD_KINDS) {
      expect(await database().recordTable(kind).where('workshopId').equals(doomed.workshop.id).count()).toBe(0);
    }
    expect(sortedBundle((await readStoredBundle(database(), kept.workshop.id))!)).toEqual(sortedBundle(kept));
  });

  it('undo restores identical data', async () => {
    const bundle = buildCompleteBundle();
    await storeBundleAsIs(database(), bundle);
    const rowsBefore = await countAllRows(database());
    const deleted = await deleteWorkshop(bundle.workshop.id);
    expect(await countAllRows(database())).toBeLessThan(rowsBefore);
    await deleted.undo();
    expect(await countAllRows(database())).toBe(rowsBefore);
    expect(sortedBundle((await readStoredBundle(database(), bundle.workshop.id))!)).toEqual(sortedBundle(bundle));
  });
});

describe('duplicating a workshop', () => {
  it('gives new ids everywhere, keeps every link inside the copy and leaves the original untouched', async () => {
    const original = buildCompleteBundle();
    await storeBundleAsIs(database(), original);
    const copy = await duplicateWorkshop(original.workshop.id, 'Copy of the strategy');
    expect(copy.title).toBe('Copy of the strategy');
    expect(copy.id).not.toBe(original.workshop.id);

    const copied = await exportBundle(copy.id);
    const originalIds = new Set([original.workshop.id, ...RECORD_KINDS.flatMap((kind) => original.records[kind].map((record) => record.id))]);
    const copiedIds = new Map<string, string>();
    for (const kind of RECORD_KINDS) {
      expect(copied.records[kind]).toHaveLength(original.records[kind].length);
      for (const record of copied.records[kind]) {
        expect(originalIds.has(record.id)).toBe(false);
        expect(record.workshopId).toBe(copy.id);
        copiedIds.set(record.id, kind);
      }
    }
    const links = allLinkUses(copied);
    expect(links).toHaveLength(allLinkUses(original).length);
    for (const link of links) expect(copiedIds.get(link.targetId)).toBe(link.target);

    expect(sortedBundle((await readStoredBundle(database(), original.workshop.id))!)).toEqual(sortedBundle(original));
  });
});

describe('import and export', () => {
  it('exports exactly what is stored', async () => {
    const bundle = buildCompleteBundle();
    await storeBundleAsIs(database(), bundle);
    expect(sortedBundle(await exportBundle(bundle.workshop.id))).toEqual(sortedBundle(bundle));
  });

  it('imports a valid bundle as a new workshop with the same content', async () => {
    const bundle = buildCompleteBundle();
    const imported = await importBundle(bundle);
    expect(imported.id).not.toBe(bundle.workshop.id);
    expect(imported.title).toBe(bundle.workshop.title);
    const stored = await exportBundle(imported.id);
    for (const kind of RECORD_KINDS) expect(stored.records[kind]).toHaveLength(bundle.records[kind].length);
    // Importing the same bundle twice never collides.
    const again = await importBundle(bundle);
    expect(again.id).not.toBe(imported.id);
    expect(await database().workshops.count()).toBe(2);
  });

  it('writes nothing for a bundle with a dangling link', async () => {
    const bundle = cloneBundle(buildCompleteBundle());
    const answer = bundle.records.answers[0]!;
    answer.questionId = crypto.randomUUID();
    await expect(importBundle(bundle)).rejects.toBeInstanceOf(DataValidationError);
    expect(await countAllRows(database())).toBe(0);
  });

  it('writes nothing for a bundle with a record that fails its schema', async () => {
    const bundle = cloneBundle(buildCompleteBundle());
    const kpi = bundle.records.kpis[0]!;
    Object.assign(kpi, { target: 'ten' });
    const error: unknown = await importBundle(bundle).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataValidationError);
    expect((error as DataValidationError).issues[0]?.path).toContain('records.kpis[0]');
    expect(await countAllRows(database())).toBe(0);
  });

  it('writes nothing when storage fails during the import', async () => {
    const bundle = buildCompleteBundle();
    const existing = await importBundle(bundle);
    const rowsBefore = await countAllRows(database());
    injectWriteFault('unknown', 1);
    await expect(importBundle(bundle)).rejects.toBeInstanceOf(WriteFailedError);
    expect(await countAllRows(database())).toBe(rowsBefore);
    expect(await database().workshops.get(existing.id)).toBeDefined();
  });

  it('lists only workshops changed after a given time for automatic backups', async () => {
    const unchanged = await createWorkshop({ title: 'Unchanged' });
    const edited = await createWorkshop({ title: 'Edited' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateWorkshop(edited.id, { title: 'Edited again' });
    const bundles = await exportChangedWorkshopsSince(since);
    expect(bundles.map((bundle) => bundle.workshop.id)).toEqual([edited.id]);
    expect(bundles.map((bundle) => bundle.workshop.id)).not.toContain(unchanged.id);
  });
});
