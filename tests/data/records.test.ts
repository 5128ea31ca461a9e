import { describe, expect, it } from 'vitest';
import { createIdea, createMeasurement, createQuestion } from '../../shared/domain';
import type { WorkshopBundle } from '../../shared/domain';
import {
  addRecord,
  addRecords,
  applyChanges,
  DataValidationError,
  deleteRecord,
  describeDeleteImpact,
  RecordNotFoundError,
  updateRecord,
} from '../../renderer/data';
import { buildCompleteBundle, firstRecord } from '../unit/shared/fixtures/bundleBuilder';
import { countAllRows, readStoredBundle, sortedBundle, storeBundleAsIs, useFreshDatabase } from './dataTestHarness';

const database = useFreshDatabase();

async function storedFixture(): Promise<WorkshopBundle> {
  const bundle = buildCompleteBundle();
  await storeBundleAsIs(database(), bundle);
  return bundle;
}

describe('adding records', () => {
  it('stores a valid record and bumps the workshop updatedAt', async () => {
    const bundle = await storedFixture();
    const question = createQuestion(bundle.workshop.id, { area: 'crm', text: 'Do we track lost deals?' });
    const added = await addRecord('questions', question);
    expect(added).toEqual(question);
    expect(await database().recordTable('questions').get(question.id)).toEqual(question);
    const workshop = await database().workshops.get(bundle.workshop.id);
    expect(workshop!.updatedAt > bundle.workshop.updatedAt).toBe(true);
  });

  it('rejects a record that fails its schema and writes nothing', async () => {
    const bundle = await storedFixture();
    const rowsBefore = await countAllRows(database());
    const measurement = firstRecord(bundle, 'measurements');
    const invalid = { ...createMeasurement(bundle.workshop.id, { kpiId: measurement.kpiId, period: '2026-09', value: 1 }), value: Number.NaN };
    const error: unknown = await addRecord('measurements', invalid).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataValidationError);
    expect((error as DataValidationError).issues.map((issue) => issue.path)).toContain('value');
    expect(await countAllRows(database())).toBe(rowsBefore);
  });

  it('rejects a record whose link points at nothing', async () => {
    const bundle = await storedFixture();
    const orphan = createMeasurement(bundle.workshop.id, { kpiId: crypto.randomUUID(), period: '2026-09', value: 1 });
    await expect(addRecord('measurements', orphan)).rejects.toBeInstanceOf(DataValidationError);
    expect(await database().recordTable('measurements').get(orphan.id)).toBeUndefined();
  });

  it('rejects a link to a record of another workshop', async () => {
    const bundle = await storedFixture();
    const other = await storedFixture();
    const foreignKpi = firstRecord(other, 'kpis');
    const crossing = createMeasurement(bundle.workshop.id, { kpiId: foreignKpi.id, period: '2026-09', value: 1 });
    await expect(addRecord('measurements', crossing)).rejects.toBeInstanceOf(DataValidationError);
  });

  it('refuses records of a workshop that does not exist', async () => {
    const question = createQuestion(crypto.randomUUID(), { area: 'crm', text: 'Orphan' });
    await expect(addRecord('questions', question)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('adds several records at once, or none of them if one fails half-way', async () => {
    const bundle = await storedFixture();
    const first = createQuestion(bundle.workshop.id, { area: 'crm', text: 'First' });
    const second = createQuestion(bundle.workshop.id, { area: 'crm', text: 'Second' });
    await addRecords('questions', [first, second]);
    expect(await database().recordTable('questions').bulkGet([first.id, second.id])).toEqual([first, second]);

    const third = createQuestion(bundle.workshop.id, { area: 'crm', text: 'Third' });
    // The duplicate is only detected after `third` was written inside the transaction.
    await expect(addRecords('questions', [third, first])).rejects.toBeInstanceOf(DataValidationError);
    expect(await database().recordTable('questions').get(third.id)).toBeUndefined();
  });
});

describe('updating records', () => {
  it('merges the patch and validates the result', async () => {
    const bundle = await storedFixture();
    const answer = firstRecord(bundle, 'answers');
    const updated = await updateRecord('answers', answer.id, { maturity: 4, evidence: 'Fully used' });
    expect(updated).toEqual({ ...answer, maturity: 4, evidence: 'Fully used' });
    expect(await database().recordTable('answers').get(answer.id)).toEqual(updated);
    await expect(updateRecord('answers', answer.id, { maturity: 9 })).rejects.toBeInstanceOf(DataValidationError);
    expect(await database().recordTable('answers').get(answer.id)).toEqual(updated);
  });

  it('never moves a record to another workshop or changes its id', async () => {
    const bundle = await storedFixture();
    const answer = firstRecord(bundle, 'answers');
    const sneaky = { evidence: 'moved', workshopId: crypto.randomUUID(), id: crypto.randomUUID() };
    await updateRecord('answers', answer.id, sneaky);
    const stored = await database().recordTable('answers').get(answer.id);
    expect(stored?.workshopId).toBe(bundle.workshop.id);
    expect(stored?.evidence).toBe('moved');
  });

  it('reports an unknown record with a typed error', async () => {
    await expect(updateRecord('ideas', crypto.randomUUID(), { text: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('deleting records', () => {
  it('clears nullable links and removes the id from link sets', async () => {
    const bundle = await storedFixture();
    const finding = firstRecord(bundle, 'findings');
    const currentObjective = firstRecord(bundle, 'currentObjectives');
    const finalObjective = firstRecord(bundle, 'finalObjectives');

    const findingImpact = await deleteRecord('findings', finding.id);
    expect(findingImpact).toEqual({ deleted: [], unlinked: [{ kind: 'finalObjectives', id: finalObjective.id, field: 'findingIds' }] });
    await deleteRecord('currentObjectives', currentObjective.id);

    const stored = await database().recordTable('finalObjectives').get(finalObjective.id);
    expect(stored).toEqual({ ...finalObjective, findingIds: [], originalObjectiveId: null });
    expect(await database().recordTable('findings').get(finding.id)).toBeUndefined();
  });

  it('deletes what cannot exist without the record, recursively, and unlinks the rest', async () => {
    const bundle = await storedFixture();
    const [crmRollout, visitProgramme] = bundle.records.initiatives;
    const milestone = firstRecord(bundle, 'milestones');
    const statusUpdate = firstRecord(bundle, 'statusUpdates');
    const kpi = firstRecord(bundle, 'kpis');

    const impact = await deleteRecord('initiatives', visitProgramme!.id);
    expect(impact.deleted).toEqual(
      expect.arrayContaining([
        { kind: 'milestones', id: milestone.id },
        { kind: 'statusUpdates', id: statusUpdate.id },
      ]),
    );
    expect(impact.deleted).toHaveLength(2);
    expect(impact.unlinked).toEqual(
      expect.arrayContaining([
        { kind: 'kpis', id: kpi.id, field: 'initiativeIds' },
        { kind: 'kpis', id: kpi.id, field: 'milestoneIds' },
      ]),
    );
    expect(await database().recordTable('milestones').get(milestone.id)).toBeUndefined();
    expect(await database().recordTable('statusUpdates').get(statusUpdate.id)).toBeUndefined();
    expect(await database().recordTable('kpis').get(kpi.id)).toEqual({ ...kpi, initiativeIds: [], milestoneIds: [] });
    expect(await database().recordTable('initiatives').get(crmRollout!.id)).toEqual(crmRollout);
  });

  it('clears a dependency on a deleted initiative from the initiatives that remain', async () => {
    const bundle = await storedFixture();
    const [crmRollout, visitProgramme] = bundle.records.initiatives;
    await deleteRecord('initiatives', crmRollout!.id);
    expect((await database().recordTable('initiatives').get(visitProgramme!.id))?.dependsOnIds).toEqual([]);
  });

  it('deleting a key account removes its people and their relations', async () => {
    const bundle = await storedFixture();
    const keyAccount = firstRecord(bundle, 'keyAccounts');
    const impact = await deleteRecord('keyAccounts', keyAccount.id);
    expect(impact.deleted.map((ref) => ref.kind).sort()).toEqual(['relations', 'stakeholders', 'stakeholders']);
    expect(await database().recordTable('stakeholders').where('workshopId').equals(bundle.workshop.id).count()).toBe(0);
    expect(await database().recordTable('relations').where('workshopId').equals(bundle.workshop.id).count()).toBe(0);
  });

  it('describes the impact without writing, matching what the delete then does', async () => {
    const bundle = await storedFixture();
    const question = firstRecord(bundle, 'questions');
    const before = await readStoredBundle(database(), bundle.workshop.id);
    const described = await describeDeleteImpact('questions', question.id);
    expect(described).toEqual({
      deleted: [{ kind: 'answers', id: firstRecord(bundle, 'answers').id }],
      unlinked: [{ kind: 'findings', id: firstRecord(bundle, 'findings').id, field: 'questionIds' }],
    });
    expect(sortedBundle((await readStoredBundle(database(), bundle.workshop.id))!)).toEqual(sortedBundle(before!));
    expect(await deleteRecord('questions', question.id)).toEqual(described);
  });

  it('leaves other workshops untouched', async () => {
    const bundle = await storedFixture();
    const other = await storedFixture();
    await deleteRecord('questions', firstRecord(bundle, 'questions').id);
    expect(sortedBundle((await readStoredBundle(database(), other.workshop.id))!)).toEqual(sortedBundle(other));
  });
});

describe('applyChanges', () => {
  it('applies adds, updates and deletes in order in one transaction', async () => {
    const bundle = await storedFixture();
    const cluster = firstRecord(bundle, 'clusters');
    const idea = firstRecord(bundle, 'ideas');
    const newIdea = createIdea(bundle.workshop.id, { text: 'Partner portal', clusterId: cluster.id });
    await applyChanges(bundle.workshop.id, 'Move notes', [
      { type: 'add', kind: 'ideas', record: newIdea },
      { type: 'update', kind: 'ideas', id: idea.id, patch: { x: 500, y: 600 } },
      { type: 'delete', kind: 'clusters', id: cluster.id },
    ]);
    expect(await database().recordTable('ideas').get(newIdea.id)).toEqual({ ...newIdea, clusterId: null });
    expect(await database().recordTable('ideas').get(idea.id)).toEqual({ ...idea, x: 500, y: 600, clusterId: null });
    expect(await database().recordTable('clusters').get(cluster.id)).toBeUndefined();
  });

  it('writes nothing if any change fails', async () => {
    const bundle = await storedFixture();
    const idea = firstRecord(bundle, 'ideas');
    const before = await readStoredBundle(database(), bundle.workshop.id);
    await expect(
      applyChanges(bundle.workshop.id, 'Bad batch', [
        { type: 'update', kind: 'ideas', id: idea.id, patch: { x: 1 } },
        { type: 'update', kind: 'ideas', id: idea.id, patch: { impact: 99 } },
      ]),
    ).rejects.toBeInstanceOf(DataValidationError);
    expect(sortedBundle((await readStoredBundle(database(), bundle.workshop.id))!)).toEqual(sortedBundle(before!));
  });

  it('cannot touch records of another workshop', async () => {
    const bundle = await storedFixture();
    const other = await storedFixture();
    const foreignIdea = firstRecord(other, 'ideas');
    await expect(
      applyChanges(bundle.workshop.id, 'Reach across', [{ type: 'update', kind: 'ideas', id: foreignIdea.id, patch: { text: 'hijacked' } }]),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await database().recordTable('ideas').get(foreignIdea.id)).toEqual(foreignIdea);
  });
});
