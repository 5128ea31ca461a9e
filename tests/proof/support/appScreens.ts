/**
 * The app's screens as the proofs drive them: by roles, labels and test ids, like a user would.
 * Every step that writes waits for the save indicator afterwards; the indicator lives in the
 * workshop shell, so library edits are acknowledged once the workshop is open again.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { PhaseId } from '../../../shared/method/phases';

const STEP_TIMEOUT_MS = 10_000;

export const WORKSHOP_ROUTE = /#\/workshop\/([0-9a-f-]{36})(?:\/|$)/;

export async function gotoHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    location.hash = target;
  }, hash);
}

export async function openLibrary(page: Page): Promise<void> {
  await gotoHash(page, '#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible({ timeout: STEP_TIMEOUT_MS });
}

/** Opens one phase of a workshop and waits until the workshop and the phase are on screen. */
export async function openPhase(page: Page, workshopId: string, phase: PhaseId): Promise<void> {
  await gotoHash(page, `#/workshop/${workshopId}/${phase}`);
  await expect(page.locator('#phase-title')).toBeVisible({ timeout: STEP_TIMEOUT_MS });
  await expect(page.getByRole('navigation', { name: 'Workshop phases' }).locator('a[aria-current="page"]')).toHaveAttribute('href', `#/workshop/${workshopId}/${phase}`, { timeout: STEP_TIMEOUT_MS });
}

/**
 * Waits until the indicator says every write reached the disk. A failed write is not an
 * acknowledgement, so it throws instead of waiting on.
 */
export async function waitUntilSaved(page: Page): Promise<void> {
  const handle = await page.waitForFunction(
    () => {
      const state = document.querySelector('[data-testid="save-indicator"]')?.getAttribute('data-state');
      return state === 'saved' || state === 'failed' ? state : false;
    },
    undefined,
    { timeout: STEP_TIMEOUT_MS, polling: 10 },
  );
  const state: unknown = await handle.jsonValue();
  if (state !== 'saved') throw new Error(`The save indicator reports "${String(state)}"`);
}

/** Creates a workshop through the library's dialog; returns its id once its first screen is open. */
export async function createWorkshopInUi(page: Page, clientCompany: string, title: string): Promise<string> {
  await openLibrary(page);
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Client company').fill(clientCompany);
  await dialog.getByLabel('Workshop title').fill(title);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible({ timeout: STEP_TIMEOUT_MS });
  await expect(page).toHaveURL(WORKSHOP_ROUTE, { timeout: STEP_TIMEOUT_MS });
  const id = WORKSHOP_ROUTE.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop id in ${page.url()}`);
  return id;
}

function libraryRow(page: Page, title: string): Locator {
  return page.getByTestId('workshop-row').filter({ has: page.getByText(title, { exact: true }) });
}

/** Renames in the library's dialog (the dialog is still open when this returns). */
export async function fillRenameDialog(page: Page, currentTitle: string, newTitle: string): Promise<Locator> {
  await openLibrary(page);
  await page.getByRole('button', { name: `Rename: ${currentTitle}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename workshop' });
  await dialog.getByLabel('Workshop title').fill(newTitle);
  return dialog;
}

export async function submitDialog(dialog: Locator, buttonName: string): Promise<void> {
  await dialog.getByRole('button', { name: buttonName, exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: STEP_TIMEOUT_MS });
}

export async function openWorkshopFromLibrary(page: Page, title: string): Promise<void> {
  await libraryRow(page, title).locator('button.workshop-open').click();
  await expect(page.locator('#phase-title')).toBeVisible({ timeout: STEP_TIMEOUT_MS });
}

export function phaseDoneButton(page: Page): Locator {
  return page.locator('.phase-status-box button[aria-pressed]');
}

export async function isPhaseMarkedDone(page: Page): Promise<boolean> {
  return (await phaseDoneButton(page).getAttribute('aria-pressed', { timeout: STEP_TIMEOUT_MS })) === 'true';
}

/** The ids of the checklist items on the Preparation screen, in screen order. */
export async function checklistItemIds(page: Page): Promise<string[]> {
  return page.getByTestId('checklist-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-focus-target') ?? ''));
}

export function checklistItem(page: Page, itemId: string): Locator {
  return page.locator(`[data-testid="checklist-item"][data-focus-target="${itemId}"]`);
}

export type ChecklistTextField = 'note' | 'owner';

export function checklistTextInput(page: Page, itemId: string, field: ChecklistTextField): Locator {
  return checklistItem(page, itemId).getByLabel(field === 'note' ? 'Note' : 'Owner', { exact: true });
}

export function checklistStatusSelect(page: Page, itemId: string): Locator {
  return checklistItem(page, itemId).getByLabel(/^Status: /);
}

/** Errors the page threw and error boundaries on screen: a workshop must open without either. */
export async function expectScreenWithoutCrash(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Something went wrong on this screen' })).toHaveCount(0);
}
