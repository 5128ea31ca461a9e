import { describe, expect, it, vi } from 'vitest';
import { createIdea, createQuestion, createVote } from '../../shared/domain';
import type { WorkshopBundle } from '../../shared/domain';
import {
  addRecord,
  applyChanges,
  deleteRecord,
  getUndoState,
  injectWriteFault,
  redo,
  subscribeUndo,
  undo,
  UNDO_STACK_LIMIT,
  UndoConflictError,
  updateRecord,
  updateWorkshop,
  WriteFailedError,
} from '../../renderer/data';
import { buildCompleteBundle, firstRecord } from '../unit/shared/fixtures/bundleBuilder';
import { readStoredBundle, sortedBundle, storeBundleAsIs, useFreshDatabase } from './dataTestHarness';

const database = useFreshDatabase();

async function storedFixture(): Promise<WorkshopBundle> {
  const bundle = buildCompleteBundle();
  await storeBundleAsIs(database(), bundle);
  return bundle;
}

async function contentOf(workshopId: string): Promise<WorkshopBundle> {
  const bundle = await readStoredBundle(database(), workshopId);
  if (!bundle) throw new Error('workshop missing');
  // updatedAt moves with every edit, undo included; the content is what must come back.
  return sortedBundle({ ...bundle, workshop: { ...bundle.workshop, updatedAt: '' } });
}

