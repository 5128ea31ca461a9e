import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';

const PHASE_NAMES = ['Preparation', 'Situation analysis', 'Current objectives', 'Diagnosis', 'Reformulated objectives', 'Relationship poster', 'Creative ideas', 'Strategy and roadmap', 'Implementation', 'Measurement'];

test('every phase page opens and passes axe, in light and dark', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Axe SA', title: 'Every screen' });
  const nav = page.getByRole('navigation', { name: 'Workshop phases' });
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    for (const name of PHASE_NAMES) {
      await nav.getByRole('link', { name: new RegExp(name) }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
      await expectNoSeriousAxeViolations(page, `${name} (${theme})`);
    }
  }
  await expect(page.getByText('0 of 10 phases done')).toBeVisible();
});

test('the interface switches to Spanish and back', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByLabel('Interface language').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Talleres' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Todavía no hay talleres' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'library in Spanish');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Talleres' })).toBeVisible();
  await page.getByLabel('Idioma de la interfaz').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
});

test('a failed write is reported at once, nothing is half-saved, and the app recovers', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Quota SA', title: 'Full disk' });
  await page.evaluate(() => window.__dsrsTest?.injectWriteFault('quota', 1));
  const started = Date.now();
  await page.getByRole('button', { name: 'Mark phase as done' }).click();
  await expect(page.getByTestId('write-error')).toContainText('disk or browser storage is full', { timeout: 2000 });
  expect(Date.now() - started).toBeLessThan(2000);
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('phase-status')).toContainText('In progress');
  await page.reload();
  await expect(page.getByTestId('phase-status')).toContainText('In progress');

  await page.getByRole('button', { name: 'Mark phase as done' }).click();
  await expect(page.getByTestId('phase-status')).toContainText('Done');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('write-error')).toHaveCount(0);
});

test('an open workshop loads the other phases in idle moments, so their first visit shows no "Loading" step', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Quick SA', title: 'No waiting' });
  const screenScripts = () => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\/(\w+)Screen-[^/]*\.js$/.test(entry.name)).length);
  // Every phase's screen, not only the one open.
  await expect.poll(screenScripts, { timeout: 15_000 }).toBe(PHASE_NAMES.length);
  // The first visit of a phase now renders at once: the line that stands in while a screen's code
  // loads is never drawn.
  await page.evaluate(() => {
    const seen: string[] = [];
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="phase-code-loading"]')) seen.push('loading');
    }).observe(document.body, { childList: true, subtree: true });
    (window as unknown as { __loadingSeen: string[] }).__loadingSeen = seen;
  });
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Strategy and roadmap/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy and roadmap' })).toBeVisible();
  await expect(page.getByText('No initiatives yet')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __loadingSeen: string[] }).__loadingSeen.length)).toBe(0);
});
