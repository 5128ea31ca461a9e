import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';
import { aTab, labelled, radioIn, tabToControl as tabTo } from './support/keyboard';
import { workshopIdOf } from './support/workshopUrl';

/** The scorecard's periods run up to "today": the tests fix it, so the grid's columns are known. */
const TODAY = new Date('2026-11-20T10:00:00');

/** Phase 4 is another screen: its final objectives are put in place through the data layer. */
async function seedObjectives(page: Page, workshopId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const hooks = window.__dsrsTest?.bench;
    if (!hooks) throw new Error('test hooks missing');
    const objective = (title: string, order: number) => ({
      id: crypto.randomUUID(), workshopId: id, title, originalObjectiveId: null, originalText: '', metric: '', baseline: null, target: null, unit: '', deadline: null, owner: '',
      checks: { realistic: { ok: null, rationale: '' }, achievable: { ok: null, rationale: '' }, ownedByOrganisation: { ok: null, rationale: '' } },
      findingIds: [], reservePlan: { targetCustomer: '', replacementCustomer: '', trigger: '' }, order,
    });
    await hooks.addRecords('finalObjectives', [objective('Win 30 % of tenders', 0), objective('Answer every quote within a day', 1)]);
  }, workshopId);
}

/** Moves along the tab list with the arrow keys until the named tab is open. */
async function openTab(page: Page, name: string): Promise<void> {
  const onTab = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
  if (!onTab) await tabTo(page, aTab, { backwards: true });
  for (let i = 0; i < 3; i += 1) {
    if ((await page.getByRole('tab', { name: new RegExp(`^${name}`) }).getAttribute('aria-selected')) === 'true') return;
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-selected', 'true');
}

function tile(page: Page, name: string): Locator {
  return page.getByTestId('scorecard-tile').filter({ has: page.getByRole('heading', { level: 3, name }) });
}

async function typeCell(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

test('phase 8 by keyboard: KPIs, values in the grid, a checked paste and the scorecard, all there after a reload', async ({ page, consoleErrors }) => {
  await page.clock.setFixedTime(TODAY);
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Medidas del Norte SA', title: 'Scorecard by keyboard' });
  await seedObjectives(page, await workshopIdOf(page));

  await tabTo(page, (control) => control.tag === 'a' && control.name.includes('Measurement'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Measurement' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No KPIs yet' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'phase 8, new workshop, empty');

  // The first KPI: higher is better, monthly (the defaults), linked to the first objective.
  await tabTo(page, labelled('Add KPI'));
  await page.keyboard.press('Enter');
  const first = page.getByTestId('kpi-card').first();
  await expect(first.getByLabel('KPI name')).toBeFocused();
  await page.keyboard.type('Tender win rate');
  await tabTo(page, labelled('Unit'));
  await page.keyboard.type('%');
  await tabTo(page, labelled('Target'));
  await typeCell(page, '30');
  await page.keyboard.press('Tab');
  await typeCell(page, '25');
  await page.keyboard.press('Tab');
  await typeCell(page, '20');
  await tabTo(page, labelled('Final objective it measures'));
  await page.keyboard.press('ArrowDown');
  await expect(first.getByLabel('Final objective it measures').locator('option:checked')).toHaveText('Win 30 % of tenders');
  await expect(first.getByText('25% or more')).toBeVisible();
  await expect(first.getByText('from 20% to under 25%')).toBeVisible();

  // The second KPI: lower is better.
  await tabTo(page, labelled('Add KPI'), { backwards: true });
  await page.keyboard.press('Enter');
  const second = page.getByTestId('kpi-card').nth(1);
  await expect(second.getByLabel('KPI name')).toBeFocused();
  await page.keyboard.type('Quote turnaround');
  await tabTo(page, labelled('Unit'));
  await page.keyboard.type('days');
  await tabTo(page, radioIn('Which way is better?'));
  await page.keyboard.press('ArrowRight');
  await expect(second.getByRole('radio', { name: 'Lower is better' })).toBeChecked();
  await tabTo(page, labelled('Target'));
  await typeCell(page, '1');
  await page.keyboard.press('Tab');
  await typeCell(page, '2.5');
  await page.keyboard.press('Tab');
  await typeCell(page, '4');
  await expect(second.getByText('2.5 days or less')).toBeVisible();
  await expect(second.getByText('over 4 days')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'phase 8, KPIs defined');

  // Values typed into the grid: along a row with Tab, down a column with Enter and the arrows.
  await openTab(page, 'Values per period');
  await tabTo(page, labelled('Tender win rate, Sept 2026'));
  await page.keyboard.type('22');
  await page.keyboard.press('Tab');
  await page.keyboard.type('23');
  await page.keyboard.press('Tab');
  await page.keyboard.type('24');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Quote turnaround, Nov 2026')).toBeFocused();
  await page.keyboard.type('4.6');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('4.4');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('4.3');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Quote turnaround, Sept 2026')).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Values per period/ })).toHaveText(/period\s*6$/);

  // A pasted block with a bad row: the row is reported and nothing is stored until confirmed.
  const pasted = '2026-06;21\n2026-07;20\n2026-13;18\n2026-08;19';
  const dialog = page.getByRole('dialog', { name: 'Paste values from a spreadsheet' });
  await tabTo(page, labelled('Paste from a spreadsheet…'), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Whose values are these?')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByLabel('Whose values are these?').locator('option:checked')).toHaveText('Only “Tender win rate” (Monthly): period and value');
  await page.keyboard.press('Tab');
  await page.keyboard.type(pasted);
  await tabTo(page, labelled('Check rows'));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: '3 values ready to import' })).toBeFocused();
  await expect(dialog.getByTestId('paste-problems').getByRole('listitem')).toHaveCount(1);
  await expect(dialog.getByTestId('paste-problems')).toContainText('Line 3 (2026-13): “2026-13” is not a period');
  await expectNoSeriousAxeViolations(page, 'phase 8, paste review');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Tender win rate, Aug 2026')).toHaveValue('');
  await expect(page.getByLabel('Tender win rate, Jun 2026')).toHaveValue('');
  await expect(page.getByRole('tab', { name: /^Values per period/ })).toHaveText(/period\s*6$/);

  // Closing the dialog gave the focus back to the button that opened it.
  await expect(page.getByRole('button', { name: 'Paste from a spreadsheet…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type(pasted);
  await tabTo(page, labelled('Check rows'));
  await page.keyboard.press('Enter');
  await tabTo(page, labelled('Import 3 values'));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 3 values.')).toBeVisible();
  await expect(page.getByLabel('Tender win rate, Jun 2026')).toHaveValue('21');
  await expect(page.getByLabel('Tender win rate, Aug 2026')).toHaveValue('19');
  await expectNoSeriousAxeViolations(page, 'phase 8, values grid');

  // Clearing a cell removes its value; the app's undo (Ctrl+Z outside a text field) brings it back.
  await tabTo(page, labelled('Tender win rate, Jun 2026'));
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('tab', { name: /^Values per period/ })).toHaveText(/period\s*8$/);
  await openTab(page, 'Values per period');
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Tender win rate, Jun 2026')).toHaveValue('21');
  await expect(page.getByRole('tab', { name: /^Values per period/ })).toHaveText(/period\s*9$/);

  // The scorecard: each light in words, as the thresholds say.
  await openTab(page, 'Scorecard');
  await expect(tile(page, 'Tender win rate')).toContainText('Amber');
  await expect(tile(page, 'Tender win rate').getByTestId('latest-value')).toHaveText('24%');
  await expect(tile(page, 'Quote turnaround')).toContainText('Red');
  await expect(tile(page, 'Quote turnaround')).toContainText('Rising');
  await expect(tile(page, 'Quote turnaround')).toContainText('getting worse');
  await expectNoSeriousAxeViolations(page, 'phase 8, scorecard');

  // 26 is above the amber threshold of 25: the light turns green.
  await openTab(page, 'Values per period');
  await tabTo(page, labelled('Tender win rate, Nov 2026'));
  await typeCell(page, '26');
  await openTab(page, 'Scorecard');
  await expect(tile(page, 'Tender win rate')).toContainText('Green');
  await expect(tile(page, 'Tender win rate')).not.toContainText('Amber');
  await expect(page.getByTestId('light-summary')).toContainText('1Red');
  await expect(page.getByTestId('light-summary')).toContainText('1Green');

  // The KPI traces back to its objective, on a new workshop too.
  await tabTo(page, labelled('Trace “Tender win rate”'));
  await page.keyboard.press('Enter');
  const trace = page.getByRole('dialog', { name: 'Trace: Tender win rate' });
  await expect(trace.getByTestId('trace-cameFrom')).toContainText('Win 30 % of tenders');
  await expect(trace.getByTestId('trace-ledTo')).toContainText('6 values, latest Nov 2026: 26%');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Measurement' })).toBeVisible();
  await expect(tile(page, 'Tender win rate')).toContainText('Green');
  await expect(tile(page, 'Quote turnaround')).toContainText('Red');
  await page.getByRole('tab', { name: /^Values per period/ }).click();
  const expectedValues: readonly (readonly [string, string])[] = [['Tender win rate, Jun 2026', '21'], ['Tender win rate, Jul 2026', '20'], ['Tender win rate, Nov 2026', '26'], ['Quote turnaround, Sept 2026', '4.3'], ['Quote turnaround, Nov 2026', '4.6']];
  for (const [label, value] of expectedValues) {
    await expect(page.getByLabel(label)).toHaveValue(value);
  }
  await page.getByRole('tab', { name: /^KPIs/ }).click();
  const reloaded = page.getByTestId('kpi-card');
  await expect(reloaded).toHaveCount(2);
  await expect(reloaded.first().getByLabel('KPI name')).toHaveValue('Tender win rate');
  await expect(reloaded.first().getByLabel('Amber from')).toHaveValue('25');
  await expect(reloaded.first().getByLabel('Final objective it measures').locator('option:checked')).toHaveText('Win 30 % of tenders');
  await expect(reloaded.nth(1).getByRole('radio', { name: 'Lower is better' })).toBeChecked();
  await expect(reloaded.nth(1).getByLabel('Amber from')).toHaveValue('2.5');
  expect(consoleErrors).toEqual([]);
});

test('the example workshop shows its scorecard, values and KPIs; a KPI traces back by keyboard to its objective', async ({ page, consoleErrors }) => {
  await page.clock.setFixedTime(TODAY);
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Measurement/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Measurement' })).toBeVisible();

  await expect(page.getByTestId('scorecard-tile')).toHaveCount(6);
  const margin = tile(page, 'Gross margin');
  await expect(margin).toContainText('Green');
  await expect(margin.getByTestId('latest-value')).toHaveText('31.6%');
  await expect(margin).toContainText('target 33%');
  await expect(tile(page, 'Average quote turnaround')).toContainText('Red');
  await expect(tile(page, 'Average quote turnaround').getByTestId('latest-value')).toHaveText('4.6 days');
  await expect(tile(page, 'Net sales, rolling 12 months')).toContainText('Amber');
  await expect(tile(page, 'Net sales, rolling 12 months')).toContainText('Flat');
  await expect(tile(page, 'Tender win rate, rolling 6 months')).toContainText('getting better');
  await expect(page.getByTestId('light-summary')).toContainText('1Red');
  await expect(page.getByTestId('light-summary')).toContainText('4Amber');
  await expect(page.getByTestId('light-summary')).toContainText('1Green');
  await expectNoSeriousAxeViolations(page, 'phase 8, example scorecard');

  await page.getByRole('tab', { name: /^Values per period/ }).click();
  await expect(page.getByLabel('Gross margin, Jun 2026')).toHaveValue('30.9');
  await expect(page.getByLabel('Gross margin, Nov 2026')).toHaveValue('31.6');
  await expect(page.getByLabel('Average quote turnaround, Nov 2026')).toHaveValue('4.6');
  await expect(page.getByTestId('grid-month').getByRole('row')).toHaveCount(7);
  await expectNoSeriousAxeViolations(page, 'phase 8, example values');
  await page.getByRole('button', { name: 'Notes on the values of “Planned key-account visits made”' }).click();
  await expect(page.getByRole('dialog', { name: 'Notes on “Planned key-account visits made”' }).getByLabel('Note for Aug 2026')).toHaveValue('Summer holidays.');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: /^KPIs/ }).click();
  await expect(page.getByTestId('kpi-card')).toHaveCount(6);
  const turnaround = page.getByTestId('kpi-card').nth(5);
  await expect(turnaround.getByLabel('KPI name')).toHaveValue('Average quote turnaround');
  await expect(turnaround.getByRole('radio', { name: 'Lower is better' })).toBeChecked();
  await expect(turnaround.getByText('over 4 days')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'phase 8, example KPIs');

  // Deleting a KPI deletes its values: the app asks first and says so.
  await turnaround.getByRole('button', { name: 'Delete: KPI “Average quote turnaround”' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('6 measurements will be deleted.');
  await page.keyboard.press('Escape');

  // The trace of a KPI, opened and followed by keyboard.
  await page.getByRole('tab', { name: /^Scorecard/ }).click();
  await page.getByRole('tab', { name: /^Scorecard/ }).focus();
  await tabTo(page, labelled('Trace “Gross margin”'));
  await page.keyboard.press('Enter');
  const trace = page.getByRole('dialog', { name: 'Trace: Gross margin' });
  await expect(trace.getByTestId('trace-cameFrom')).toContainText('Gross margin back to 33 % through pricing discipline');
  await expect(trace.getByTestId('trace-cameFrom')).toContainText('Price corridors and discount rules');
  await expect(trace.getByTestId('trace-cameFrom')).toContainText('Findings (phase 3)');
  await expect(trace.getByTestId('trace-ledTo')).toContainText('6 values, latest Nov 2026: 31.6%');
  await expectNoSeriousAxeViolations(page, 'phase 8, trace of a KPI');
  await tabTo(page, labelled('Gross margin back to 33 % through pricing discipline'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Reformulated objectives' })).toBeVisible();
  await expect(page).toHaveURL(/\/reformulation/);
  const objective = page.getByTestId('final-objective').filter({ has: page.getByRole('heading', { level: 3, name: 'Gross margin back to 33 % through pricing discipline' }) });
  await expect(objective.getByLabel('Objective', { exact: true })).toBeFocused();
  expect(consoleErrors).toEqual([]);
});
