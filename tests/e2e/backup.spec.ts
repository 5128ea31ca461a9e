import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';

async function saveBackupOf(page: Page, title: string): Promise<string> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save backup…: ${title}` }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.dsrs\.json$/);
  const dir = await mkdtemp(path.join(tmpdir(), 'dsrs-backup-'));
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

async function openBackup(page: Page, file: string): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open backup…' }).click();
  const chooser = await chooserPromise;
  await chooser.setFiles(file);
}

async function writeTemp(name: string, content: string | Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dsrs-bad-'));
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

test('a saved backup opens again as a new workshop with the same content', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Ibérica de Juntas', title: 'Diagnóstico 2027', facilitator: 'Núria Puig' });
  await page.getByRole('button', { name: 'Mark phase as done' }).click();
  await library.backToLibrary();
  const file = await saveBackupOf(page, 'Diagnóstico 2027');
  const envelope = JSON.parse(await readFile(file, 'utf8')) as { format: string; version: number; workshop: { title: string } };
  expect(envelope.format).toBe('dsrs-studio-backup');
  expect(envelope.version).toBe(1);
  expect(envelope.workshop.title).toBe('Diagnóstico 2027');

  await openBackup(page, file);
  await expect(page.getByText('Opened “Diagnóstico 2027” from the backup as a new workshop.')).toBeVisible();
  await expect(page.getByTestId('phase-status')).toContainText('Done');
  await library.backToLibrary();
  await expect(library.rows()).toHaveCount(2);
});

test('the example workshop loads through the import path and fills the phases', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await expect(page.getByText('The example workshop was added to your library.')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Workshop phases' });
  await expect(nav.getByRole('link', { name: /Diagnosis.*Done/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Measurement.*In progress/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'example workshop shell');
});

const rejected = [
  { name: 'corrupt', file: 'corrupt.dsrs.json', content: '\u0000\u0001 this is not json {', problem: 'The file is damaged or incomplete' },
  { name: 'not a backup', file: 'other.json', content: JSON.stringify({ hello: 'world' }), problem: 'This is not a DSRS Studio backup' },
];

for (const { name, file, content, problem } of rejected) {
  test(`a ${name} file is rejected with a clear message and nothing changes`, async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.createWorkshop({ clientCompany: 'Keep Me SA', title: 'Untouched' });
    await library.backToLibrary();
    await openBackup(page, await writeTemp(file, content));
    const dialog = page.getByRole('alertdialog', { name: 'This file cannot be opened' });
    await expect(dialog).toContainText(problem);
    await expect(dialog).toContainText('nothing in your library was changed');
    await expectNoSeriousAxeViolations(page, `${name} rejection`);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(library.rows()).toHaveCount(1);
  });
}

test('a truncated backup is rejected and nothing changes', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Trunc SA', title: 'Whole' });
  await library.backToLibrary();
  const file = await saveBackupOf(page, 'Whole');
  const text = await readFile(file, 'utf8');
  await openBackup(page, await writeTemp('truncated.dsrs.json', text.slice(0, Math.floor(text.length / 2))));
  await expect(page.getByRole('alertdialog', { name: 'This file cannot be opened' })).toContainText('damaged or incomplete');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Close' }).first().click();
  await expect(library.rows()).toHaveCount(1);
});

test('an oversized file is refused before it is read', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const big = Buffer.alloc(51 * 1024 * 1024, 0x20);
  await openBackup(page, await writeTemp('huge.dsrs.json', big));
  await expect(page.getByRole('alertdialog', { name: 'This file cannot be opened' })).toContainText('at most 50 MB');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Close' }).first().click();
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
});

test('hostile content is refused, or shown as plain text', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Host SA', title: 'Base' });
  await library.backToLibrary();
  const file = await saveBackupOf(page, 'Base');
  const envelope = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown> & { workshop: Record<string, unknown>; records: Record<string, unknown[]> };

  // 1. A __proto__ key: rejected.
  const withProto = (await readFile(file, 'utf8')).replace('"workshop": {', '"workshop": { "__proto__": { "polluted": true },');
  await openBackup(page, await writeTemp('proto.dsrs.json', withProto));
  await expect(page.getByRole('alertdialog')).toContainText('field name that is not allowed');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Close' }).first().click();
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();

  // 2. A dangling link: rejected.
  const workshopId = envelope.workshop.id as string;
  const dangling = structuredClone(envelope);
  dangling.records.milestones = [{
    id: '7d0f3c1e-5a4b-4c2d-9e8f-0a1b2c3d4e5f', workshopId, initiativeId: '11111111-2222-4333-8444-555555555555',
    title: 'Orphan', date: '2027-01-10', measurableEvent: 'none', done: false,
  }];
  await openBackup(page, await writeTemp('dangling.dsrs.json', JSON.stringify(dangling)));
  await expect(page.getByRole('alertdialog')).toContainText(/link points to an item that is not in the file|value is missing or not allowed/);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Close' }).first().click();
  await expect(library.rows()).toHaveCount(1);

  // 3. Script in the texts: accepted as data and shown literally, never run.
  const scripted = structuredClone(envelope);
  scripted.workshop.title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  scripted.workshop.clientCompany = '<b>Bold?</b>';
  await openBackup(page, await writeTemp('script.dsrs.json', JSON.stringify(scripted)));
  await expect(page.getByText('<b>Bold?</b>').first()).toBeVisible();
  await library.backToLibrary();
  await expect(page.getByText('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(library.rows()).toHaveCount(2);
});
