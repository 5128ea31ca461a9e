import type { Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';
import { drawnTexts, MIN_PRESENTER_TEXT_PX, textsBelowMinimum } from './support/presenterText';
import { tabTo } from './support/keyboard';

/** Every phase: presenter mode shows each one's screen (or what it will hold) in large type. */
const PRESENTED_PHASES = [
  { id: 'preparation', name: 'Preparation' },
  { id: 'situation', name: 'Situation analysis' },
  { id: 'objectives', name: 'Current objectives' },
  { id: 'diagnosis', name: 'Diagnosis' },
  { id: 'reformulation', name: 'Reformulated objectives' },
  { id: 'poster', name: 'Relationship poster', canvas: true },
  { id: 'ideas', name: 'Creative ideas', canvas: true },
  { id: 'roadmap', name: 'Strategy and roadmap' },
  { id: 'implementation', name: 'Implementation' },
  { id: 'measurement', name: 'Measurement' },
] as const;

async function recordBeeps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter = window as unknown as { dsrsBeeps: number };
    counter.dsrsBeeps = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function startAndCount(this: OscillatorNode, when?: number) {
      counter.dsrsBeeps += 1;
      return start.call(this, when);
    };
  });
}

const beepCount = (page: Page) => page.evaluate(() => (window as unknown as { dsrsBeeps: number }).dsrsBeeps);

