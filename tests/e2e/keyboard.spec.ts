import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, matches: (element: { role: string | null; name: string; tag: string }) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        role: element?.getAttribute('role') ?? null,
        name: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim(),
        tag: element?.tagName.toLowerCase() ?? '',
      };
    });
    if (matches(focused)) return;
  }
  throw new Error('focus never reached the target by Tab');
}

test('library and workshop shell work by keyboard alone', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();

  // Create a workshop: Tab to the button, Enter, type, Enter submits.
  await tabTo(page, (el) => el.tag === 'button' && el.name.includes('New workshop'));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await expect(dialog.getByLabel('Client company')).toBeFocused();
  await page.keyboard.type('Teclado Industrial SA');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Keyboard-only workshop');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();

  // Move to phase 3 through the navigator and mark it done.
  await tabTo(page, (el) => el.tag === 'a' && el.name.startsWith('3') && el.name.includes('Diagnosis'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnosis' })).toBeFocused();
  await tabTo(page, (el) => el.tag === 'button' && el.name.includes('Mark phase as done'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('phase-status')).toContainText('Done');

  // Undo with the shortcut (focus is on a button, not in a text field).
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('phase-status')).toContainText('Not started');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('phase-status')).toContainText('Done');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('phase-status')).toContainText('Done');

  // Back to the library, then delete with the keyboard: the confirmation starts on Cancel.
  await tabTo(page, (el) => el.tag === 'a' && el.name.includes('Library'), 60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await tabTo(page, (el) => el.name.startsWith('Delete: Keyboard-only workshop'), 60);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(library.rows()).toHaveCount(1);
});

test('the last opened phase is remembered per workshop', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Memory SA', title: 'Remember me' });
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Creative ideas/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Creative ideas' })).toBeVisible();
  await library.backToLibrary();
  await page.getByRole('button', { name: /Memory SA\s*Remember me/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Creative ideas' })).toBeVisible();
});
