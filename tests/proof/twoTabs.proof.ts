/**
 * Two tabs on the same workshop (the browser build's equivalent of two windows): edits in one must
 * never overwrite edits in the other. Every write is a record-level transaction that merges its patch
 * into the record as stored at that moment, so different fields and different records combine; a
 * step undone in one tab after the other tab changed the same record is refused, not forced.
 */
import { expect, test } from '@playwright/test';
import { checklistStatusSelect, checklistTextInput, fillRenameDialog, openLibrary, openPhase, phaseDoneButton, submitDialog, waitUntilSaved } from './support/appScreens';
import { clickInPage, holdNewsFromOtherTabs, itemAt, openTwoTabsOnNewWorkshop, storedItem, storedWorkshop } from './support/twoTabSession';

const UNDO_CONFLICT = 'This step cannot be undone because the same item was changed since (perhaps in another window).';
const PHASE_DONE_BUTTON = '.phase-status-box button[aria-pressed]';

test('typing in different fields of one record in two tabs keeps both', async ({ context }) => {
  const { tabA, tabB, itemIds } = await openTwoTabsOnNewWorkshop(context, 'Two tabs, one record');
  const shared = itemAt(itemIds, 0);
  const noteInA = checklistTextInput(tabA, shared, 'note');
  const ownerInB = checklistTextInput(tabB, shared, 'owner');
  // Keystrokes alternate between the tabs, and each one is a write of the record.
  const note = 'Sponsor confirmado';
  const owner = 'Ana Ruiz';
  for (let index = 0; index < Math.max(note.length, owner.length); index += 1) {
    const noteKey = note[index];
    const ownerKey = owner[index];
    await Promise.all([noteKey ? noteInA.pressSequentially(noteKey) : null, ownerKey ? ownerInB.pressSequentially(ownerKey) : null]);
  }
  await waitUntilSaved(tabA);
  await waitUntilSaved(tabB);

  expect(await storedItem(tabA, shared)).toMatchObject({ note, owner });
  // Each tab shows the other's field as soon as it is stored (live queries across tabs).
  await expect(checklistTextInput(tabB, shared, 'note')).toHaveValue(note);
  await expect(checklistTextInput(tabA, shared, 'owner')).toHaveValue(owner);
});

test('simultaneous edits of different records in two tabs keep both', async ({ context }) => {
  const { tabA, tabB, itemIds } = await openTwoTabsOnNewWorkshop(context, 'Two tabs, two records');
  const first = itemAt(itemIds, 1);
  const second = itemAt(itemIds, 2);
  await Promise.all([checklistStatusSelect(tabA, first).selectOption('done'), checklistStatusSelect(tabB, second).selectOption('in_progress')]);
  await Promise.all([checklistTextInput(tabA, second, 'owner').pressSequentially('Luis'), checklistTextInput(tabB, first, 'owner').pressSequentially('Marta')]);
  await waitUntilSaved(tabA);
  await waitUntilSaved(tabB);

  expect(await storedItem(tabA, first)).toMatchObject({ status: 'done', owner: 'Marta' });
  expect(await storedItem(tabA, second)).toMatchObject({ status: 'in_progress', owner: 'Luis' });
  await expect(checklistStatusSelect(tabA, second)).toHaveValue('in_progress');
  await expect(checklistStatusSelect(tabB, first)).toHaveValue('done');
});

test('a tab still showing an older copy of a record does not overwrite the other tab’s field', async ({ context }) => {
  const { tabA, tabB, itemIds } = await openTwoTabsOnNewWorkshop(context, 'Two tabs, older copy');
  const shared = itemAt(itemIds, 5);
  await holdNewsFromOtherTabs(tabB, true);
  await checklistTextInput(tabA, shared, 'note').pressSequentially('Board meets on Monday');
  await checklistStatusSelect(tabA, shared).selectOption('in_progress');
  await waitUntilSaved(tabA);
  // B should not have heard of A's edit yet, so its screen holds the record without A's note. The gate
  // covers Dexie's BroadcastChannel only; when news reached B another way the run still checks the
  // merge, and says so, rather than failing on timing.
  const bWasStale = (await checklistTextInput(tabB, shared, 'note').inputValue()) === '';
  test.info().annotations.push({ type: 'stale copy in tab B', description: String(bWasStale) });

  await checklistTextInput(tabB, shared, 'owner').pressSequentially('Iñaki');
  await waitUntilSaved(tabB);
  await holdNewsFromOtherTabs(tabB, false);

  expect(await storedItem(tabA, shared)).toMatchObject({ note: 'Board meets on Monday', status: 'in_progress', owner: 'Iñaki' });
  await expect(checklistTextInput(tabB, shared, 'note')).toHaveValue('Board meets on Monday');
});

