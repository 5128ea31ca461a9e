import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every test starts in a fresh browser context (an empty IndexedDB), with the data layer's fault
 * injection reachable and console errors collected so a test can assert the page stayed clean.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await use(errors);
  },
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      localStorage.setItem('dsrs.testHooks', '1');
      if (!localStorage.getItem('dsrs.uiLanguage')) localStorage.setItem('dsrs.uiLanguage', 'en');
    });
    await use(page);
  },
});

export { expect };

/** Zero serious or critical accessibility violations on what is on screen now. */
export async function expectNoSeriousAxeViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const summary = serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
}
