import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';
import { labelled, tabToControl as tabTo, type FocusedControl } from './support/keyboard';
import { workshopIdOf } from './support/workshopUrl';

const aBar = (control: FocusedControl) => control.testId === 'roadmap-bar';

/** Plan dates as the bars carry them, moved by whole days in UTC like the app does. */
function plusDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Phases 4 and 5 are other screens: the final objective and the ideas the group chose are put in
 * place through the data layer the app exposes to tests, so this test only does what phase 6 asks.
 */
async function seedChosenIdeas(page: Page, workshopId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const hooks = window.__dsrsTest?.bench;
    if (!hooks) throw new Error('test hooks missing');
    const objectiveId = crypto.randomUUID();
    const checks = { realistic: { ok: null, rationale: '' }, achievable: { ok: null, rationale: '' }, ownedByOrganisation: { ok: null, rationale: '' } };
    await hooks.addRecords('finalObjectives', [
      { id: objectiveId, workshopId: id, title: 'Win 30 % of tenders', originalObjectiveId: null, originalText: '', metric: 'Win rate', baseline: 22, target: 30, unit: '%', deadline: null, owner: '', checks, findingIds: [], reservePlan: { targetCustomer: '', replacementCustomer: '', trigger: '' }, order: 0 },
    ]);
    const clusterId = crypto.randomUUID();
    await hooks.addRecords('clusters', [{ id: clusterId, workshopId: id, name: 'CRM and data', x: 0, y: 0, width: 600, height: 340, colour: '#dcfce7' }]);
    const idea = (text: string, selected: boolean, order: number, withCluster: boolean) => ({
      id: crypto.randomUUID(), workshopId: id, text, author: '', participantId: null, colour: '#fde68a', category: withCluster ? '' : 'Pricing', place: withCluster ? ('canvas' as const) : ('inbox' as const),
      x: 40, y: 40, impact: 4, effort: 2, clusterId: withCluster ? clusterId : null, objectiveIds: [objectiveId], selected, order,
    });
    await hooks.addRecords('ideas', [
      idea('Clean up the CRM and give every salesperson a tablet', true, 0, true),
      idea('A price corridor per segment', true, 1, false),
      idea('Bundle seals into kits', false, 2, false),
    ]);
  }, workshopId);
}

async function barDates(bar: Locator): Promise<{ start: string; end: string }> {
  return { start: (await bar.getAttribute('data-start')) ?? '', end: (await bar.getAttribute('data-end')) ?? '' };
}