test('marking phases done in two tabs keeps both marks, also when neither tab has seen the other’s', async ({ context }) => {
  // Known bug outside the data layer: PhasePage sends completedPhases computed from its own copy of
  // the workshop. It needs updateWorkshop(id, (current) => ({ completedPhases: ... })); remove this
  // line once it does (Playwright then reports the test as passing unexpectedly until you do).
  const { tabA, tabB, workshopId } = await openTwoTabsOnNewWorkshop(context, 'Two tabs, two phases');
  await openPhase(tabA, workshopId, 'situation');
  await openPhase(tabB, workshopId, 'objectives');
  await phaseDoneButton(tabA).click();
  await waitUntilSaved(tabA);
  // B learns of A's mark before its own click, as a person watching it would.
  await expect(tabB.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Situation analysis.*Done/ })).toBeVisible();
  await phaseDoneButton(tabB).click();
  await waitUntilSaved(tabB);
  expect((await storedWorkshop(tabA, workshopId))?.completedPhases.sort()).toEqual(['objectives', 'situation']);

  // Now B has not heard of A's next mark when it clicks.
  await openPhase(tabA, workshopId, 'diagnosis');
  await openPhase(tabB, workshopId, 'reformulation');
  await holdNewsFromOtherTabs(tabB, true);
  await clickInPage(tabA, PHASE_DONE_BUTTON);
  await waitUntilSaved(tabA);
  await clickInPage(tabB, PHASE_DONE_BUTTON);
  await waitUntilSaved(tabB);
  await holdNewsFromOtherTabs(tabB, false);
  expect((await storedWorkshop(tabA, workshopId))?.completedPhases.sort()).toEqual(['diagnosis', 'objectives', 'reformulation', 'situation']);
});

test('renaming in one tab keeps the facilitator the other tab saved while the dialog was open', async ({ context }) => {
  // Known bug outside the data layer: the library's details dialog saves all six fields it was opened
  // with, so fields it did not change overwrite newer values. It should send only the changed fields.
  const { tabA, tabB, workshopId } = await openTwoTabsOnNewWorkshop(context, 'Two tabs, one dialog');
  await openLibrary(tabB);
  const dialogInA = await fillRenameDialog(tabA, 'Two tabs, one dialog', 'Renamed in tab A');
  const dialogInB = await fillRenameDialog(tabB, 'Two tabs, one dialog', 'Two tabs, one dialog');
  await dialogInB.getByLabel('Facilitator').fill('Facilitator set in tab B');
  await submitDialog(dialogInB, 'Save');
  await submitDialog(dialogInA, 'Save');
  await expect.poll(async () => (await storedWorkshop(tabA, workshopId))?.title).toBe('Renamed in tab A');
  expect((await storedWorkshop(tabA, workshopId))?.facilitator).toBe('Facilitator set in tab B');
});

test('undo in one tab is refused once the other tab changed the same record, and allowed otherwise', async ({ context }) => {
  const { tabA, tabB, itemIds } = await openTwoTabsOnNewWorkshop(context, 'Two tabs, undo');
  const contested = itemAt(itemIds, 3);
  const untouched = itemAt(itemIds, 4);
  const undoInA = tabA.locator('.workshop-bar').getByRole('button', { name: /^Undo/ });

  // A step nobody else touched undoes normally.
  await checklistTextInput(tabA, untouched, 'owner').pressSequentially('Pablo');
  await waitUntilSaved(tabA);
  await undoInA.click();
  await waitUntilSaved(tabA);
  await expect.poll(async () => (await storedItem(tabA, untouched))?.owner).toBe('');

  await checklistTextInput(tabA, contested, 'note').pressSequentially('Written in tab A');
  await waitUntilSaved(tabA);
  const noteInB = checklistTextInput(tabB, contested, 'note');
  await expect(noteInB).toHaveValue('Written in tab A');
  await noteInB.focus();
  await tabB.keyboard.press('Control+End');
  await noteInB.pressSequentially(', then tab B');
  await waitUntilSaved(tabB);

  await undoInA.click();
  await expect(tabA.getByRole('alert').filter({ hasText: UNDO_CONFLICT })).toBeVisible();
  expect((await storedItem(tabA, contested))?.note).toBe('Written in tab A, then tab B');
  await expect(checklistTextInput(tabA, contested, 'note')).toHaveValue('Written in tab A, then tab B');
  await expect(tabA.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
});
