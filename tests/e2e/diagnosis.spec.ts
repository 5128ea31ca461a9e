import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';
import { focusedName, tabToNamed as tabTo } from './support/keyboard';

async function openDiagnosis(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Diagnosis/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnosis' })).toBeFocused();
  await expect(page.getByRole('tab', { name: /Findings/ })).toBeVisible();
}

/** Moves to another part of the diagnosis the way the tabs pattern works: back to the tab list, then arrows. */
async function switchTab(page: Page, name: RegExp): Promise<void> {
  await tabTo(page, /^(Findings|Lost deals|Expense review)\s*\d+$/, { backwards: true, limit: 200 });
  for (let presses = 0; presses < 3; presses += 1) {
    if (name.test(await focusedName(page))) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const dealRows = (page: Page): Locator => page.getByTestId('lost-deal-row');
const customerCells = (page: Page): Locator => dealRows(page).getByRole('textbox', { name: /^Customer, row/ });
const customerNames = (page: Page): Promise<string[]> => customerCells(page).evaluateAll((cells) => cells.map((cell) => (cell as HTMLTextAreaElement).value));

const IMPORT_TEXT = [
  'Cliente;País;Producto;Competidor;Motivo;Importe (€);Fecha',
  'Kessler Baumaschinen AG;Alemania;Rodamientos;Zhenwei;Precio;260.000,00;02/09/2025',
  'Bad Date SA;España;Racores;Fluidex;Plazo;1.000;2026-02-30',
  ';Francia;Retenes;Hallberg;Precio;5.000;2026-01-10',
  'Negative GmbH;Alemania;Retenes;Hallberg;Precio;-500;2026-01-10',
  '"Grúas Montalbán; S.A.";España;Racores;Fluidex;"Oferta tardía";115.000;13/01/2026',
].join('\n');

test('a new workshop: findings, lost deals and expenses entered by keyboard alone survive a reload', async ({ page, consoleErrors }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Teclado Industrial SA', title: 'Diagnosis by keyboard' });
  await openDiagnosis(page);
  await expect(page.getByRole('heading', { name: 'No findings yet' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'diagnosis of a new workshop');

  // A finding: type, impact, texts and two linked questions.
  await tabTo(page, 'Add finding');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.type('Zhenwei undercuts us on standard bearings');
  await tabTo(page, 'Type');
  await page.keyboard.type('Competitor');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: '3' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '5' })).toBeChecked();
  await tabTo(page, 'Description');
  await page.keyboard.type('Offers 12–18 % below ours.');
  await tabTo(page, 'Evidence');
  await page.keyboard.type('Two offers shown by customers.');
  await tabTo(page, 'Link questions');
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Questions that revealed this finding' });
  await expect(picker).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await tabTo(page, 'Done');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByTestId('finding-card').getByRole('listitem')).toHaveCount(2);
  await expectNoSeriousAxeViolations(page, 'finding being edited');

  // A lost deal typed row by row.
  await switchTab(page, /Lost deals/);
  await tabTo(page, 'Add lost deal');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Customer, row 1' })).toBeFocused();
  await page.keyboard.type('Vortmann Landtechnik GmbH');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Germany');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Tapered roller bearings');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Zhenwei Precision');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Price');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Value (EUR), row 1' })).toBeFocused();
  await page.keyboard.type('2100000');
  await expect(page.getByTestId('lost-deal-summary')).toContainText('€2.1m');

  // Then an import: checked first, cancelled (nothing changes), then confirmed (only the valid rows).
  await tabTo(page, 'Import from spreadsheet', { backwards: true });
  await page.keyboard.press('Enter');
  let importDialog = page.getByRole('dialog', { name: 'Import lost deals' });
  await expect(importDialog.getByRole('textbox', { name: 'Rows to import' })).toBeFocused();
  await page.keyboard.insertText(IMPORT_TEXT);
  await tabTo(page, 'Check rows');
  await page.keyboard.press('Enter');
  await expect(importDialog.getByRole('heading', { name: '2 rows are ready to import' })).toBeVisible();
  await expect(importDialog.getByTestId('import-problems').getByRole('listitem')).toHaveText([
    'Line 3 (Bad Date SA): Date “2026-02-30” is not a real date (use YYYY-MM-DD or DD/MM/YYYY)',
    'Line 4: Customer is empty',
    'Line 5 (Negative GmbH): Value “-500” is negative',
  ]);
  await expectNoSeriousAxeViolations(page, 'import review');
  await tabTo(page, 'Cancel');
  await page.keyboard.press('Enter');
  await expect(importDialog).toBeHidden();
  await expect(dealRows(page)).toHaveCount(1);

  await expect(page.getByRole('button', { name: 'Import from spreadsheet' })).toBeFocused();
  await page.keyboard.press('Enter');
  importDialog = page.getByRole('dialog', { name: 'Import lost deals' });
  await page.keyboard.insertText(IMPORT_TEXT);
  await tabTo(page, 'Check rows');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Import 2 rows');
  await page.keyboard.press('Enter');
  await expect(importDialog).toBeHidden();
  await expect(dealRows(page)).toHaveCount(3);
  // New rows come first, newest first among themselves; the row typed before them stays put.
  await expect.poll(() => customerNames(page)).toEqual(['Grúas Montalbán; S.A.', 'Kessler Baumaschinen AG', 'Vortmann Landtechnik GmbH']);

  // The whole import is one undo step.
  await expect(page.getByRole('button', { name: 'Import from spreadsheet' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(dealRows(page)).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(dealRows(page)).toHaveCount(3);
  await expect(page.getByRole('figure').filter({ hasText: 'By competitor' })).toContainText('Zhenwei Precision');
  await expectNoSeriousAxeViolations(page, 'lost deals of a new workshop');

  // An expense line reviewed: amount, necessity, customer benefit, decision.
  await switchTab(page, /Expense review/);
  await tabTo(page, 'Add expense line');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Expense line, line 1' })).toBeFocused();
  await page.keyboard.type('Trade fairs');
  await page.keyboard.press('Tab');
  await page.keyboard.type('780000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Partly');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Engineers see our seals; few leads.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Rework');
  await expect(page.getByTestId('savings-summary')).toContainText('€390,000.00');
  await expect(page.getByTestId('savings-summary')).toContainText('a line to rework saves 50% of it');
  await expectNoSeriousAxeViolations(page, 'expense review of a new workshop');

  // Everything is still there after a reload, and the screen comes back on the same part.
  await page.reload();
  await expect(page.getByRole('tab', { name: /Expense review/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Expense line, line 1' })).toHaveValue('Trade fairs');
  await expect(page.getByRole('textbox', { name: 'Amount (EUR), Trade fairs' })).toHaveValue('780000');
  await expect(page.getByRole('combobox', { name: 'Necessary?, Trade fairs' })).toHaveValue('partly');
  await expect(page.getByRole('combobox', { name: 'Decision, Trade fairs' })).toHaveValue('rework');
  await expect(page.getByRole('textbox', { name: 'What the customer gets from it, Trade fairs' })).toHaveValue('Engineers see our seals; few leads.');

  await page.getByRole('tab', { name: /Expense review/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: /Lost deals/ })).toHaveAttribute('aria-selected', 'true');
  await expect(dealRows(page)).toHaveCount(3);
  // After a reload the log is sorted afresh, newest first: today's deal, then the two imported ones.
  await expect.poll(() => customerNames(page)).toEqual(['Vortmann Landtechnik GmbH', 'Grúas Montalbán; S.A.', 'Kessler Baumaschinen AG']);
  const vortmann = dealRows(page).nth(0);
  await expect(vortmann.getByLabel(/^Market/)).toHaveValue('Germany');
  await expect(vortmann.getByLabel(/^Product/)).toHaveValue('Tapered roller bearings');
  await expect(vortmann.getByLabel(/^Competitor/)).toHaveValue('Zhenwei Precision');
  await expect(vortmann.getByLabel(/^Reason/)).toHaveValue('Price');
  await expect(vortmann.getByRole('textbox', { name: /^Value/ })).toHaveValue('2100000');
  await expect(vortmann.getByLabel(/^Date/)).toHaveValue(todayIso());
  const kessler = dealRows(page).nth(2);
  await expect(kessler.getByLabel(/^Date/)).toHaveValue('2025-09-02');
  await expect(kessler.getByRole('textbox', { name: /^Value/ })).toHaveValue('260000');
  await expect(kessler.getByLabel(/^Reason/)).toHaveValue('Precio');

  await page.getByRole('tab', { name: /Lost deals/ }).focus();
  await page.keyboard.press('ArrowLeft');
  const card = page.getByTestId('finding-card');
  await expect(card.getByRole('heading', { name: 'Zhenwei undercuts us on standard bearings' })).toBeVisible();
  await expect(card).toContainText('Competitor');
  await expect(card).toContainText('Impact 5/5');
  await expect(card).toContainText('Offers 12–18 % below ours.');
  await expect(card).toContainText('Two offers shown by customers.');
  await expect(card.getByRole('listitem')).toHaveCount(2);
  expect(consoleErrors).toEqual([]);
});

test('an import never stores part of a paste: bad rows are listed, cancel keeps the log, confirm adds exactly the valid rows', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Importadora SA', title: 'Import rules' });
  await openDiagnosis(page);
  await page.getByRole('tab', { name: /Lost deals/ }).click();
  await page.getByRole('button', { name: 'Import from spreadsheet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import lost deals' });

  // A huge paste is refused before it is parsed or even shown.
  await dialog.getByRole('textbox', { name: 'Rows to import' }).evaluate((textarea) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Customer,Value,Date\n' + 'Acme,1,2026-01-01\n'.repeat(100_000));
    textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(dialog.getByRole('alert')).toContainText('at most 5,000 rows can be imported at once');
  await expect(dialog.getByRole('textbox', { name: 'Rows to import' })).toHaveValue('');

  // A text with no usable header is refused as a whole.
  await dialog.getByRole('textbox', { name: 'Rows to import' }).fill('Alpha,Beta\n1,2');
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The first row names no known column');

  await dialog.getByRole('textbox', { name: 'Rows to import' }).fill(IMPORT_TEXT);
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await expect(dialog.getByTestId('import-problems').getByRole('listitem')).toHaveCount(3);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: 'No lost deals recorded' })).toBeVisible();

  await page.getByRole('button', { name: 'Import from spreadsheet' }).click();
  await dialog.getByRole('textbox', { name: 'Rows to import' }).fill(IMPORT_TEXT);
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(dealRows(page)).toHaveCount(2);
  await expect.poll(() => customerNames(page)).toEqual(['Grúas Montalbán; S.A.', 'Kessler Baumaschinen AG']);
  await expect(page.getByText('Imported 2 lost deals.')).toBeVisible();
});

