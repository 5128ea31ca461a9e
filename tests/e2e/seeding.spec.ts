import { expect, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';

test('a new workshop starts with the checklist and the question bank, and no undo step for them', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Seed SA', title: 'Seeded', language: 'es' });
  const nav = page.getByRole('navigation', { name: 'Workshop phases' });
  await expect(nav.getByRole('link', { name: /Preparation.*In progress/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Situation analysis.*In progress/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});
