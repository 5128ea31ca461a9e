import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';

// The roadmap PDF of the example workshop, exported the way a keyboard user would, as a real download.

async function openExample(page: Page): Promise<void> {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await expect(page.getByText('The example workshop was added to your library.')).toBeVisible();
}

/** Moves focus with Tab until `target` has it, as a keyboard user would reach it. */
async function tabTo(page: Page, name: string, maxPresses = 60): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    const focusedName = await page.evaluate(() => {
      const element = document.activeElement;
      return element instanceof HTMLElement ? (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() : '';
    });
    if (focusedName === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}

function pageCountOf(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

test('the example workshop exports its board roadmap PDF by keyboard', async ({ page, consoleErrors }) => {
  await openExample(page);
  await tabTo(page, 'Export PDF…');
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Export the board roadmap PDF' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('English');
  await expect(dialog.getByLabel('Paper size')).toHaveValue('a4');
  for (const section of ['Executive summary', 'Roadmap', 'Scorecard', 'Appendix: where each initiative comes from']) {
    await expect(dialog.getByRole('checkbox', { name: section })).toBeChecked();
  }
  await expectNoSeriousAxeViolations(page, 'export dialog');

  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).focus();
  await page.keyboard.press('Enter');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^arlanza-componentes-industriales-s-a-sales-strategy-reset-2027-roadmap-\d{4}-\d{2}-\d{2}\.pdf$/);

  const file = path.join(await mkdtemp(path.join(tmpdir(), 'dsrs-pdf-')), download.suggestedFilename());
  await download.saveAs(file);
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The same count the Node test pins for the English example on A4.
  expect(pageCountOf(file)).toBe(15);
  await expect(page.getByText('The roadmap PDF (15 pages) was saved to your downloads.')).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test('US Letter and fewer sections give a shorter PDF, and a cancelled export leaves nothing behind', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the board roadmap PDF' });
  await dialog.getByLabel('Paper size').selectOption('letter');
  for (const section of ['Roadmap', 'Key-account relationship posters', 'Appendix: where each initiative comes from']) {
    await dialog.getByRole('checkbox', { name: section }).uncheck();
  }

  // Cancelling mid-export returns to the settings without a download. The font is held back for a
  // moment so the cancel button is certainly pressed while the export is still running.
  await page.route('**/*.ttf', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(dialog.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
  await page.waitForTimeout(2000);
  expect(downloads).toBe(0);

  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloadPromise;
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'dsrs-pdf-')), download.suggestedFilename());
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Executive summary');
  expect(text).not.toContain('Relationship poster');
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  expect(pageCountOf(file)).toBeLessThan(15);
});

test('with every section unticked the export is refused with a reason', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the board roadmap PDF' });
  for (const checkbox of await dialog.getByRole('checkbox').all()) await checkbox.uncheck();
  await expect(dialog.getByText('Choose at least one section.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export PDF' })).toBeDisabled();
});
