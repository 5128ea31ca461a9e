// Two windows editing one workshop: an update must change only what it names, merged into the
// record as stored when it runs, never into the copy a screen happened to hold.
import { describe, expect, it } from 'vitest';
import { createQuestion } from '../../shared/domain';
import type { PhaseId } from '../../shared/method/phases';
import { addRecord, DataValidationError, undo, updateRecord, updateRecordContinuously, updateWorkshop } from '../../renderer/data';
import { buildCompleteBundle, firstRecord } from '../unit/shared/fixtures/bundleBuilder';
import { storeBundleAsIs, useFreshDatabase } from './dataTestHarness';

const database = useFreshDatabase();

async function storedFixture() {
  const bundle = buildCompleteBundle();
  await storeBundleAsIs(database(), { ...bundle, workshop: { ...bundle.workshop, completedPhases: [] } });
  return bundle;
}

function withPhase(phases: readonly PhaseId[], phase: PhaseId): PhaseId[] {
  return phases.includes(phase) ? [...phases] : [...phases, phase];
}

describe('updates from a window holding an older copy', () => {
  it('keep a field another window changed after the copy was read', async () => {
    const bundle = await storedFixture();
    const item = firstRecord(bundle, 'preparationItems');
    const copyInWindowB = await database().recordTable('preparationItems').get(item.id);

    await updateRecordContinuously('preparationItems', item.id, { note: 'typed in window A' }, 'Note', 'note');
    await updateRecord('preparationItems', item.id, { owner: `${copyInWindowB?.owner ?? ''} and Luis` });

    const stored = await database().recordTable('preparationItems').get(item.id);
    expect(stored?.note).toBe('typed in window A');
    expect(stored?.owner).toBe(`${item.owner} and Luis`);
  });

  it('compute a list from the stored workshop when given a function, so no window loses its mark', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const phases: PhaseId[] = ['preparation', 'situation', 'objectives', 'diagnosis', 'reformulation'];
    // Started together, like clicks in five windows that all saw completedPhases = [].
    await Promise.all(phases.map((phase) => updateWorkshop(w, (current) => ({ completedPhases: withPhase(current.completedPhases, phase) }))));
    expect((await database().workshops.get(w))?.completedPhases.sort()).toEqual([...phases].sort());
  });

  it('set exactly the list they are given when given a plain patch (why list edits use the function form)', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const copyInWindowB = await database().workshops.get(w);
    await updateWorkshop(w, (current) => ({ completedPhases: withPhase(current.completedPhases, 'situation') }));
    await updateWorkshop(w, { completedPhases: withPhase(copyInWindowB?.completedPhases ?? [], 'objectives') });
    expect((await database().workshops.get(w))?.completedPhases).toEqual(['objectives']);
  });

  it('compute a record list from the stored record when given a function', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const finding = firstRecord(bundle, 'findings');
    const extra = [createQuestion(w, { area: 'crm', text: 'Extra one' }), createQuestion(w, { area: 'crm', text: 'Extra two' })];
    for (const question of extra) await addRecord('questions', question);

    await Promise.all(
      extra.map((question) => updateRecord('findings', finding.id, (current) => ({ questionIds: [...current.questionIds, question.id] }))),
    );
    const stored = await database().recordTable('findings').get(finding.id);
    expect(stored?.questionIds).toEqual(expect.arrayContaining([...finding.questionIds, ...extra.map((question) => question.id)]));
    expect(stored?.questionIds).toHaveLength(finding.questionIds.length + extra.length);
  });

  it('validate what the function returns; a refused function patch writes nothing', async () => {
    const bundle = await storedFixture();
    const item = firstRecord(bundle, 'preparationItems');
    const before = await database().recordTable('preparationItems').get(item.id);
    const invalidStatus = 'finished' as unknown as typeof item.status;
    await expect(updateRecord('preparationItems', item.id, () => ({ status: invalidStatus }))).rejects.toBeInstanceOf(DataValidationError);
    expect(await database().recordTable('preparationItems').get(item.id)).toEqual(before);
  });

  it('undo a function patch back to the value stored before it', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    await updateWorkshop(w, (current) => ({ completedPhases: withPhase(current.completedPhases, 'poster') }), 'Mark phase as done');
    expect((await database().workshops.get(w))?.completedPhases).toEqual(['poster']);
    expect((await undo(w))?.label).toBe('Mark phase as done');
    expect((await database().workshops.get(w))?.completedPhases).toEqual([]);
  });
});