test('phase 6 by keyboard alone: chosen ideas become a roadmap, bars move and stretch, a broken dependency is flagged, a milestone and the communication plan are added, and a reload finds it all', async ({ page, consoleErrors }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Teclado Industrial SA', title: 'Roadmap by keyboard' });
  await seedChosenIdeas(page, await workshopIdOf(page));

  await tabTo(page, (control) => control.tag === 'a' && control.name.includes('Strategy and roadmap'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy and roadmap' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No initiatives yet' })).toBeVisible();
  await expect(page.getByText('2 ideas chosen in phase 5 are waiting to become initiatives.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'phase 6, new workshop, empty');

  // From the chosen ideas to initiatives in one step.
  await tabTo(page, labelled('Create initiatives from 2 chosen ideas…'));
  await page.keyboard.press('Enter');
  const fromIdeas = page.getByRole('dialog', { name: 'Initiatives from the chosen ideas' });
  await expect(fromIdeas.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(fromIdeas.getByText('Bundle seals into kits')).toHaveCount(0);
  await expect(fromIdeas.getByRole('button', { name: 'Create 2 initiatives' })).toBeFocused();
  await expectNoSeriousAxeViolations(page, 'phase 6, initiatives from ideas');
  await page.keyboard.press('Enter');
  await expect(fromIdeas).toBeHidden();
  const bars = page.getByTestId('roadmap-bar');
  await expect(bars).toHaveCount(2);
  await expect(page.getByText('2 initiatives were added to the roadmap.')).toBeVisible();
  const crm = page.locator('[data-testid="roadmap-bar"][aria-label^="Clean up the CRM"]');
  const pricing = page.locator('[data-testid="roadmap-bar"][aria-label^="A price corridor per segment"]');
  await expect(crm).toHaveAttribute('aria-label', /CRM and data/);
  await expect(pricing).toHaveAttribute('aria-label', /Pricing/);
  // The first new bar takes the focus.
  await expect(crm).toBeFocused();
  // Both were created in one step: one undo takes both away, redo brings them back.
  await page.keyboard.press('Control+z');
  await expect(bars).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(bars).toHaveCount(2);

  // Move by days and a week, stretch the end: each key press is one undo step.
  await tabTo(page, aBar);
  await expect(crm).toBeFocused();
  const created = await barDates(crm);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(crm).toHaveAttribute('data-start', plusDays(created.start, 3));
  await page.keyboard.press('Control+ArrowRight');
  await expect(crm).toHaveAttribute('data-start', plusDays(created.start, 10));
  await expect(crm).toHaveAttribute('data-end', plusDays(created.end, 10));
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(crm).toHaveAttribute('data-end', plusDays(created.end, 12));
  await expect(crm).toHaveAttribute('data-start', plusDays(created.start, 10));
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(crm).toHaveAttribute('data-end', plusDays(created.end, 11));
  await page.keyboard.press('Control+z');
  await expect(crm).toHaveAttribute('data-end', plusDays(created.end, 12));
  await expect(crm).toBeFocused();

  // dnd-kit's keyboard drag: Space picks the bar up, the arrows carry it, Space drops it (one step).
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(crm).toHaveAttribute('data-start', plusDays(created.start, 12));
  await expect(crm).toHaveAttribute('data-end', plusDays(created.end, 14));
  await expect(page.getByTestId('roadmap-announcer')).toContainText('now runs');

  // The pricing initiative waits for the CRM rollout, but starts first: the plan warns.
  await page.keyboard.press('ArrowDown');
  await expect(pricing).toBeFocused();
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: 'Initiative “A price corridor per segment”' });
  await expect(details.getByLabel('Initiative', { exact: true })).toBeFocused();
  await expect(details.getByText('A price corridor per segment', { exact: true }).last()).toBeVisible();
  await tabTo(page, labelled('Owner'));
  await page.keyboard.type('Marta Echeverría');
  await tabTo(page, labelled('Budget'));
  await page.keyboard.type('45000');
  await tabTo(page, (control) => control.type === 'checkbox' && control.name.startsWith('Clean up the CRM'));
  await page.keyboard.press('Space');
  await expect(details.getByText(/starts on .*, before “Clean up the CRM and give every salesperson a tablet”, which it waits for, ends on/)).toBeVisible();

  // A milestone with a date and a measurable event.
  await tabTo(page, labelled('Add a milestone'));
  await page.keyboard.press('Enter');
  await expect(details.getByLabel('Milestone, milestone 1')).toBeFocused();
  await page.keyboard.type('Corridors approved');
  await page.keyboard.press('Tab');
  await page.keyboard.type('The steering committee signs the corridors for all product families.');
  await expectNoSeriousAxeViolations(page, 'phase 6, initiative details');
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  const warnings = page.getByTestId('roadmap-warnings');
  await expect(warnings).toContainText('1 thing in the plan does not add up');
  await expect(page.getByTestId('roadmap-arrow-broken')).toHaveCount(1);
  await expect(page.getByTestId('roadmap-milestone')).toHaveCount(1);

  // The communication plan.
  await tabTo(page, labelled('Add a line'));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Audience, line 1')).toBeFocused();
  await page.keyboard.type('Whole sales force');
  await page.keyboard.press('Tab');
  await page.keyboard.type('What changes from January and why it matters.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kick-off meeting');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Álvaro Quintana');
  await page.keyboard.press('Tab');
  await page.keyboard.type('01152027');
  // Tab walks through the date's own parts before it leaves the field.
  await tabTo(page, labelled('Done, line 1'));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Done, line 1')).toBeChecked();

  // The same initiatives in the table, sorted by a column header from the keyboard.
  await tabTo(page, labelled('Table'), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('initiative-row')).toHaveCount(2);
  await tabTo(page, (control) => control.tag === 'button' && control.name.startsWith('Budget (EUR)'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: /Budget \(EUR\)/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByTestId('initiative-row').first().getByLabel('Initiative, row 1')).toHaveValue('Clean up the CRM and give every salesperson a tablet');
  await expectNoSeriousAxeViolations(page, 'phase 6, table view');
  await tabTo(page, labelled('Timeline'), { backwards: true });
  await page.keyboard.press('Enter');
  await expectNoSeriousAxeViolations(page, 'phase 6, new workshop, filled');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy and roadmap' })).toBeVisible();
  await expect(bars).toHaveCount(2);
  await expect(crm).toHaveAttribute('data-start', plusDays(created.start, 12));
  await expect(crm).toHaveAttribute('data-end', plusDays(created.end, 14));
  await expect(warnings).toContainText('which it waits for');
  await expect(page.getByTestId('roadmap-total-budget')).toHaveText('€45,000');
  const milestoneRow = page.getByTestId('milestone-row');
  await expect(milestoneRow).toHaveCount(1);
  await expect(milestoneRow.getByLabel('Milestone, milestone 1')).toHaveValue('Corridors approved');
  await expect(milestoneRow.getByLabel('Measurable event, milestone 1')).toHaveValue('The steering committee signs the corridors for all product families.');
  await expect(milestoneRow.getByLabel('Date, milestone 1')).toHaveValue(await pricing.getAttribute('data-end') ?? '');
  const line = page.getByTestId('communication-row');
  await expect(line.getByLabel('Audience, line 1')).toHaveValue('Whole sales force');
  await expect(line.getByLabel('Message, line 1')).toHaveValue('What changes from January and why it matters.');
  await expect(line.getByLabel('Channel, line 1')).toHaveValue('Kick-off meeting');
  await expect(line.getByLabel('Who tells, line 1')).toHaveValue('Álvaro Quintana');
  await expect(line.getByLabel('Date, line 1')).toHaveValue('2027-01-15');
  await expect(line.getByLabel('Done, line 1')).toBeChecked();
  await pricing.focus();
  await page.keyboard.press('Enter');
  await expect(details.getByText('A price corridor per segment', { exact: true }).last()).toBeVisible();
  await expect(details.getByRole('checkbox', { name: /Win 30 % of tenders/ })).toBeChecked();
  await expect(details.getByLabel('Owner')).toHaveValue('Marta Echeverría');
  expect(consoleErrors).toEqual([]);
});

test('the example workshop shows its roadmap', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Strategy and roadmap/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy and roadmap' })).toBeVisible();

  await expect(page.getByTestId('roadmap-bar')).toHaveCount(12);
  await expect(page.getByTestId('roadmap-milestone')).toHaveCount(25);
  await expect(page.getByTestId('roadmap-total-budget')).toHaveText('€890,000');
  await expect(page.getByTestId('roadmap-warnings')).toContainText('“Mexico: Bajío target accounts” starts on 1 Mar 2027, before “Segmentation and 40 target OEMs”');
  await expect(page.getByTestId('roadmap-arrow-broken')).toHaveCount(1);
  await expect(page.getByTestId('roadmap-arrow')).toHaveCount(5);
  for (const lane of ['Pricing and offers', 'CRM and data', 'Key accounts', 'New customers']) await expect(page.locator('.rm-lane-name', { hasText: lane })).toBeVisible();
  await expect(page.getByTestId('milestone-row')).toHaveCount(25);
  await expect(page.getByTestId('communication-row')).toHaveCount(8);
  await expect(page.getByText('4 of 8 done')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'phase 6, example workshop, timeline');

  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByTestId('initiative-row')).toHaveCount(12);
  await expect(page.getByText('Total of 12 initiatives')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'phase 6, example workshop, table');

  await page.getByRole('button', { name: 'Show initiative “Mexico: Bajío target accounts”' }).click();
  const details = page.getByRole('dialog', { name: 'Initiative “Mexico: Bajío target accounts”' });
  await expect(details.getByText('Segment OEMs by application and choose 40 target accounts')).toBeVisible();
  await expect(details.getByRole('checkbox', { name: /^Segmentation and 40 target OEMs/ })).toBeChecked();
  await expect(details.getByLabel('Milestone, milestone 1')).toHaveValue('First trial order in the Bajío');
  await expectNoSeriousAxeViolations(page, 'phase 6, example initiative details');
});

