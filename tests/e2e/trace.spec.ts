import type { Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';

/** Presses Tab until the focused element carries this accessible label or text, as a keyboard user would. */
async function tabTo(page: Page, name: string, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`focus never reached “${name}” by Tab`);
}

async function openExample(page: Page): Promise<void> {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
}

async function openPhase(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a finding traces back to its questions and forward to the KPIs built on it; a KPI link opens it in the scorecard', async ({ page, consoleErrors }) => {
  await openExample(page);
  await openPhase(page, 'Diagnosis');
  const finding = page.getByTestId('finding-card').filter({ hasText: 'Two large OEM tenders lost on price' });
  await finding.getByRole('button', { name: 'Trace “Two large OEM tenders lost on price”' }).focus();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Trace: Two large OEM tenders lost on price' });
  const cameFrom = dialog.getByTestId('trace-cameFrom');
  const ledTo = dialog.getByTestId('trace-ledTo');
  await expect(cameFrom).toContainText('Diagnostic questions (phase 1)');
  await expect(cameFrom).toContainText('Do we know which competitor won each piece of business we lost?');
  await expect(ledTo).toContainText('Final objectives (phase 4)');
  await expect(ledTo).toContainText('Net sales of €51.5 M in 2027, built account by account');
  await expect(ledTo).toContainText('Initiatives (phase 6)');
  await expect(ledTo).toContainText('KPIs (phase 8)');
  await expect(ledTo.getByRole('link', { name: 'Net sales, rolling 12 months' }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'trace of a finding');

  // Long steps show their first records and open the rest on request.
  const showAll = ledTo.getByRole('button', { name: /^Show all/ }).first();
  if (await showAll.isVisible()) {
    const before = await ledTo.getByRole('link').count();
    await showAll.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => ledTo.getByRole('link').count()).toBeGreaterThan(before);
    // The button is gone: the focus went on to the first record it revealed, not to the page.
    await expect(ledTo.locator('a:focus')).toHaveCount(1);
  }

  // Follow the KPI by keyboard: the measurement phase opens on its scorecard tile.
  await dialog.getByRole('button', { name: 'Close' }).focus();
  await tabTo(page, 'Net sales, rolling 12 months');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Measurement' })).toBeVisible();
  await expect(page).toHaveURL(/\/measurement\//);
  const netSales = page.getByTestId('scorecard-tile').filter({ has: page.getByRole('heading', { level: 3, name: 'Net sales, rolling 12 months' }) });
  await expect(netSales).toBeFocused();

  // Back returns to the diagnosis, where the trace was opened.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnosis' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a final objective traces both ways, and its finding opens in the diagnosis', async ({ page, consoleErrors }) => {
  await openExample(page);
  await openPhase(page, 'Reformulated objectives');
  const card = page.getByTestId('final-objective').filter({ has: page.getByRole('heading', { level: 3, name: 'Gross margin back to 33 % through pricing discipline' }) });
  await card.getByRole('button', { name: 'Trace “Gross margin back to 33 % through pricing discipline”' }).focus();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Trace: Gross margin back to 33 % through pricing discipline' });
  await expect(dialog.getByText('This final objective')).toBeVisible();
  await expect(dialog.getByTestId('trace-cameFrom')).toContainText('Zhenwei wins on price in standard bearings');
  await expect(dialog.getByTestId('trace-ledTo')).toContainText('Ideas (phase 5)');
  await expect(dialog.getByTestId('trace-ledTo')).toContainText('Price corridors and discount rules');
  await expect(dialog.getByTestId('trace-ledTo')).toContainText('Milestones (phase 6)');
  await expect(dialog.getByTestId('trace-ledTo')).toContainText('Gross margin');
  await expect(dialog.getByTestId('trace-ledTo')).toContainText('6 values, latest Nov 2026: 31.6%');
  await expectNoSeriousAxeViolations(page, 'trace of a final objective');

  await tabTo(page, 'Zhenwei wins on price in standard bearings');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnosis' })).toBeVisible();
  await expect(page).toHaveURL(/\/diagnosis\//);
  await expect(page.getByTestId('finding-card').filter({ hasText: 'Zhenwei wins on price in standard bearings' })).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test('a record that nothing links to says so in both directions', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Traza Cero SL', title: 'Nothing linked yet' });
  await openPhase(page, 'Measurement');
  await page.getByRole('button', { name: 'Add KPI' }).first().click();
  await page.getByTestId('kpi-card').getByLabel('KPI name').fill('Visits made');
  await page.getByRole('button', { name: 'Trace “Visits made”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trace: Visits made' });
  await expect(dialog.getByText('Nothing earlier in the chain is linked to it yet.')).toBeVisible();
  await expect(dialog.getByText('Nothing later in the chain builds on it yet.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'empty trace');
});
