/** Two tabs of one browser context on the same new workshop, and what they need to prove things. */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { preparationItemSchema, workshopSchema, type PreparationItem, type Workshop } from '../../../shared/domain';
import { checklistItemIds, createWorkshopInUi, openPhase } from './appScreens';
import { readStores } from './storedData';

export interface TwoTabs {
  tabA: Page;
  /** Can be made deaf to the other tab's news (see holdNewsFromOtherTabs). */
  tabB: Page;
  workshopId: string;
  itemIds: string[];
}

declare global {
  interface Window {
    __proofNews?: { hold: boolean; release: () => void };
  }
}

/**
 * Lets a test keep tab B from hearing about tab A's writes for a while: the app's live queries learn
 * of other tabs' writes through a BroadcastChannel, and this holds its messages back until released.
 * It makes "B still shows an older copy" certain instead of a matter of milliseconds.
 */
function installNewsGate(): void {
  const NativeChannel = window.BroadcastChannel;
  const held: (() => void)[] = [];
  const gate = {
    hold: false,
    release: () => {
      gate.hold = false;
      for (const deliver of held.splice(0)) deliver();
    },
  };
  window.__proofNews = gate;
  class GatedChannel extends NativeChannel {
    override set onmessage(handler: ((this: BroadcastChannel, event: MessageEvent) => unknown) | null) {
      super.onmessage = handler
        ? (event: MessageEvent) => {
            if (gate.hold) held.push(() => handler.call(this, event));
            else handler.call(this, event);
          }
        : null;
    }
    override get onmessage(): ((this: BroadcastChannel, event: MessageEvent) => unknown) | null {
      return super.onmessage;
    }
  }
  window.BroadcastChannel = GatedChannel;
}

export async function openTwoTabsOnNewWorkshop(context: BrowserContext, title: string): Promise<TwoTabs> {
  await context.addInitScript(() => {
    if (!localStorage.getItem('dsrs.uiLanguage')) localStorage.setItem('dsrs.uiLanguage', 'en');
  });
  const tabA = await context.newPage();
  await tabA.goto('./');
  const workshopId = await createWorkshopInUi(tabA, 'Dos Pestañas SL', title);
  await openPhase(tabA, workshopId, 'preparation');
  await expect(tabA.getByTestId('checklist-item')).toHaveCount(13);
  const itemIds = await checklistItemIds(tabA);
  const tabB = await context.newPage();
  await tabB.addInitScript(installNewsGate);
  await tabB.goto('./');
  await openPhase(tabB, workshopId, 'preparation');
  return { tabA, tabB, workshopId, itemIds };
}

export async function holdNewsFromOtherTabs(page: Page, hold: boolean): Promise<void> {
  await page.evaluate((holding) => {
    const gate = window.__proofNews;
    if (!gate) throw new Error('This tab has no news gate');
    if (holding) gate.hold = true;
    else gate.release();
  }, hold);
}

export async function storedWorkshop(page: Page, workshopId: string): Promise<Workshop | undefined> {
  const stored = await readStores(page, ['workshops']);
  return workshopSchema.array().parse(stored?.rows.workshops ?? []).find((workshop) => workshop.id === workshopId);
}

export async function storedItem(page: Page, itemId: string): Promise<PreparationItem | undefined> {
  const stored = await readStores(page, ['preparationItems']);
  return preparationItemSchema.array().parse(stored?.rows.preparationItems ?? []).find((item) => item.id === itemId);
}

/** Clicks from inside the page, so two tabs' clicks do not wait on each other's actionability checks. */
export async function clickInPage(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((element: HTMLElement) => element.click());
}

export function itemAt(ids: readonly string[], index: number): string {
  const id = ids[index];
  if (!id) throw new Error(`No checklist item ${index}`);
  return id;
}
