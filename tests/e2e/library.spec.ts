import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';

test('an empty library explains itself and offers the first steps', async ({ page, consoleErrors }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open example workshop' }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'empty library');
  expect(consoleErrors).toEqual([]);
});

test('a created workshop survives a reload', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Ferrovial Łódź Sp. z o.o.', title: 'Reset de ventas 2027 — €', facilitator: 'Begoña Ibáñez', date: '2027-02-15', language: 'es' });
  await expect(page.getByText('Reset de ventas 2027 — €')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await library.backToLibrary();
  await expect(library.rows()).toHaveCount(1);
  const row = library.row('Reset de ventas 2027 — €');
  await expect(row).toContainText('Ferrovial Łódź Sp. z o.o.');
  await expect(row).toContainText('Begoña Ibáñez');
  await expect(row).toContainText('15 Feb 2027');
});

test('a workshop survives closing and restarting the browser', async () => {
  const profile = await mkdtemp(path.join(tmpdir(), 'dsrs-profile-'));
  try {
    const launch = () => chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      baseURL: test.info().project.use.baseURL,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
    });
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    let library = new LibraryPage(page);
    await library.goto();
    await library.createWorkshop({ clientCompany: 'Norte Rodamientos', title: 'Kick-off after restart' });
    await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
    await context.close();

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    library = new LibraryPage(page);
    await library.goto();
    await expect(library.row('Kick-off after restart')).toBeVisible();
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('search and sort narrow the list', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  for (const [client, title] of [['Zeta Seals', 'Alpha plan'], ['Acme Bearings', 'Beta plan'], ['Moreno Hidráulica', 'Gamma plan']] as const) {
    await library.createWorkshop({ clientCompany: client, title });
    await library.backToLibrary();
  }
  await page.getByLabel('Search workshops').fill('hidraulica');
  await expect(library.rows()).toHaveCount(0);
  await page.getByLabel('Search workshops').fill('hidráulica');
  await expect(library.rows()).toHaveCount(1);
  await page.getByLabel('Search workshops').fill('');
  await page.getByLabel('Sort by').selectOption('client');
  await expect(library.rows().first()).toContainText('Acme Bearings');
  await page.getByLabel('Sort by').selectOption('title');
  await expect(library.rows().first()).toContainText('Alpha plan');
});

test('duplicate makes an independent copy', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Copy Test SA', title: 'Original' });
  await page.getByRole('button', { name: 'Mark phase as done' }).click();
  await expect(page.getByTestId('phase-status')).toContainText('Done');
  await library.backToLibrary();
  await page.getByRole('button', { name: 'Duplicate: Original' }).click();
  await expect(library.rows()).toHaveCount(2);
  await page.getByRole('button', { name: 'Copy Test SA Original (copy)', exact: true }).click();
  await expect(page.getByTestId('phase-status')).toContainText('Done');
  await page.getByRole('button', { name: 'Reopen phase' }).click();
  // The checklist is seeded into every new workshop, so an open preparation is in progress.
  await expect(page.getByTestId('phase-status')).toContainText('In progress');
  await library.backToLibrary();
  await page.getByRole('button', { name: 'Copy Test SA Original', exact: true }).click();
  await expect(page.getByTestId('phase-status')).toContainText('Done');
});

test('delete asks first, and can be undone', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Delete Me SL', title: 'Short-lived' });
  await library.backToLibrary();
  await page.getByRole('button', { name: 'Delete: Short-lived' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Short-lived”?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(library.rows()).toHaveCount(1);

  await page.getByRole('button', { name: 'Delete: Short-lived' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(library.rows()).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(library.row('Short-lived')).toBeVisible();
  await page.reload();
  await expect(library.row('Short-lived')).toBeVisible();
});

test('archive hides a workshop until archived ones are shown', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Archive SA', title: 'Old one' });
  await library.backToLibrary();
  await page.getByRole('button', { name: 'Archive: Old one' }).click();
  await expect(library.rows()).toHaveCount(0);
  await page.getByLabel(/Show archived/).check();
  await expect(library.row('Old one')).toContainText('Archived');
});

test('rename corrects a workshop’s details', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Typo Industires', title: 'Plan' });
  await library.backToLibrary();
  await page.getByRole('button', { name: 'Rename: Plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename workshop' });
  await dialog.getByLabel('Client company').fill('Typo Industries');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(library.row('Plan')).toContainText('Typo Industries');
});

test('the form refuses missing fields and impossible dates', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText('Required')).toHaveCount(2);
  await expectNoSeriousAxeViolations(page, 'create dialog with errors');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(library.rows()).toHaveCount(0);
});
