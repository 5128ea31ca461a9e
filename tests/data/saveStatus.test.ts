import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createQuestion } from '../../shared/domain';
import {
  addRecord,
  clearWriteError,
  DataValidationError,
  getSaveStatus,
  injectWriteFault,
  subscribeSaveStatus,
  updateRecord,
  WriteFailedError,
} from '../../renderer/data';
import { classifyWriteError } from '../../renderer/data/writeErrorClassification';
import { buildCompleteBundle, firstRecord } from '../unit/shared/fixtures/bundleBuilder';
import { countAllRows, readStoredBundle, sortedBundle, storeBundleAsIs, useFreshDatabase } from './dataTestHarness';

const database = useFreshDatabase();

describe('save status', () => {
  it('shows saving while a write is under way, then saved', async () => {
    const bundle = buildCompleteBundle();
    await storeBundleAsIs(database(), bundle);
    const pending = updateRecord('answers', firstRecord(bundle, 'answers').id, { owner: 'x' });
    expect(getSaveStatus().state).toBe('saving');
    await pending;
    expect(getSaveStatus()).toMatchObject({ state: 'saved', lastError: null });
    expect(getSaveStatus().lastSavedAt).not.toBeNull();
  });

  it('turns failed on an injected quota fault, keeps the database unchanged, and recovers on the next write', async () => {
    const bundle = buildCompleteBundle();
    await storeBundleAsIs(database(), bundle);
    const rowsBefore = await countAllRows(database());
    const contentBefore = await readStoredBundle(database(), bundle.workshop.id);
    const listener = vi.fn();
    const unsubscribe = subscribeSaveStatus(listener);

    injectWriteFault('quota', 1);
    const question = createQuestion(bundle.workshop.id, { area: 'crm', text: 'Lost' });
    const startedAt = Date.now();
    const error: unknown = await addRecord('questions', question).catch((caught: unknown) => caught);
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expect(error).toBeInstanceOf(WriteFailedError);
    expect((error as WriteFailedError).failureKind).toBe('quota');
    expect(getSaveStatus().state).toBe('failed');
    expect(getSaveStatus().lastError?.kind).toBe('quota');
    expect(listener).toHaveBeenCalled();

    expect(await countAllRows(database())).toBe(rowsBefore);
    expect(sortedBundle((await readStoredBundle(database(), bundle.workshop.id))!)).toEqual(sortedBundle(contentBefore!));

    await addRecord('questions', question);
    expect(getSaveStatus()).toMatchObject({ state: 'saved', lastError: null });
    expect(await countAllRows(database())).toBe(rowsBefore + 1);
    unsubscribe();
  });

  it('fails exactly the requested number of transactions', async () => {
    const bundle = buildCompleteBundle();
    await storeBundleAsIs(database(), bundle);
    const answerId = firstRecord(bundle, 'answers').id;
    injectWriteFault('unknown', 2);
    await expect(updateRecord('answers', answerId, { owner: 'one' })).rejects.toBeInstanceOf(WriteFailedError);
    expect(getSaveStatus().lastError?.kind).toBe('unknown');
    await expect(updateRecord('answers', answerId, { owner: 'two' })).rejects.toBeInstanceOf(WriteFailedError);
    await updateRecord('answers', answerId, { owner: 'three' });
    expect((await database().recordTable('answers').get(answerId))?.owner).toBe('three');
    expect(getSaveStatus().state).toBe('saved');
  });

  it('does not report refused input as a storage failure', async () => {
    const bundle = buildCompleteBundle();
    await storeBundleAsIs(database(), bundle);
    await expect(updateRecord('answers', firstRecord(bundle, 'answers').id, { maturity: 99 })).rejects.toBeInstanceOf(DataValidationError);
    expect(getSaveStatus()).toMatchObject({ state: 'saved', lastError: null });
  });

  it('lets the user dismiss a failure', async () => {
    const bundle = buildCompleteBundle();
    await storeBundleAsIs(database(), bundle);
    injectWriteFault('unknown', 1);
    await expect(updateRecord('answers', firstRecord(bundle, 'answers').id, { owner: 'x' })).rejects.toThrow();
    expect(getSaveStatus().state).toBe('failed');
    clearWriteError();
    expect(getSaveStatus()).toMatchObject({ state: 'saved', lastError: null });
  });
});

describe('classifying write errors', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('recognises a quota error however Dexie wraps it', () => {
    expect(classifyWriteError(quota())).toBe('quota');
    expect(classifyWriteError(new Dexie.QuotaExceededError('full'))).toBe('quota');
    expect(classifyWriteError(new Dexie.AbortError('aborted', quota()))).toBe('quota');
    expect(classifyWriteError(new Dexie.BulkError('bulk', { 3: quota() }))).toBe('quota');
    expect(classifyWriteError(new Error('outer', { cause: new Dexie.AbortError('aborted', quota()) }))).toBe('quota');
  });

  it('classifies everything else as unknown', () => {
    expect(classifyWriteError(new Dexie.AbortError('aborted'))).toBe('unknown');
    expect(classifyWriteError(new Dexie.ConstraintError('key exists'))).toBe('unknown');
    expect(classifyWriteError('a string')).toBe('unknown');
    expect(classifyWriteError(null)).toBe('unknown');
  });
});