describe('undo and redo', () => {
  it('undoes and redoes an add', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const question = createQuestion(w, { area: 'crm', text: 'New question' });
    await addRecord('questions', question);
    expect(getUndoState(w)).toEqual({ canUndo: true, canRedo: false, undoLabel: 'add:questions', redoLabel: null });

    expect((await undo(w))?.label).toBe('add:questions');
    expect(await database().recordTable('questions').get(question.id)).toBeUndefined();
    expect(getUndoState(w)).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'add:questions' });

    expect((await redo(w))?.label).toBe('add:questions');
    expect(await database().recordTable('questions').get(question.id)).toEqual(question);
    expect(getUndoState(w).canRedo).toBe(false);
  });

  it('undoes and redoes an update', async () => {
    const bundle = await storedFixture();
    const answer = firstRecord(bundle, 'answers');
    await updateRecord('answers', answer.id, { maturity: 4 });
    await undo(bundle.workshop.id);
    expect(await database().recordTable('answers').get(answer.id)).toEqual(answer);
    await redo(bundle.workshop.id);
    expect(await database().recordTable('answers').get(answer.id)).toEqual({ ...answer, maturity: 4 });
  });

  it('undoes a cascading delete completely and redoes it', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const original = await contentOf(w);
    const visitProgramme = bundle.records.initiatives[1]!;
    await deleteRecord('initiatives', visitProgramme.id);
    const afterDelete = await contentOf(w);
    expect(afterDelete).not.toEqual(original);

    await undo(w);
    expect(await contentOf(w)).toEqual(original);
    await redo(w);
    expect(await contentOf(w)).toEqual(afterDelete);
  });

  it('undoes a multi-record change as one step', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const original = await contentOf(w);
    const idea = firstRecord(bundle, 'ideas');
    const extra = createIdea(w, { text: 'Second note', x: 10, y: 10 });
    await addRecord('ideas', extra);
    const withExtra = await contentOf(w);
    await applyChanges(w, 'Move 2 notes', [
      { type: 'update', kind: 'ideas', id: idea.id, patch: { x: 900 } },
      { type: 'update', kind: 'ideas', id: extra.id, patch: { x: 910 } },
      { type: 'update', kind: 'ideas', id: extra.id, patch: { y: 920 } },
    ]);
    expect(getUndoState(w).undoLabel).toBe('Move 2 notes');

    await undo(w);
    expect(await contentOf(w)).toEqual(withExtra);
    expect(getUndoState(w).undoLabel).toBe('add:ideas');
    await undo(w);
    expect(await contentOf(w)).toEqual(original);
    await redo(w);
    await redo(w);
    expect(await database().recordTable('ideas').get(extra.id)).toEqual({ ...extra, x: 910, y: 920 });
  });

  it('clears the redo stack on a new edit', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const answer = firstRecord(bundle, 'answers');
    await updateRecord('answers', answer.id, { owner: 'A' });
    await undo(w);
    expect(getUndoState(w).canRedo).toBe(true);
    await updateRecord('answers', answer.id, { owner: 'B' });
    expect(getUndoState(w).canRedo).toBe(false);
    expect(await redo(w)).toBeNull();
    expect((await database().recordTable('answers').get(answer.id))?.owner).toBe('B');
  });

  it('keeps separate histories per workshop', async () => {
    const first = await storedFixture();
    const second = await storedFixture();
    await updateRecord('answers', firstRecord(first, 'answers').id, { owner: 'first' });
    expect(getUndoState(second.workshop.id).canUndo).toBe(false);
    expect(await undo(second.workshop.id)).toBeNull();
    expect((await database().recordTable('answers').get(firstRecord(first, 'answers').id))?.owner).toBe('first');
  });

  it('undoes a workshop edit even after record edits moved its updatedAt', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    await updateWorkshop(w, { title: 'Renamed' });
    await updateRecord('answers', firstRecord(bundle, 'answers').id, { owner: 'x' });
    await undo(w);
    await undo(w);
    const workshop = await database().workshops.get(w);
    expect(workshop?.title).toBe(bundle.workshop.title);
    // Undo is an edit too: automatic backups must see it.
    expect(workshop!.updatedAt > bundle.workshop.updatedAt).toBe(true);
  });

  it('caps the undo history', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const answer = firstRecord(bundle, 'answers');
    for (let step = 0; step < UNDO_STACK_LIMIT + 5; step += 1) await updateRecord('answers', answer.id, { owner: `owner ${step}` });
    let undone = 0;
    while ((await undo(w)) !== null) undone += 1;
    expect(undone).toBe(UNDO_STACK_LIMIT);
    expect((await database().recordTable('answers').get(answer.id))?.owner).toBe('owner 4');
  });

  it('notifies subscribers and keeps the snapshot stable between changes', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const listener = vi.fn();
    const unsubscribe = subscribeUndo(listener);
    await updateRecord('answers', firstRecord(bundle, 'answers').id, { owner: 'x' });
    expect(listener).toHaveBeenCalled();
    expect(getUndoState(w)).toBe(getUndoState(w));
    unsubscribe();
    listener.mockClear();
    await undo(w);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('undo conflicts', () => {
  it('refuses to undo when the record was changed elsewhere, changing nothing', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const answer = firstRecord(bundle, 'answers');
    await updateRecord('answers', answer.id, { owner: 'here' });
    // Another window edits the same record directly.
    await database().recordTable('answers').put({ ...answer, owner: 'elsewhere' });
    const before = await contentOf(w);

    const error: unknown = await undo(w).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UndoConflictError);
    expect((error as UndoConflictError).conflicts).toEqual([{ kind: 'answers', id: answer.id }]);
    expect(await contentOf(w)).toEqual(before);
    expect(getUndoState(w).canUndo).toBe(true);
  });

  it('refuses to undo an add when another window has linked to the record since', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const idea = createIdea(w, { text: 'Fresh idea' });
    await addRecord('ideas', idea);
    const vote = createVote(w, { participantId: firstRecord(bundle, 'participants').id, ideaId: idea.id, dots: 1 });
    await database().recordTable('votes').put(vote);

    await expect(undo(w)).rejects.toBeInstanceOf(UndoConflictError);
    expect(await database().recordTable('ideas').get(idea.id)).toEqual(idea);
    expect(await database().recordTable('votes').get(vote.id)).toEqual(vote);
  });

  it('refuses to redo when the record was changed after the undo', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const answer = firstRecord(bundle, 'answers');
    await updateRecord('answers', answer.id, { owner: 'here' });
    await undo(w);
    await database().recordTable('answers').put({ ...answer, owner: 'elsewhere' });
    await expect(redo(w)).rejects.toBeInstanceOf(UndoConflictError);
    expect((await database().recordTable('answers').get(answer.id))?.owner).toBe('elsewhere');
  });

  it('keeps the step when the undo transaction fails, so it can be retried', async () => {
    const bundle = await storedFixture();
    const w = bundle.workshop.id;
    const answer = firstRecord(bundle, 'answers');
    await updateRecord('answers', answer.id, { owner: 'here' });
    injectWriteFault('unknown', 1);
    await expect(undo(w)).rejects.toBeInstanceOf(WriteFailedError);
    expect((await database().recordTable('answers').get(answer.id))?.owner).toBe('here');
    expect(getUndoState(w).canUndo).toBe(true);
    await undo(w);
    expect(await database().recordTable('answers').get(answer.id)).toEqual(answer);
  });
});
