import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';
import { labelled, tabToControl as tabTo } from './support/keyboard';
import { workshopIdOf } from './support/workshopUrl';

/** A plan date `days` from today in the browser's calendar, as the app computes "today". */
async function planDateFromToday(page: Page, days: number): Promise<string> {
  return page.evaluate((offset) => {
    const date = new Date();
    date.setDate(date.getDate() + offset);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  }, days);
}

/**
 * The roster (preparation) and the roadmap (phase 6) are other screens; their records are put in
 * place through the data layer the app exposes to tests, so this test only does what phase 7 asks.
 */
async function seedRosterAndRoadmap(page: Page, workshopId: string, overdueDate: string, start: string, end: string): Promise<void> {
  await page.evaluate(
    async ({ id, overdueDate, start, end }) => {
      const hooks = window.__dsrsTest?.bench;
      if (!hooks) throw new Error('test hooks missing');
      const person = (name: string, implementationGroup: boolean, order: number) => ({
        id: crypto.randomUUID(), workshopId: id, name, role: '', organisation: 'Teclado SA', side: 'client' as const, expertGroup: false, implementationGroup, email: '', order,
      });
      await hooks.addRecords('participants', [person('Ana Ruiz', true, 0), person('Luis Mena', true, 1), person('Eva Sol', false, 2)]);
      const initiative = (title: string, workstream: string, order: number) => ({
        id: crypto.randomUUID(), workshopId: id, title, description: '', workstream, owner: 'Ana Ruiz', team: '', means: '', budget: 0,
        start, end, status: 'on_track' as const, dependsOnIds: [], ideaIds: [], objectiveIds: [], order,
      });
      const crm = initiative('CRM clean-up', 'CRM', 0);
      const pricing = initiative('Price corridors', 'Pricing', 1);
      const visits = initiative('Visit cadence', 'Key accounts', 2);
      await hooks.addRecords('initiatives', [crm, pricing, visits]);
      await hooks.addRecords('milestones', [
        { id: crypto.randomUUID(), workshopId: id, initiativeId: crm.id, title: 'Duplicates merged', date: overdueDate, measurableEvent: 'No duplicate accounts left.', done: false },
        { id: crypto.randomUUID(), workshopId: id, initiativeId: pricing.id, title: 'Corridors approved', date: end, measurableEvent: '', done: false },
      ]);
    },
    { id: workshopId, overdueDate, start, end },
  );
}

function checkInCard(page: Page): Locator {
  return page.getByTestId('checkin-card');
}

