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

/** The name of the focused control: its label for a form field, else its aria-label, else its text. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelled = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement ? element.labels?.[0]?.textContent : null;
    return (labelled ?? element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused control is called `name`, as a keyboard user would. */
export async function tabToNamed(page: Page, name: string | RegExp, options: { backwards?: boolean; limit?: number } = {}): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let presses = 0; presses < (options.limit ?? 80); presses += 1) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`Focus never reached “${String(name)}” by Tab`);
}

/** What a test can ask of the focused control. */
export interface FocusedControl {
  tag: string;
  role: string;
  type: string;
  /** The control's aria-label, or its label text, or its text (buttons and links). */
  name: string;
  /** The legend of the fieldset around it, for radio groups. */
  group: string;
  testId: string;
}

/** Presses Tab (or Shift+Tab) until the focused control matches, as a keyboard user would. */
export async function tabToControl(page: Page, matches: (control: FocusedControl) => boolean, options: { backwards?: boolean; limit?: number } = {}): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < (options.limit ?? 120); i += 1) {
    await page.keyboard.press(key);
    const focused = await page.evaluate((): FocusedControl => {
      const element = document.activeElement as HTMLElement | null;
      const labelled = element && 'labels' in element ? (element as HTMLInputElement).labels?.[0]?.textContent : null;
      return {
        tag: element?.tagName.toLowerCase() ?? '',
        role: element?.getAttribute('role') ?? '',
        type: element?.getAttribute('type') ?? '',
        name: (element?.getAttribute('aria-label') ?? labelled ?? element?.textContent ?? '').trim(),
        group: element?.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '',
        testId: element?.getAttribute('data-testid') ?? '',
      };
    });
    if (matches(focused)) return;
  }
  throw new Error('focus never reached the target by Tab');
}

export const labelled = (name: string) => (control: FocusedControl) => control.name === name;
export const radioIn = (group: string) => (control: FocusedControl) => control.type === 'radio' && control.group === group;
export const aTab = (control: FocusedControl) => control.role === 'tab';
