import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';

/** The demo's "today": some checklist items of the example are late by then. */
const TODAY = new Date('2026-11-22T10:00:00');

/**
 * Presses Tab (or Shift+Tab) until the focused control's accessible name matches, as a keyboard user
 * would; date and time inputs take several presses (one per segment), which the loop absorbs.
 */
async function tabTo(page: Page, name: string | RegExp, options: { backwards?: boolean; limit?: number } = {}): Promise<void> {
  const { backwards = false, limit = 250 } = options;
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labelled = element.getAttribute('aria-label');
      if (labelled) return labelled.trim();
      const labels = (element as HTMLInputElement).labels;
      if (labels && labels.length > 0) return (labels[0]?.textContent ?? '').trim();
      return (element.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`focus never reached “${String(name)}” by Tab`);
}

/** Replaces whatever the focused text input holds, by keyboard. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

function checklistItem(page: Page, label: string): Locator {
  return page.getByTestId('checklist-item').filter({ hasText: label });
}

async function openPreparation(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Preparation/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Preparation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Readiness checklist' })).toBeVisible();
}

test('preparation is completed by keyboard alone on a new workshop and survives a reload', async ({ page, consoleErrors }) => {
  await page.clock.setFixedTime(TODAY);
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Teclado Industrial SA', title: 'Keyboard preparation', date: '2026-12-01' });
  // A new workshop opens on Preparation, so nothing below needs the mouse.
  await expect(page.getByRole('heading', { level: 2, name: 'Readiness checklist' })).toBeVisible();
  await expect(page.getByTestId('checklist-item')).toHaveCount(13);
  await expect(page.getByText('No participants yet')).toBeVisible();
  await expect(page.getByText('No sessions planned yet')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'preparation of a new workshop');
  await page.getByRole('heading', { level: 1, name: 'Preparation' }).focus();

  // Checklist: status, owner, a past due date and a note on the first item.
  await tabTo(page, 'Status: An executive sponsor has been named');
  await page.keyboard.type('Done');
  await tabTo(page, 'Status: A business owner has been named');
  await page.keyboard.type('In progress');
  await tabTo(page, 'Owner');
  await page.keyboard.type('Ana Ruiz');
  await tabTo(page, 'Due');
  // Day and month alike, so the date reads the same whatever order the browser's locale uses.
  await page.keyboard.type('11112026');
  await tabTo(page, 'Note');
  await page.keyboard.type('Waiting for the board meeting.');
  const businessOwner = checklistItem(page, 'A business owner has been named');
  await expect(businessOwner.getByText('Overdue')).toBeVisible();
  await expect(page.getByTestId('readiness-summary')).toContainText('1 of 13 done');
  await expect(page.getByTestId('readiness-summary')).toContainText('1 overdue');

  // Delete a built-in item (nothing links to it, so it goes at once) and add one of our own.
  await tabTo(page, 'Delete: “The work includes at least one thing users will enjoy”');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checklist-item')).toHaveCount(12);
  await tabTo(page, 'Add an item of your own');
  await page.keyboard.type('Works council informed');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Added by the team' })).toBeVisible();
  await expect(page.getByTestId('checklist-item')).toHaveCount(13);
  await expect(page.getByRole('button', { name: 'Restore 1 method item' })).toBeVisible();

  // Roster: three people, entered one after another; Enter adds and returns to the name.
  await tabTo(page, 'Name');
  for (const [name, role, organisation] of [
    ['Ana Ruiz', 'Sales Director', 'Teclado Industrial SA'],
    ['Luis Prieto', 'Key Account Manager', 'Teclado Industrial SA'],
  ]) {
    await page.keyboard.type(name ?? '');
    await page.keyboard.press('Tab');
    await page.keyboard.type(role ?? '');
    await page.keyboard.press('Tab');
    await retype(page, organisation ?? '');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('participant-row').filter({ has: page.locator(`input[value="${name}"]`) })).toHaveCount(1);
  }
  await page.keyboard.type('Eva Stein');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pricing expert');
  await page.keyboard.press('Tab');
  await retype(page, 'Stein Pricing');
  await page.keyboard.press('Tab');
  await page.keyboard.type('External');
  await tabTo(page, 'Add participant');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('participant-row')).toHaveCount(3);
  await expect(page.getByLabel('Side of Eva Stein')).toHaveValue('external');

  await tabTo(page, 'Ana Ruiz is in the implementation group', { backwards: true });
  await page.keyboard.press('Space');
  await tabTo(page, 'Eva Stein is in the expert group');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('roster-counts')).toContainText('3 people');
  await expect(page.getByTestId('roster-counts')).toContainText('1 external expert');
  await expect(page.getByTestId('roster-counts')).toContainText('1 in the expert group');
  await expect(page.getByTestId('roster-counts')).toContainText('1 in the implementation group');

  // Agenda: a session on the workshop date, two phases, four timeboxes, one moved up and one removed.
  await tabTo(page, 'Add session');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Session title')).toBeFocused();
  await retype(page, 'Day 1: where do we stand?');
  await tabTo(page, 'Starts at');
  await page.keyboard.type('0830');
  await tabTo(page, '1 Situation analysis');
  await page.keyboard.press('Space');
  await tabTo(page, '2 Current objectives');
  await page.keyboard.press('Space');
  await tabTo(page, 'New timebox');
  for (const [title, minutes] of [['Welcome', '15'], ['Questionnaire', '90'], ['Lunch', '60'], ['Break', '20']]) {
    await page.keyboard.type(title ?? '');
    await page.keyboard.press('Tab');
    await retype(page, minutes ?? '');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('New timebox')).toBeFocused();
  }
  const items = page.getByTestId('agenda-item');
  await expect(items).toHaveCount(4);
  await tabTo(page, 'Move “Break” up', { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title of item 3')).toHaveValue('Break');
  await expect(page.getByRole('button', { name: 'Move “Break” up' })).toBeFocused();
  await tabTo(page, 'Remove “Lunch”');
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(3);

  const checkAgenda = async () => {
    await expect(items.nth(0)).toContainText('08:30–08:45');
    await expect(items.nth(1)).toContainText('08:45–10:15');
    await expect(items.nth(2)).toContainText('10:15–10:35');
    await expect(page.getByTestId('session-total')).toContainText('Total: 2 hrs 5 mins');
    await expect(page.getByTestId('session-total')).toContainText('ends at 10:35');
  };
  await checkAgenda();

  // Undo works from the keyboard too (focus on a button, not in a text field): the removal comes back.
  await page.getByRole('button', { name: 'Remove “Break”' }).focus();
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(4);
  await page.keyboard.press('Control+Shift+z');
  await expect(items).toHaveCount(3);
  await expectNoSeriousAxeViolations(page, 'preparation filled in');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Readiness checklist' })).toBeVisible();
  await expect(page.getByLabel('Status: An executive sponsor has been named')).toHaveValue('done');
  await expect(businessOwner.getByLabel('Owner', { exact: true })).toHaveValue('Ana Ruiz');
  await expect(businessOwner.getByLabel('Due', { exact: true })).toHaveValue('2026-11-11');
  await expect(businessOwner.getByLabel('Note', { exact: true })).toHaveValue('Waiting for the board meeting.');
  await expect(businessOwner.getByText('Overdue')).toBeVisible();
  await expect(checklistItem(page, 'The work includes at least one thing users will enjoy')).toHaveCount(0);
  await expect(page.getByLabel('Checklist item', { exact: true })).toHaveValue('Works council informed');
  await expect(page.getByTestId('participant-row')).toHaveCount(3);
  await expect(page.getByLabel('Role of Luis Prieto')).toHaveValue('Key Account Manager');
  await expect(page.getByLabel('Eva Stein is in the expert group')).toBeChecked();
  await expect(page.getByLabel('Ana Ruiz is in the implementation group')).toBeChecked();
  await expect(page.getByLabel('Session title')).toHaveValue('Day 1: where do we stand?');
  await expect(page.getByLabel('Starts at')).toHaveValue('08:30');
  await expect(page.getByLabel('1 Situation analysis')).toBeChecked();
  await expect(page.getByLabel('2 Current objectives')).toBeChecked();
  await expect(page.getByLabel('3 Diagnosis')).not.toBeChecked();
  await checkAgenda();
  await expect(page.getByRole('navigation', { name: 'Preparation at a glance' })).toContainText('1 session');

  // The deleted method item can be brought back, in its place in the checklist.
  await page.getByRole('heading', { level: 1, name: 'Preparation' }).focus();
  await tabTo(page, 'Restore 1 method item');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checklist-item')).toHaveCount(14);
  await expect(page.getByTestId('checklist-item').nth(12)).toContainText('The work includes at least one thing users will enjoy');
  expect(consoleErrors).toEqual([]);
});

test('the example workshop shows its checklist, roster and agenda, and asks before deleting a voter', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await openPreparation(page);

  await expect(page.getByTestId('readiness-summary')).toContainText('7 of 14 done');
  await expect(page.getByTestId('readiness-summary')).toContainText('3 overdue');
  const kpis = checklistItem(page, 'The KPIs that will show success are defined');
  await expect(kpis.getByText('Overdue')).toBeVisible();
  await expect(kpis.getByLabel('Owner', { exact: true })).toHaveValue('Marta Echeverría');
  await expect(page.getByLabel('Checklist item', { exact: true })).toHaveValue('Works council informed about visit planning in the CRM');

  await expect(page.getByTestId('participant-row')).toHaveCount(14);
  await expect(page.getByTestId('roster-counts')).toContainText('14 people');
  await expect(page.getByTestId('roster-counts')).toContainText('2 external experts');
  await expect(page.getByTestId('roster-counts')).toContainText('9 in the expert group');
  await expect(page.getByTestId('roster-counts')).toContainText('8 in the implementation group');

  const sessions = page.getByTestId('agenda-session');
  await expect(sessions).toHaveCount(3);
  await expect(sessions.nth(0).getByLabel('Session title')).toHaveValue('Day 1: where do we really stand?');
  await expect(sessions.nth(0).getByTestId('agenda-item').first()).toContainText('09:00–09:20');
  await expect(sessions.nth(0).getByTestId('session-total')).toContainText('Total: 6 hrs 25 mins');
  await expect(sessions.nth(0).getByTestId('session-total')).toContainText('ends at 15:25');
  await expect(sessions.nth(2).getByTestId('agenda-item').first()).toContainText('09:30–10:45');
  await expect(page.getByTestId('agenda-total')).toContainText('3 sessions · 20 hrs planned');
  await expectNoSeriousAxeViolations(page, 'preparation of the example workshop');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expectNoSeriousAxeViolations(page, 'preparation of the example workshop, dark theme');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();

  // Álvaro has votes and attends meetings: deleting him asks first and names what loses its link.
  await page.getByRole('button', { name: 'Delete: Álvaro Quintana' }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: 'Delete Álvaro Quintana?' });
  await expect(confirm).toContainText(/votes? will be deleted/);
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('participant-row')).toHaveCount(14);
});

test('the Spanish interface shows the example preparation in Spanish with Spanish formats', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.addInitScript(() => localStorage.setItem('dsrs.uiLanguage', 'es'));
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Abrir taller de ejemplo' }).first().click();
  await page.getByRole('navigation', { name: 'Fases del taller' }).getByRole('link', { name: /Preparación/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lista de preparación' })).toBeVisible();
  await expect(page.getByTestId('readiness-summary')).toContainText('7 de 14 hechos');
  await expect(page.getByText('Se ha designado un patrocinador en la dirección', { exact: true })).toBeVisible();
  await expect(page.getByTestId('roster-counts')).toContainText('14 personas');
  await expect(page.getByTestId('agenda-session').first().getByTestId('session-total')).toContainText('Total: 6 h 25 min');
  await expectNoSeriousAxeViolations(page, 'preparation in Spanish');
});
