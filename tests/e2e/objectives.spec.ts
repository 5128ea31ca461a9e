import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';
import { tabToNamed as tabTo } from './support/keyboard';

async function typeInto(page: Page, label: string | RegExp, text: string): Promise<void> {
  await tabTo(page, label);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

async function openObjectivesPhase(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Current objectives/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Current objectives' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: "This year's objectives" })).toBeVisible();
}

const objectiveCards = (page: Page): Locator => page.getByTestId('current-objective');

test('a new workshop: objectives, budget and scenarios entered by keyboard alone survive a reload', async ({ page, consoleErrors }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Teclado Industrial SA', title: 'Budget by keyboard' });
  await openObjectivesPhase(page);
  await expect(page.getByText('No objectives recorded yet')).toBeVisible();
  await expect(page.getByTestId('simulator-needs-budget')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'objectives screen of a new workshop');

  // An objective: the new card takes the focus on its title.
  await tabTo(page, 'Add objective');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Objective 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Grow net sales to €10 M');
  await typeInto(page, 'Metric', 'Net sales');
  await typeInto(page, 'Unit', '€ M');
  await typeInto(page, 'Baseline', '9.2');
  await typeInto(page, 'Target', '10');
  await typeInto(page, 'Period', 'FY 2027');
  await typeInto(page, 'Owner', 'Lucía Ferrer');

  // A second objective, moved above the first with the keyboard.
  await tabTo(page, 'Add objective');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Objective 2', { exact: true })).toBeFocused();
  await page.keyboard.type('Win five new distributors');
  // The buttons are named after the stored title; wait until the last keystroke is stored.
  await expect(page.getByRole('button', { name: 'Move up: Win five new distributors' })).toBeEnabled();
  await tabTo(page, 'Move up: Win five new distributors');
  await page.keyboard.press('Enter');
  await expect(objectiveCards(page).first().getByLabel('Objective 1', { exact: true })).toHaveValue('Win five new distributors');
  await expect(page.getByRole('button', { name: 'Move down: Win five new distributors' })).toBeFocused();

  // A third one, deleted (nothing links to it, so no question), then brought back with Ctrl+Z and deleted again.
  await tabTo(page, 'Add objective');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Objective 3', { exact: true })).toBeFocused();
  await page.keyboard.type('Temporary');
  await expect(page.getByRole('button', { name: 'Delete: Temporary' })).toBeVisible();
  await tabTo(page, 'Delete: Temporary');
  await page.keyboard.press('Enter');
  await expect(objectiveCards(page)).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(objectiveCards(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Delete: Temporary' }).focus();
  await page.keyboard.press('Enter');
  await expect(objectiveCards(page)).toHaveCount(2);

  // The budget: one line per category, amounts typed with thousands separators.
  await tabTo(page, 'Add sales line');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Sales line 1: description', { exact: true })).toBeFocused();
  await page.keyboard.type('Sales: Iberia');
  await typeInto(page, 'Sales line 1: amount', '1,000,000');
  await tabTo(page, 'Add cost of sales line');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Cost of sales line 1: description')).toBeFocused();
  await page.keyboard.type('Materials');
  await typeInto(page, 'Cost of sales line 1: amount', '600000');
  await tabTo(page, 'Add expense line');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Expense line 1: description')).toBeFocused();
  await page.keyboard.type('Sales staff');
  await typeInto(page, 'Expense line 1: amount', '300,000.50');

  const pnl = page.getByTestId('pnl-summary');
  await expect(pnl.getByTestId('pnl-grossMargin')).toContainText('€400,000.00');
  await expect(pnl.getByTestId('pnl-grossMargin')).toContainText('40%');
  await expect(pnl.getByTestId('pnl-profit')).toContainText('€99,999.50');

  // The simulator: sales 5 % short, expenses 2 % over, by arrow keys.
  await tabTo(page, 'Sales compared with budget');
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowLeft');
  await tabTo(page, 'Expenses compared with budget');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // 950,000 − 570,000 − 306,000.51 (300,000.50 × 1.02, rounded half away from zero)
  const headline = page.getByTestId('simulated-profit');
  await expect(headline).toContainText('€73,999.49');
  await expect(headline).toContainText('-€26,000.01');
  await expect(page.getByTestId('break-even')).toContainText('Profit reaches zero if sales fall');
  await typeInto(page, 'Scenario name', 'Pessimistic');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('scenario-card')).toHaveCount(1);
  await expect(page.getByTestId('scenario-card').getByLabel('Name')).toHaveValue('Pessimistic');
  await expectNoSeriousAxeViolations(page, 'objectives screen filled in by keyboard');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Current objectives' })).toBeVisible();
  await expect(objectiveCards(page)).toHaveCount(2);
  const first = objectiveCards(page).first();
  const second = objectiveCards(page).nth(1);
  await expect(first.getByLabel('Objective 1', { exact: true })).toHaveValue('Win five new distributors');
  await expect(second.getByLabel('Objective 2', { exact: true })).toHaveValue('Grow net sales to €10 M');
  await expect(second.getByLabel('Metric')).toHaveValue('Net sales');
  await expect(second.getByLabel('Unit')).toHaveValue('€ M');
  await expect(second.getByLabel('Baseline')).toHaveValue('9.2');
  await expect(second.getByLabel('Target')).toHaveValue('10');
  await expect(second.getByLabel('Period')).toHaveValue('FY 2027');
  await expect(second.getByLabel('Owner')).toHaveValue('Lucía Ferrer');
  await expect(page.getByLabel('Sales line 1: description', { exact: true })).toHaveValue('Sales: Iberia');
  await expect(page.getByLabel('Sales line 1: amount', { exact: true })).toHaveValue('1,000,000');
  await expect(page.getByLabel('Expense line 1: amount')).toHaveValue('300,000.50');
  await expect(page.getByTestId('pnl-profit')).toContainText('€99,999.50');
  const card = page.getByTestId('scenario-card');
  await expect(card.getByLabel('Name')).toHaveValue('Pessimistic');
  await expect(card.getByLabel('Sales', { exact: true })).toHaveValue('-5');
  await expect(card.getByLabel('Expenses', { exact: true })).toHaveValue('2');
  await expect(card.getByTestId('scenario-profit')).toContainText('€73,999.49');
  const comparison = page.getByTestId('scenario-comparison');
  await expect(comparison.getByRole('columnheader', { name: 'Pessimistic' })).toBeVisible();
  await expect(comparison).toContainText('-€26,000.01');
  expect(consoleErrors).toEqual([]);
});

test('a new workshop can start from the three usual scenarios', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Tres Casos SL', title: 'Scenarios' });
  await openObjectivesPhase(page);
  await tabTo(page, 'Add pessimistic, base and optimistic');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('scenario-card')).toHaveCount(3);
  await expect(page.getByTestId('scenario-card').first().getByLabel('Name')).toHaveValue('Pessimistic');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('scenario-card')).toHaveCount(0);
});