test('a new workshop sets, runs and presents its timer by keyboard alone, F5 presents in large type and Escape returns', async ({ page, consoleErrors }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await recordBeeps(page);
  await page.clock.install({ time: new Date('2026-09-22T08:55:00') });
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Relojes Puntuales SA', title: 'Timeboxed kick-off' });

  const timer = page.getByTestId('timer-shell');
  const clock = timer.getByTestId('timer-clock');
  const announcer = timer.getByRole('status');
  await expect(clock).toHaveText('10:00');
  await expectNoSeriousAxeViolations(page, 'workshop with the timer in its toolbar');

  // Set two minutes: the dialog opens on the minutes field, Enter sets.
  await tabTo(page, timer.getByRole('button', { name: 'Set timer', exact: true }));
  await page.keyboard.press('Enter');
  const settings = page.getByRole('dialog', { name: 'Set the timer' });
  const minutes = settings.getByLabel('Minutes');
  await expect(minutes).toBeFocused();
  await expect(settings.getByLabel('Agenda item')).toBeDisabled();
  await expect(settings).toContainText('The agenda has no timeboxes yet');
  await expectNoSeriousAxeViolations(page, 'timer settings');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(settings.getByText('Type a number of minutes above zero')).toBeVisible();
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(settings).toBeHidden();
  await expect(clock).toHaveText('02:00');
  await expect(announcer).toHaveText('Timer set to 2 minutes.');

  // Start, and watch it count from the clock: announced at one minute, not every second.
  const toggle = timer.getByRole('button', { name: 'Start timer' });
  await tabTo(page, toggle, { backwards: true });
  await page.keyboard.press('Space');
  await expect(timer.getByRole('button', { name: 'Pause timer' })).toBeFocused();
  await expect(announcer).toHaveText('Timer started: 2 minutes left.');
  await page.clock.runFor(30_000);
  await expect(clock).toHaveText('01:30');
  await expect(announcer).toHaveText('Timer started: 2 minutes left.');
  await page.clock.runFor(31_000);
  await expect(clock).toHaveText('00:59');
  await expect(announcer).toHaveText('1 minute left.');

  // Pause: the clock moves on, the timer does not. Resume with the same key.
  await page.keyboard.press('Space');
  await expect(announcer).toHaveText('Timer paused with 59 seconds left.');
  await expect(timer).toContainText('Paused');
  await page.clock.runFor(20_000);
  await expect(clock).toHaveText('00:59');
  await page.keyboard.press('Space');
  await expect(timer.getByRole('button', { name: 'Pause timer' })).toBeFocused();

  // F5 presents the phase on screen: no toolbar, no navigator, large type, timer still running.
  await page.keyboard.press('F5');
  const presenter = page.getByRole('dialog', { name: 'Preparation' });
  await expect(presenter).toBeVisible();
  await expect(page).toHaveURL(/\?present=page#\/workshop\/[^/]+\/preparation$/);
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeHidden();
  await expect(page.getByTestId('timer-shell')).toHaveCount(0);
  const presenterTimer = page.getByTestId('timer-presenter');
  await expect(presenterTimer.getByTestId('timer-clock')).toHaveText(/^00:5\d$/);
  await expect(presenter.getByRole('button', { name: /Add|Delete/ })).toHaveCount(0);
  expect(await textsBelowMinimum(presenter)).toEqual([]);
  await expectNoSeriousAxeViolations(page, 'presenter mode of a new workshop');

  // Arrow keys and Page keys move between phases; each phase keeps the large type.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: 'Situation analysis' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Situation analysis' })).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('dialog', { name: 'Current objectives' })).toBeVisible();
  await page.keyboard.press('PageUp');
  const situation = page.getByRole('dialog', { name: 'Situation analysis' });
  await expect(situation).toBeVisible();
  await expect(situation.getByText('0 of 25 questions answered')).toBeVisible();
  expect(await textsBelowMinimum(situation)).toEqual([]);
  // The screen is read-only on the projector.
  await expect(situation.getByRole('radio').first()).toBeDisabled();

  // The timer reaches zero in presenter mode: it says so, flashes and beeps.
  await page.clock.runFor(60_000);
  await expect(presenterTimer.getByTestId('timer-clock')).toHaveText('00:00');
  await expect(presenterTimer).toContainText('Time is up');
  await expect(presenterTimer.getByRole('status')).toHaveText('Time is up.');
  await expect(presenterTimer).toHaveClass(/timer-done/);
  expect(await presenterTimer.evaluate((element) => getComputedStyle(element).animationName)).toBe('timer-flash');
  expect(await beepCount(page)).toBeGreaterThanOrEqual(3);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await presenterTimer.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
  await expectNoSeriousAxeViolations(page, 'presenter mode with the time up');

  // Escape returns to the editor on the phase that was presented.
  await page.keyboard.press('Escape');
  await expect(situation).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Situation analysis' })).toBeFocused();
  await expect(page).toHaveURL(/\/#\/workshop\/[^/]+\/situation$/);
  await expect(clock).toHaveText('00:00');

  // Reset by keyboard, start again, and a reload finds the timer still running from the same clock.
  await tabTo(page, timer.getByRole('button', { name: 'Reset timer' }));
  await page.keyboard.press('Enter');
  await expect(clock).toHaveText('02:00');
  await tabTo(page, timer.getByRole('button', { name: 'Start timer' }), { backwards: true });
  await page.keyboard.press('Enter');
  await page.clock.runFor(15_000);
  await expect(clock).toHaveText('01:45');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Situation analysis' })).toBeVisible();
  await expect(page.getByTestId('timer-shell').getByTestId('timer-clock')).toHaveText(/^01:4\d$/);
  await expect(page.getByTestId('timer-shell').getByRole('button', { name: 'Pause timer' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the presenter button presents for mouse users; the leave button and Back return', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Botones SL', title: 'Mouse users too' });
  await page.getByRole('button', { name: 'Present' }).click();
  const presenter = page.getByRole('dialog', { name: 'Preparation' });
  await expect(presenter).toBeVisible();
  await presenter.getByRole('button', { name: 'Next: Situation analysis' }).click();
  await expect(page.getByRole('dialog', { name: 'Situation analysis' })).toBeVisible();
  await page.getByRole('button', { name: 'Leave presenter mode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Situation analysis' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();

  // F5 presents again; the browser's Back button leaves, like any route.
  await page.keyboard.press('F5');
  await expect(page.getByRole('dialog', { name: 'Situation analysis' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('dialog', { name: 'Situation analysis' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
});

test('the example workshop presents every phase with a screen in large type, with its agenda item on the timer', async ({ page, consoleErrors }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.clock.install({ time: new Date('2026-09-23T10:00:00') });
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();

  // The timer takes the timebox of an agenda item, and presenter mode shows that item.
  await page.getByTestId('timer-shell').getByRole('button', { name: 'Set timer', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Set the timer' });
  await settings.getByLabel('Agenda item').selectOption({ label: 'Expense review (60 min)' });
  await expect(settings.getByLabel('Minutes')).toHaveValue('60');
  await settings.getByRole('button', { name: 'Set timer', exact: true }).click();
  await expect(page.getByTestId('timer-shell').getByTestId('timer-clock')).toHaveText('1:00:00');

  const navigator = page.getByRole('navigation', { name: 'Workshop phases' });
  await navigator.getByRole('link', { name: /Diagnosis/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnosis' })).toBeVisible();
  await page.keyboard.press('F5');
  const diagnosis = page.getByRole('dialog', { name: 'Diagnosis' });
  await expect(diagnosis).toBeVisible();
  await expect(diagnosis.getByTestId('agenda-now')).toHaveText(/Now\s*Expense review\s*60 min/);
  await expect(diagnosis.getByText('Two large OEM tenders lost on price')).toBeVisible();

  const workshopId = /#\/workshop\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  const presentUrl = (phase: string) => `./?present=page#/workshop/${workshopId}/${phase}`;
  for (const phase of PRESENTED_PHASES) {
    await page.goto(presentUrl(phase.id));
    const presenter = page.getByRole('dialog', { name: phase.name });
    await expect(presenter).toBeVisible();
    await expect(presenter.getByText('Loading…')).toHaveCount(0);
    await expect(presenter.getByTestId('presenter-stage').locator('h2, h3, table, li').filter({ visible: true }).first()).toBeVisible();
    expect(await textsBelowMinimum(presenter), phase.id).toEqual([]);
    if ('canvas' in phase) {
      // A canvas phase shows its drawing: labels set in canvas units below the minimum, drawn at the
      // canvas's zoom, which the measure above multiplies in.
      const canvasTexts = await drawnTexts(presenter.getByTestId('projector-viewport'));
      expect(canvasTexts.length, phase.id).toBeGreaterThan(10);
      expect(canvasTexts.some((entry) => entry.computed < MIN_PRESENTER_TEXT_PX), phase.id).toBe(true);
      expect(Math.min(...canvasTexts.map((entry) => entry.size)), phase.id).toBeGreaterThanOrEqual(MIN_PRESENTER_TEXT_PX - 0.25);
    }
    await expectNoSeriousAxeViolations(page, `presenter mode of the example's ${phase.id}`);
  }

  // The example's own data on the projector, phase by phase.
  await page.goto(presentUrl('situation'));
  await expect(page.getByRole('dialog', { name: 'Situation analysis' }).getByText('22 of 25 questions answered')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: 'Current objectives' }).getByText('Net sales of €51.5 M in 2027, built account by account').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Current objectives' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('presenter mode at 1920×1080 scales up with the projector', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
  await page.keyboard.press('F5');
  const presenter = page.getByRole('dialog', { name: 'Preparation' });
  await expect(presenter).toBeVisible();
  expect(await textsBelowMinimum(presenter)).toEqual([]);
  const titleSize = await presenter.getByRole('heading', { level: 1 }).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(titleSize).toBeGreaterThanOrEqual(56);
  await expectNoSeriousAxeViolations(page, 'presenter mode at 1920×1080');
});
