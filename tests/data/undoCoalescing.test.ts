import { afterEach, describe, expect, it, vi } from 'vitest';
import { getUndoState, redo, undo, updateRecord, updateRecordContinuously } from '../../renderer/data';
import { COALESCE_WINDOW_MS } from '../../renderer/data/undo/undoStacks';
import { buildCompleteBundle, firstRecord } from '../unit/shared/fixtures/bundleBuilder';
import { storeBundleAsIs, useFreshDatabase } from './dataTestHarness';

const database = useFreshDatabase();

async function storedIdea() {
  const bundle = buildCompleteBundle();
  await storeBundleAsIs(database(), bundle);
  return { workshopId: bundle.workshop.id, idea: firstRecord(bundle, 'ideas') };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('continuous edits (typing)', () => {
  it('stores every keystroke at once but undoes the whole word in one step', async () => {
    const { workshopId, idea } = await storedIdea();
    for (const text of ['P', 'Pr', 'Pri', 'Pric', 'Price']) {
      await updateRecordContinuously('ideas', idea.id, { text }, 'idea text', 'text');
      expect((await database().recordTable('ideas').get(idea.id))?.text).toBe(text);
    }
    await undo(workshopId);
    expect((await database().recordTable('ideas').get(idea.id))?.text).toBe(idea.text);
    expect(getUndoState(workshopId).canUndo).toBe(false);
    await redo(workshopId);
    expect((await database().recordTable('ideas').get(idea.id))?.text).toBe('Price');
  });

  it('starts a new step for another field, another edit in between, or after a pause', async () => {
    const { workshopId, idea } = await storedIdea();
    await updateRecordContinuously('ideas', idea.id, { text: 'A' }, 'idea text', 'text');
    await updateRecordContinuously('ideas', idea.id, { category: 'Pricing' }, 'idea category', 'category');
    await updateRecord('ideas', idea.id, { selected: !idea.selected });
    await updateRecordContinuously('ideas', idea.id, { text: 'AB' }, 'idea text', 'text');

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + COALESCE_WINDOW_MS + 1000);
    await updateRecordContinuously('ideas', idea.id, { text: 'ABC' }, 'idea text', 'text');
    vi.useRealTimers();

    const steps: string[] = [];
    while (getUndoState(workshopId).canUndo) {
      const entry = await undo(workshopId);
      steps.push(entry?.label ?? '');
    }
    expect(steps).toEqual(['idea text', 'idea text', 'update:ideas', 'idea category', 'idea text']);
    expect(await database().recordTable('ideas').get(idea.id)).toEqual(idea);
  });
});