test('the example workshop shows its diagnosis: findings traced both ways, the lost-deal breakdowns and the savings', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
  await openDiagnosis(page);

  const cards = page.getByTestId('finding-card');
  await expect(cards).toHaveCount(10);
  const tenders = cards.filter({ hasText: 'Two large OEM tenders lost on price' });
  await expect(tenders).toContainText('Impact 5/5');
  await expect(tenders).toContainText('Do we know which competitor won each piece of business we lost?');
  await expect(tenders).toContainText('Behind final objectives');
  await expectNoSeriousAxeViolations(page, 'findings of the example');

  // Filter and sort: only the impact-5 findings, then by type.
  await page.getByLabel('Impact', { exact: true }).selectOption('5');
  await expect(cards).toHaveCount(2);
  await page.getByLabel('Type', { exact: true }).selectOption('process');
  await expect(page.getByText('No finding matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all findings' }).click();
  await expect(cards).toHaveCount(10);
  await page.getByLabel('Sort by').selectOption('impact');
  await expect(cards.last()).toContainText('Impact 2/5');

  // Deleting a finding a final objective builds on asks first; cancelling keeps it.
  await tenders.getByRole('button', { name: /^Delete/ }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText(/\d+ final objectives? will lose a link to it\./);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(cards).toHaveCount(10);

  // Editing shows the linked questions in the picker.
  await tenders.getByRole('button', { name: /^Edit finding/ }).click();
  await tenders.getByRole('button', { name: 'Link questions' }).click();
  const picker = page.getByRole('dialog', { name: 'Questions that revealed this finding' });
  await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expectNoSeriousAxeViolations(page, 'question picker of the example');
  await picker.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('tab', { name: /Lost deals/ }).click();
  await expect(dealRows(page)).toHaveCount(25);
  await expect(page.getByTestId('lost-deal-summary')).toContainText('€6.7m');
  const byCompetitor = page.getByRole('figure').filter({ hasText: 'By competitor' });
  await expect(byCompetitor.getByRole('listitem').first()).toContainText('Zhenwei Precision');
  await expect(byCompetitor.getByRole('listitem').first()).toContainText('€5.2m');
  await page.getByText('Number of deals').click();
  await expect(byCompetitor.getByRole('listitem').first()).toContainText('16 deals');
  await expectNoSeriousAxeViolations(page, 'lost deals of the example');

  await page.getByRole('tab', { name: /Expense review/ }).click();
  await expect(page.getByTestId('expense-row')).toHaveCount(11);
  await expect(page.getByTestId('savings-summary')).toContainText('€1,486,500.00');
  await expect(page.getByTestId('savings-summary')).toContainText('1 line still undecided');
  await expectNoSeriousAxeViolations(page, 'expense review of the example');
});
