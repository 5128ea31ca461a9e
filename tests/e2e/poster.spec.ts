import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { limit = 80, backwards = false } = {}): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`focus never reached ${target.toString()} by Tab`);
}

async function openPoster(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Relationship poster/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relationship poster' })).toBeVisible();
}

function personRow(page: Page, name: string): Locator {
  return page.getByTestId('poster-person-row').filter({ has: page.getByText(name, { exact: true }) });
}

async function storedPosition(page: Page, name: string): Promise<{ x: number; y: number }> {
  const text = (await personRow(page, name).getByTestId('poster-position').innerText()).trim();
  const match = /^(-?[\d,]+), (-?[\d,]+)$/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`unexpected position text ${text}`);
  return { x: Number(match[1].replace(/,/g, '')), y: Number(match[2].replace(/,/g, '')) };
}

function card(page: Page, name: string): Locator {
  return page.locator('.react-flow__node-person').filter({ has: page.getByText(name, { exact: true }) });
}

/** Fills the open "Add person" dialog by keyboard only and submits it with Enter. */
async function addPersonByKeyboard(page: Page, person: { name: string; title: string; ours?: boolean; roleKey?: string; organisation?: string }): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Add person', exact: true }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add a person to the poster' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await page.keyboard.type(person.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(person.title);
  await page.keyboard.press('Tab');
  // The side radio group: the arrow key chooses "Our side".
  if (person.ours) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  if (person.ours) {
    await expect(dialog.getByLabel('Organisation')).toBeFocused();
    if (person.organisation) await page.keyboard.type(person.organisation);
    await page.keyboard.press('Tab');
  }
  await expect(dialog.getByLabel('Role in the purchase')).toBeFocused();
  if (person.roleKey) await page.keyboard.type(person.roleKey);
  await tabTo(page, dialog.getByRole('button', { name: 'Add person' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(personRow(page, person.name)).toBeVisible();
}

test('a poster is built, moved, undone and reloaded by keyboard alone', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Teclas Rodamientos SL', title: 'Keyboard poster' });
  await tabTo(page, page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Relationship poster/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Relationship poster' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No key accounts yet' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'poster without accounts');

  // A key account.
  await tabTo(page, page.getByRole('button', { name: 'Add key account' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New key account' }).getByLabel('Customer name')).toBeFocused();
  await page.keyboard.type('Vortmann Landtechnik');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: /Vortmann Landtechnik/ })).toHaveAttribute('aria-selected', 'true');
  await expectNoSeriousAxeViolations(page, 'empty poster');

  // Three people, one of them on our side with an outside organisation.
  await addPersonByKeyboard(page, { name: 'Henrik Lindqvist', title: 'Chief Operating Officer' });
  await addPersonByKeyboard(page, { name: 'Sabine Krüger', title: 'Head of Purchasing', roleKey: 'Econ' });
  await addPersonByKeyboard(page, { name: 'Stefan Albrecht', title: 'Area Sales Manager', ours: true, organisation: 'Albrecht Consulting' });
  await expect(personRow(page, 'Sabine Krüger')).toContainText('Economic buyer');
  await expect(personRow(page, 'Stefan Albrecht')).toContainText('Our side');
  await expect(page.locator('.react-flow__node-person')).toHaveCount(3);

  // A relation chosen from lists: Stefan knows Sabine, strongly.
  await tabTo(page, page.getByRole('button', { name: 'Add relation', exact: true }), { backwards: true });
  await page.keyboard.press('Enter');
  const relationDialog = page.getByRole('dialog', { name: 'Add a relation' });
  await expect(relationDialog.getByLabel('From')).toBeFocused();
  await page.keyboard.type('Stefan');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Knows');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sabine');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Strong');
  await tabTo(page, relationDialog.getByRole('button', { name: 'Add relation' }));
  await page.keyboard.press('Enter');
  await expect(relationDialog).toBeHidden();
  const relationRow = page.getByTestId('poster-relation-row');
  await expect(relationRow).toHaveCount(1);
  await expect(relationRow).toContainText('Stefan Albrecht');
  await expect(relationRow).toContainText('Knows');
  await expect(relationRow).toContainText('Sabine Krüger');
  await expect(relationRow).toContainText('Strong');

  // The coverage check names the decision maker nobody on our side reaches.
  const coverage = page.getByRole('list', { name: 'Not reached by anyone on our side' });
  await expect(coverage.getByRole('listitem')).toHaveCount(1);
  await expect(coverage).toContainText('Henrik Lindqvist');

  // Select a card with Tab and Enter, move it with the arrow keys (Shift for a bigger step).
  const start = await storedPosition(page, 'Henrik Lindqvist');
  await tabTo(page, card(page, 'Henrik Lindqvist'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Henrik Lindqvist' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  const moved = { x: start.x + 30, y: start.y + 50 };
  await expect.poll(() => storedPosition(page, 'Henrik Lindqvist')).toEqual(moved);

  // The whole run of arrow presses is one undo step, and redo puts it back.
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedPosition(page, 'Henrik Lindqvist')).toEqual(start);
  await page.keyboard.press('Control+y');
  await expect.poll(() => storedPosition(page, 'Henrik Lindqvist')).toEqual(moved);

  // Delete asks first; Cancel keeps the person. Focus never left the card.
  await expect(card(page, 'Henrik Lindqvist')).toBeFocused();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(personRow(page, 'Henrik Lindqvist')).toBeVisible();

  const before = {
    henrik: await storedPosition(page, 'Henrik Lindqvist'),
    sabine: await storedPosition(page, 'Sabine Krüger'),
    stefan: await storedPosition(page, 'Stefan Albrecht'),
  };
  await page.reload();
  await expect(page.getByRole('tab', { name: /Vortmann Landtechnik/ })).toBeVisible();
  await expect(page.locator('.react-flow__node-person')).toHaveCount(3);
  expect({
    henrik: await storedPosition(page, 'Henrik Lindqvist'),
    sabine: await storedPosition(page, 'Sabine Krüger'),
    stefan: await storedPosition(page, 'Stefan Albrecht'),
  }).toEqual(before);
  expect(before.henrik).toEqual(moved);
  await expect(personRow(page, 'Stefan Albrecht')).toContainText('Albrecht Consulting');
  await expect(page.getByTestId('poster-relation-row')).toContainText('Strong');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // After the reload the poster works by keyboard again; axe runs last because it moves focus.
  await tabTo(page, card(page, 'Sabine Krüger'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Sabine Krüger' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'poster with a selected card');
});

test('a poster is built by mouse: drag a card, connect two handles, auto-arrange', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Raton SA', title: 'Mouse poster' });
  await openPoster(page);
  await page.getByRole('button', { name: 'Add key account' }).click();
  await page.getByRole('dialog', { name: 'New key account' }).getByLabel('Customer name').fill('Industrias Cierzo');
  await page.getByRole('button', { name: 'Add account' }).click();

  for (const [name, ours] of [['Fernando Lacasa', false], ['Jorge Salcedo', true]] as const) {
    await page.getByRole('button', { name: 'Add person', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a person to the poster' });
    await dialog.getByLabel('Name').fill(name);
    if (ours) await dialog.getByText('Our side').click();
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(card(page, name)).toBeVisible();
  }

  // Drag a card: one stored position, kept exactly after a reload.
  const start = await storedPosition(page, 'Fernando Lacasa');
  const box = await card(page, 'Fernando Lacasa').boundingBox();
  if (!box) throw new Error('card not drawn');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 90, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => storedPosition(page, 'Fernando Lacasa')).not.toEqual(start);
  const dragged = await storedPosition(page, 'Fernando Lacasa');
  expect(dragged.y).toBeGreaterThan(start.y);
  expect(Number.isInteger(dragged.x) && Number.isInteger(dragged.y)).toBe(true);

  // One drag is one undo step.
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedPosition(page, 'Fernando Lacasa')).toEqual(start);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => storedPosition(page, 'Fernando Lacasa')).toEqual(dragged);

  // Connect a handle of one card to a handle of the other.
  const from = card(page, 'Jorge Salcedo');
  const to = card(page, 'Fernando Lacasa');
  await from.hover();
  const sourceHandle = await from.locator('.react-flow__handle-left').boundingBox();
  const targetHandle = await to.locator('.react-flow__handle-right').boundingBox();
  if (!sourceHandle || !targetHandle) throw new Error('handles not drawn');
  await page.mouse.move(sourceHandle.x + sourceHandle.width / 2, sourceHandle.y + sourceHandle.height / 2);
  await page.mouse.down();
  await page.mouse.move(targetHandle.x + targetHandle.width / 2, targetHandle.y + targetHandle.height / 2, { steps: 15 });
  await page.mouse.up();
  const relationRow = page.getByTestId('poster-relation-row');
  await expect(relationRow).toHaveCount(1);
  await expect(relationRow).toContainText('Jorge Salcedo');
  await expect(relationRow).toContainText('Knows');
  await expect(relationRow).toContainText('Fernando Lacasa');
  // The new relation is selected for editing beside the canvas.
  await expect(page.getByRole('heading', { level: 2, name: 'Relation', exact: true })).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await page.getByText('Strong', { exact: true }).click();
  await expect(relationRow).toContainText('Strong');

  // Click a card to edit it beside the canvas; deleting says what goes with it and can be undone.
  await card(page, 'Jorge Salcedo').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Jorge Salcedo' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete person' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('1 relation will be deleted');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(card(page, 'Jorge Salcedo')).toHaveCount(0);
  await expect(relationRow).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(card(page, 'Jorge Salcedo')).toBeVisible();
  await expect(relationRow).toHaveCount(1);
  await page.locator('.poster-edge-label').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Relation', exact: true })).toBeVisible();

  // Auto-arrange puts the customer left of our side, as one undo step.
  await page.getByRole('button', { name: 'Auto-arrange' }).click();
  await expect.poll(async () => (await storedPosition(page, 'Fernando Lacasa')).x).toBe(0);
  const arranged = { customer: await storedPosition(page, 'Fernando Lacasa'), ours: await storedPosition(page, 'Jorge Salcedo') };
  expect(arranged.ours.x).toBeGreaterThan(arranged.customer.x + 224);
  await page.reload();
  await expect(page.locator('.react-flow__node-person')).toHaveCount(2);
  expect({ customer: await storedPosition(page, 'Fernando Lacasa'), ours: await storedPosition(page, 'Jorge Salcedo') }).toEqual(arranged);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});

test('the example workshop shows full posters with the uncovered decision maker', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
  await openPoster(page);

  await expect(page.getByRole('tab', { name: /Vortmann Landtechnik GmbH/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.react-flow__node-person')).toHaveCount(9);
  await expect(page.locator('.react-flow__edge')).toHaveCount(11);
  const regions = page.locator('.react-flow__node-region');
  await expect(regions.filter({ hasText: 'Customer' })).toContainText('Vortmann Landtechnik GmbH');
  await expect(regions.filter({ hasText: 'Our side' })).toContainText('Arlanza Componentes Industriales');
  await expect(personRow(page, 'Dr. Ulrike Brenner')).toContainText('Brenner & Partner');

  const coverage = page.getByRole('list', { name: 'Not reached by anyone on our side' });
  await expect(coverage.getByRole('listitem')).toHaveCount(1);
  await expect(coverage).toContainText('Dr. Henrik Lindqvist');
  await expect(coverage).toContainText('Decision maker');
  await coverage.getByRole('button', { name: 'Select Dr. Henrik Lindqvist on the poster' }).click();
  await expect(card(page, 'Dr. Henrik Lindqvist')).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Dr. Henrik Lindqvist' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'example poster');

  // The second account: its blocking controller is an influencer nobody on our side reaches.
  await page.getByRole('tab', { name: /Industrias Cierzo/ }).click();
  await expect(page.locator('.react-flow__node-person')).toHaveCount(9);
  await expect(coverage).toContainText('Javier Marín');
  await expect(coverage).not.toContainText('Fernando Lacasa');
});
