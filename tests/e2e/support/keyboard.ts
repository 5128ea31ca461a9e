import type { Locator, Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until the target has keyboard focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; limit?: number } = {}): Promise<void> {
  const { backwards = false, limit = 200 } = options;
  for (let presses = 0; presses <= limit; presses += 1) {
    const focused = await target.evaluate((element) => element === document.activeElement, undefined, { timeout: 2000 }).catch(() => false);
    if (focused) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`focus never reached ${String(target)} by ${backwards ? 'Shift+Tab' : 'Tab'}`);
}
