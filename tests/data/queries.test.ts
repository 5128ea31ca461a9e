import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createQuestion, RECORD_KINDS } from '../../shared/domain';
import { addRecord, createWorkshop, deleteWorkshop, updateWorkshop } from '../../renderer/data';
import { countRecords, findWorkshop, listRecords, listWorkshops } from '../../renderer/data/queries';
import { buildCompleteBundle } from '../unit/shared/fixtures/bundleBuilder';
import { storeBundleAsIs, useFreshDatabase } from './dataTestHarness';

const database = useFreshDatabase();

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('queries behind the live hooks', () => {
  it('lists workshops most recently edited first', async () => {
    const older = await createWorkshop({ title: 'Older' });
    await pause();
    const newer = await createWorkshop({ title: 'Newer' });
    expect((await listWorkshops()).map((workshop) => workshop.id)).toEqual([newer.id, older.id]);
    await pause();
    await updateWorkshop(older.id, { title: 'Older, edited' });
    expect((await listWorkshops()).map((workshop) => workshop.id)).toEqual([older.id, newer.id]);
  });

  it('finds a workshop, or null when it does not exist', async () => {
    const workshop = await createWorkshop({ title: 'Found' });
    expect(await findWorkshop(workshop.id)).toEqual(workshop);
    expect(await findWorkshop(crypto.randomUUID())).toBeNull();
  });

  it('lists one workshop\'s records of a kind in manual order', async () => {
    const bundle = buildCompleteBundle();
    await storeBundleAsIs(database(), bundle);
    const w = bundle.workshop.id;
    const last = createQuestion(w, { area: 'crm', text: 'Last', order: 20 });
    const first = createQuestion(w, { area: 'crm', text: 'First', order: -1 });
    await addRecord('questions', last);
    await addRecord('questions', first);
    const questions = await listRecords(w, 'questions');
    expect(questions.map((question) => question.text)).toEqual(['First', bundle.records.questions[0]!.text, 'Last']);
    expect(await listRecords(crypto.randomUUID(), 'questions')).toEqual([]);
  });

  it('counts records of every kind', async () => {
    const bundle = buildCompleteBundle();
    await storeBundleAsIs(database(), bundle);
    const counts = await countRecords(bundle.workshop.id);
    for (const kind of RECORD_KINDS) expect(counts[kind]).toBe(bundle.records[kind].length);
  });

  it('pushes new results to live subscribers after each committed edit', async () => {
    const workshop = await createWorkshop({ title: 'Live' });
    const seen: number[] = [];
    const subscription = liveQuery(() => countRecords(workshop.id)).subscribe({ next: (counts) => seen.push(counts.questions) });
    await waitFor(() => seen.at(-1) === 0);
    await addRecord('questions', createQuestion(workshop.id, { area: 'crm', text: 'Live question' }));
    await waitFor(() => seen.at(-1) === 1);
    subscription.unsubscribe();
    await deleteWorkshop(workshop.id);
    expect(seen.at(-1)).toBe(1);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting for the live query');
    await pause();
  }
}