test('a bar dragged with the mouse moves by whole days as one undo step', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Strategy and roadmap/ }).click();
  await expect(page.getByTestId('roadmap-bar')).toHaveCount(12);
  // A mouse drag of a week (by quarters, 1.5 px a day) is stored as one step; undo puts it back.
  const quote = page.locator('[data-testid="roadmap-bar"][aria-label^="Quote in 24 hours"]');
  // In the middle of the view, far from the edges where the timeline scrolls under a drag.
  await quote.evaluate((bar) => bar.scrollIntoView({ block: 'center', inline: 'center' }));
  const box = await quote.boundingBox();
  if (!box) throw new Error('the bar has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 5, box.y + box.height / 2, { steps: 2 });
  await page.mouse.move(box.x + box.width / 2 + 10.5, box.y + box.height / 2, { steps: 3 });
  await page.mouse.up();
  await expect(quote).toHaveAttribute('data-start', '2027-05-10');
  await expect(quote).toHaveAttribute('data-end', '2027-10-07');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The bar has settled (the drop is stored) before the next drag starts.
  await expect(quote).not.toHaveClass(/rm-dragging/);
  // Its end dragged by the grip alone.
  const grip = quote.locator('.rm-bar-grip');
  const gripBox = await grip.boundingBox();
  if (!gripBox) throw new Error('the grip has no box');
  await page.mouse.move(gripBox.x + gripBox.width / 2, gripBox.y + gripBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(gripBox.x + gripBox.width / 2 - 20, gripBox.y + gripBox.height / 2, { steps: 4 });
  await page.mouse.move(gripBox.x + gripBox.width / 2 - 36, gripBox.y + gripBox.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(quote).toHaveAttribute('data-end', '2027-09-13');
  await expect(quote).toHaveAttribute('data-start', '2027-05-10');
  await page.getByRole('button', { name: /^Undo/ }).first().click();
  await expect(quote).toHaveAttribute('data-end', '2027-10-07');
  await page.getByRole('button', { name: /^Undo/ }).first().click();
  await expect(quote).toHaveAttribute('data-start', '2027-05-03');
  await expect(quote).toHaveAttribute('data-end', '2027-09-30');

});

test('a keyboard drag dropped before the browser has a moment to spare still lands, as one undo step', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Strategy and roadmap/ }).click();
  const quote = page.locator('[data-testid="roadmap-bar"][aria-label^="Quote in 24 hours"]');
  await expect(quote).toHaveAttribute('data-start', '2027-05-03');
  // Space → → Space in one go, as a fast typist on a busy laptop delivers them: dnd-kit's keyboard
  // sensor only starts listening for the drop one timer tick after the pick-up.
  await quote.evaluate((bar) => {
    bar.focus();
    const press = (code: string, key: string) => bar.dispatchEvent(new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true }));
    press('Space', ' ');
    press('ArrowRight', 'ArrowRight');
    press('ArrowRight', 'ArrowRight');
    press('Space', ' ');
  });
  await expect(page.getByTestId('roadmap-announcer')).toContainText('now runs');
  await expect(quote).toHaveAttribute('data-start', '2027-05-05');
  await expect(quote).toHaveAttribute('data-end', '2027-10-02');
  await expect(quote).not.toHaveClass(/rm-dragging/);
  await page.getByRole('button', { name: /^Undo/ }).first().click();
  await expect(quote).toHaveAttribute('data-start', '2027-05-03');
  await expect(quote).toHaveAttribute('data-end', '2027-09-30');
});