test('the example workshop shows its objectives, budget and scenarios', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
  await openObjectivesPhase(page);

  await expect(objectiveCards(page)).toHaveCount(5);
  await expect(objectiveCards(page).first().getByLabel('Objective 1', { exact: true })).toHaveValue('Grow net sales to €50 M');
  await expect(objectiveCards(page).first()).toContainText('Reformulated in phase 4 as');

  const pnl = page.getByTestId('pnl-summary');
  await expect(pnl.getByTestId('pnl-sales')).toContainText('€50,000,000');
  await expect(pnl.getByTestId('pnl-grossMargin')).toContainText('34%');
  await expect(pnl.getByTestId('pnl-profit')).toContainText('€1,380,000');
  await expect(pnl.getByTestId('pnl-profit')).toContainText('2.8%');
  await expect(page.getByTestId('budget-expenses-total')).toContainText('€15,620,000');

  await expect(page.getByTestId('scenario-card')).toHaveCount(3);
  const comparison = page.getByTestId('scenario-comparison');
  await expect(comparison).toContainText('-€108,600');
  await expect(comparison).toContainText('€2,202,400');
  await expectNoSeriousAxeViolations(page, 'objectives screen of the example workshop');

  // A saved scenario opens in the simulator.
  await page.getByRole('button', { name: /Show “Pessimistic.*” in the simulator/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('slider', { name: 'Sales compared with budget' })).toBeFocused();
  await expect(page.getByRole('slider', { name: 'Sales compared with budget' })).toHaveValue('-6');
  await expect(page.getByRole('slider', { name: 'Expenses compared with budget' })).toHaveValue('3');
  await expect(page.getByTestId('simulated-profit')).toContainText('-€108,600');
  await expect(page.getByTestId('sensitivity-chart').getByRole('listitem')).toHaveCount(11);

  // An objective that a final objective was rewritten from asks before it is deleted.
  await page.getByRole('button', { name: 'Delete: Grow net sales to €50 M' }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('final objective');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(objectiveCards(page)).toHaveCount(5);
});