test('phase 7 is run by keyboard alone: two check-ins, an overdue milestone marked done, a meeting, all there after a reload', async ({ page, consoleErrors }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Teclado SA', title: 'Implementation by keyboard' });
  const workshopId = await workshopIdOf(page);
  const overdueDate = await planDateFromToday(page, -5);
  await seedRosterAndRoadmap(page, workshopId, overdueDate, await planDateFromToday(page, -30), await planDateFromToday(page, 60));

  await tabTo(page, (control) => control.tag === 'a' && control.name.includes('Implementation'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Implementation' })).toBeFocused();
  await expect(page.getByTestId('walk-position')).toHaveText('1 of 3');
  await expect(checkInCard(page).getByRole('heading', { level: 3 })).toHaveText('CRM clean-up');
  // The overdue milestone is flagged from its date alone, in the check-in and in the tab's count.
  await expect(checkInCard(page).getByText('Overdue by 5 days')).toBeVisible();
  await expect(page.getByRole('tab', { name: /Milestones/ })).toContainText('1');
  await expectNoSeriousAxeViolations(page, 'phase 7, new workshop, check-in not started');

  // First initiative: start this week's check-in; it carries green and 0 % and takes the focus.
  await tabTo(page, (control) => control.name.startsWith('Check in for week'));
  await page.keyboard.press('Enter');
  const form = page.getByTestId('checkin-form');
  await expect(form.getByRole('radio', { name: 'Green' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(form.getByRole('radio', { name: 'Amber' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('% done')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('35');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Three times more duplicates than estimated.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Two temporary clerks for the clean-up.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Merge the Iberian duplicates.');
  await expect(page.getByTestId('implementation-overview')).toContainText('1 of 3');
  await expectNoSeriousAxeViolations(page, 'phase 7, check-in form');

  // On to the next initiative; the focus lands on its check-in.
  await tabTo(page, labelled('Next initiative'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('walk-position')).toHaveText('2 of 3');
  await expect(checkInCard(page).getByRole('heading', { level: 3 })).toHaveText('Price corridors');
  await expect(page.getByRole('button', { name: /^Check in for week/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('checkin-form').getByRole('radio', { name: 'Green' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('60');
  await tabTo(page, labelled('Next step'));
  await page.keyboard.type('Review the corridors with the area managers.');
  await expect(page.getByTestId('implementation-overview')).toContainText('2 of 3');

  // Alt+Page Up goes back a step from anywhere in the check-in.
  await page.keyboard.press('Alt+PageUp');
  await expect(page.getByTestId('walk-position')).toHaveText('1 of 3');
  await expect(page.getByTestId('checkin-form').getByRole('radio', { name: 'Amber' })).toBeFocused();

  // The overdue milestone, marked done from the Milestones tab.
  await tabTo(page, (control) => control.role === 'tab', { backwards: true });
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Milestones/ })).toHaveAttribute('aria-selected', 'true');
  const overdue = page.getByTestId('overdue-milestones');
  await expect(overdue.getByTestId('milestone-row')).toHaveCount(1);
  await expect(overdue.getByTestId('overdue-flag')).toHaveText('Overdue by 5 days');
  await expectNoSeriousAxeViolations(page, 'phase 7, milestones');
  await tabTo(page, labelled('Mark done: Duplicates merged'));
  await page.keyboard.press('Enter');
  // The row stays where the focus is, now done, and can be reopened with the same button.
  await expect(page.getByRole('button', { name: 'Reopen: Duplicates merged' })).toBeFocused();
  await expect(overdue.getByTestId('overdue-flag')).toHaveCount(0);
  await expect(overdue.getByText('0 overdue')).toBeVisible();

  // A meeting: dated today, the implementation group ticked; one was absent, a guest came.
  await tabTo(page, (control) => control.role === 'tab', { backwards: true });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'No meetings logged yet' })).toBeVisible();
  await tabTo(page, labelled('Log a meeting'));
  await page.keyboard.press('Enter');
  const meeting = page.getByTestId('meeting-card');
  await expect(meeting.getByLabel('Date')).toBeFocused();
  await expect(meeting.getByLabel('Date')).toHaveValue(await planDateFromToday(page, 0));
  await expect(meeting.getByRole('checkbox', { name: 'Ana Ruiz' })).toBeChecked();
  await expect(meeting.getByRole('checkbox', { name: 'Luis Mena' })).toBeChecked();
  await tabTo(page, labelled('Luis Mena'));
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(meeting.getByText('2 attendees')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(meeting.getByLabel('Notes')).toBeFocused();
  await page.keyboard.type('CRM clean-up behind plan; price corridors on track.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hire two temporary clerks.');
  await expectNoSeriousAxeViolations(page, 'phase 7, meeting log');

  // The leadership view shows the latest word on each initiative.
  await tabTo(page, (control) => control.role === 'tab', { backwards: true });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('timeline-bar')).toHaveCount(3);
  await expectNoSeriousAxeViolations(page, 'phase 7, leadership view');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Implementation' })).toBeVisible();
  // Back on the tab the group was looking at.
  await expect(page.getByRole('tab', { name: 'Leadership view' })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByTestId('status-table');
  await expect(table.getByRole('row', { name: /CRM clean-up/ })).toContainText('Amber');
  await expect(table.getByRole('row', { name: /CRM clean-up/ })).toContainText('35%');
  await expect(table.getByRole('row', { name: /CRM clean-up/ })).toContainText('Three times more duplicates than estimated.');
  await expect(table.getByRole('row', { name: /CRM clean-up/ })).toContainText('Two temporary clerks for the clean-up.');
  await expect(table.getByRole('row', { name: /Price corridors/ })).toContainText('Green');
  await expect(table.getByRole('row', { name: /Price corridors/ })).toContainText('60%');
  await expect(table.getByRole('row', { name: /Visit cadence/ })).toContainText('No report yet');

  await page.getByRole('tab', { name: /Weekly check-in/ }).focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('walk-position')).toHaveText('1 of 3');
  const reloadedForm = page.getByTestId('checkin-form');
  await expect(reloadedForm.getByRole('radio', { name: 'Amber' })).toBeChecked();
  await expect(reloadedForm.getByLabel('% done')).toHaveValue('35');
  await expect(reloadedForm.getByLabel('Deviation')).toHaveValue('Three times more duplicates than estimated.');
  await expect(reloadedForm.getByLabel('Corrective action')).toHaveValue('Two temporary clerks for the clean-up.');
  await expect(reloadedForm.getByLabel('Next step')).toHaveValue('Merge the Iberian duplicates.');
  await expect(checkInCard(page).getByText('Overdue by 5 days')).toHaveCount(0);
  await expect(checkInCard(page).getByRole('button', { name: 'Reopen: Duplicates merged' })).toBeVisible();

  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: /Meetings/ })).toHaveAttribute('aria-selected', 'true');
  const reloadedMeeting = page.getByTestId('meeting-card');
  await expect(reloadedMeeting).toHaveCount(1);
  await expect(reloadedMeeting.getByRole('checkbox', { name: 'Ana Ruiz' })).toBeChecked();
  await expect(reloadedMeeting.getByRole('checkbox', { name: 'Luis Mena' })).not.toBeChecked();
  await expect(reloadedMeeting.getByRole('checkbox', { name: 'Eva Sol' })).toBeChecked();
  await expect(reloadedMeeting.getByLabel('Notes')).toHaveValue('CRM clean-up behind plan; price corridors on track.');
  await expect(reloadedMeeting.getByLabel('Decisions')).toHaveValue('Hire two temporary clerks.');

  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('overdue-milestones').getByText('Nothing overdue', { exact: false })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the example workshop shows its weekly history, the overdue milestone, the meeting log and the leadership roadmap', async ({ page, consoleErrors }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Implementation/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Implementation' })).toBeVisible();
  await expect(page.getByTestId('walk-position')).toHaveText(/of 12$/);
  await expectNoSeriousAxeViolations(page, 'phase 7, example, check-in');

  // The CRM clean-up went amber in mid-November: its history tells why.
  const jump = page.getByLabel('Go to initiative');
  const crm = await jump.locator('option', { hasText: 'CRM clean-up and tablet rollout' }).textContent();
  await jump.selectOption({ label: crm ?? '' });
  await expect(checkInCard(page).getByRole('heading', { level: 3 })).toHaveText('CRM clean-up and tablet rollout');
  const history = checkInCard(page).getByTestId('update-history');
  const midNovember = history.getByRole('row', { name: /13 Nov 2026/ });
  await expect(midNovember).toContainText('Amber');
  await expect(midNovember).toContainText('15%');
  await expect(midNovember).toContainText('1,900 duplicate accounts instead of the 600 estimated');
  await expect(midNovember).toContainText('Two temporary data clerks hired for three months.');
  await expect(history.getByRole('row', { name: /6 Nov 2026/ })).toContainText('Green');

  await page.getByRole('tab', { name: /Milestones/ }).click();
  const overdue = page.getByTestId('overdue-milestones').getByTestId('milestone-row');
  await expect(overdue.filter({ hasText: 'Loss reason mandatory in the CRM' }).getByTestId('overdue-flag')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'phase 7, example, milestones');

  await page.getByRole('tab', { name: /Meetings/ }).click();
  await expect(page.getByTestId('meeting-card')).toHaveCount(4);
  const latestMeeting = page.getByTestId('meeting-card').first();
  await expect(latestMeeting.getByRole('heading', { level: 3 })).toHaveText(/Friday,? 20 November 2026/);
  await expect(latestMeeting.getByLabel('Decisions')).toHaveValue(/Rainer Köhler is asked to introduce Stefan to Vortmann/);
  await expect(latestMeeting.getByRole('checkbox', { name: 'Tomás Vidal' })).toBeChecked();
  await expect(page.getByTestId('meeting-card').nth(2)).toContainText('Nuria and Daniel propose extra staff');
  await expectNoSeriousAxeViolations(page, 'phase 7, example, meetings');

  await page.getByRole('tab', { name: 'Leadership view' }).click();
  await expect(page.getByTestId('timeline-bar')).toHaveCount(12);
  await expect(page.getByRole('heading', { level: 3, name: 'CRM and data' })).toBeVisible();
  const table = page.getByTestId('status-table');
  await expect(table.getByRole('row', { name: /A loss reason on every closed quote/ })).toContainText('Amber');
  await expect(table.getByRole('row', { name: /A loss reason on every closed quote/ })).toContainText('40%');
  await expect(table.getByRole('row', { name: /Price corridors and discount rules/ })).toContainText('Green');
  await expectNoSeriousAxeViolations(page, 'phase 7, example, leadership view');
  expect(consoleErrors).toEqual([]);
});
