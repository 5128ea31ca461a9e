import { expect, type Locator, type Page } from '@playwright/test';

export interface NewWorkshop {
  clientCompany: string;
  title: string;
  facilitator?: string;
  date?: string;
  language?: 'en' | 'es';
  currency?: string;
}

/** The library as a user sees it: by roles and labels, never by CSS internals. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('./#/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  }

  rows(): Locator {
    return this.page.getByTestId('workshop-row');
  }

  row(title: string): Locator {
    return this.rows().filter({ has: this.page.getByText(title, { exact: true }) });
  }

  async createWorkshop(workshop: NewWorkshop): Promise<void> {
    await this.page.getByRole('button', { name: 'New workshop' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New workshop' });
    await dialog.getByLabel('Client company').fill(workshop.clientCompany);
    await dialog.getByLabel('Workshop title').fill(workshop.title);
    if (workshop.facilitator) await dialog.getByLabel('Facilitator').fill(workshop.facilitator);
    if (workshop.date) await dialog.getByLabel('Workshop date').fill(workshop.date);
    if (workshop.currency) await dialog.getByLabel('Currency').selectOption(workshop.currency);
    if (workshop.language) await dialog.getByLabel('Workshop language').selectOption(workshop.language);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(this.page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('link', { name: 'Library' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  }
}
