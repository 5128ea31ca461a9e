/**
 * Proof that a migration killed half-way loses nothing: a synthetic next schema version upgrades the
 * app's real database in Chromium (rewriting every workshop, adding a table, writing without end so
 * the upgrade cannot finish), the browser's whole process group gets SIGKILL mid-upgrade, and after a
 * restart the database is still the previous version with every row as it was, and the app opens it.
 * IndexedDB runs an upgrade in one versionchange transaction; this shows Chromium keeps that promise
 * on disk. (tests/data/interruptedUpgrade.test.ts shows the same for a failing step, and a retry.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { RECORD_KINDS } from '../../shared/domain';
import { checklistItemIds, checklistTextInput, createWorkshopInUi, expectScreenWithoutCrash, openLibrary, openPhase, waitUntilSaved } from './support/appScreens';
import { launchOwnedChromium, type OwnedChromium } from './support/chromiumProcess';
import { APP_DATABASE, readStores } from './support/storedData';

/** Dexie stores schema version N as IndexedDB version N * 10; the synthetic next version is 2. */
const CURRENT_IDB_VERSION = 10;
const NEXT_IDB_VERSION = 20;
const ALL_STORES = ['workshops', 'meta', ...RECORD_KINDS];
/** How many writes the upgrade has made when the kill comes: as it starts, early, and deep into it. */
const KILL_AFTER_WRITES = [0, 50, 2_000];

declare global {
  interface Window {
    __upgradeWrites?: number;
  }
}

/** A same-origin page without the app, so no open app connection stands in the upgrade's way. */
async function openBlankPageOfTheApp(page: Page, baseURL: string): Promise<void> {
  await page.goto(new URL('favicon.svg', baseURL).href);
}

/** Starts an upgrade to the next version that never finishes on its own; resolves once it is under way. */
async function startEndlessUpgrade(page: Page, writesBeforeReady: number): Promise<void> {
  await page.evaluate(
    ({ databaseName, version }) => {
      window.__upgradeWrites = 0;
      const request = indexedDB.open(databaseName, version);
      request.onupgradeneeded = () => {
        const transaction = request.transaction;
        if (!transaction) return;
        const notes = request.result.createObjectStore('trialNotes', { keyPath: 'id' });
        const workshops = transaction.objectStore('workshops');
        workshops.openCursor().onsuccess = (event) => {
          const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
          if (!cursor) return;
          cursor.update({ ...(cursor.value as object), title: 'REWRITTEN BY THE KILLED UPGRADE' });
          cursor.continue();
        };
        // Each write queues the next, so the versionchange transaction stays open until the kill.
        const writeNext = (): void => {
          const count = (window.__upgradeWrites ?? 0) + 1;
          window.__upgradeWrites = count;
          notes.put({ id: `note-${count}`, text: 'x'.repeat(200) }).onsuccess = writeNext;
        };
        writeNext();
      };
    },
    { databaseName: APP_DATABASE, version: NEXT_IDB_VERSION },
  );
  await page.waitForFunction((writes) => (window.__upgradeWrites ?? 0) >= writes, writesBeforeReady, { polling: 5 });
}

test('SIGKILL in the middle of a schema upgrade leaves the previous version whole and usable', async ({ baseURL }) => {
  test.setTimeout(90_000);
  if (!baseURL) throw new Error('baseURL is not configured');
  const profile = mkdtempSync(join(tmpdir(), 'dsrs-upgrade-profile-'));
  let running: OwnedChromium | null = null;
  const pageErrors: string[] = [];
  const startBrowser = async (): Promise<Page> => {
    const chromium = await launchOwnedChromium(profile);
    running = chromium;
    const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    return page;
  };
  const killBrowser = async (): Promise<void> => {
    const chromium: OwnedChromium | null = running;
    running = null;
    await chromium?.killGroup();
  };
  try {
    // A real workshop, made through the app, with one acknowledged note.
    let page = await startBrowser();
    await page.addInitScript(() => localStorage.setItem('dsrs.uiLanguage', 'en'));
    await page.goto(baseURL);
    const workshopId = await createWorkshopInUi(page, 'Migración Segura SA', 'Killed upgrade');
    await expect(page.getByTestId('checklist-item').first()).toBeVisible();
    const itemId = (await checklistItemIds(page))[0] ?? '';
    await checklistTextInput(page, itemId, 'note').pressSequentially('Must survive the upgrade');
    await waitUntilSaved(page);
    await openBlankPageOfTheApp(page, baseURL);
    const before = await readStores(page, ALL_STORES);
    expect(before?.version).toBe(CURRENT_IDB_VERSION);
    expect(before?.rows.workshops).toHaveLength(1);

    for (const writes of KILL_AFTER_WRITES) {
      await startEndlessUpgrade(page, writes);
      await killBrowser();

      page = await startBrowser();
      await openBlankPageOfTheApp(page, baseURL);
      // The version is the one open() finds (readStores reports it). Chromium's indexedDB.databases()
      // can go on naming the killed upgrade's version until the database is next opened; it is a
      // listing, not the database, and neither Dexie's open nor the data depend on it.
      expect(await readStores(page, [...ALL_STORES, 'trialNotes']), `rows after a kill at ${writes} writes`).toEqual(before);
    }

    // And the app itself opens it: the library, then the workshop with its note.
    await page.goto(baseURL);
    await openLibrary(page);
    await expect(page.getByTestId('workshop-row')).toHaveCount(1);
    await openPhase(page, workshopId, 'preparation');
    await expect(checklistTextInput(page, itemId, 'note')).toHaveValue('Must survive the upgrade');
    await expectScreenWithoutCrash(page);
    expect(pageErrors).toEqual([]);
    console.log(`killed upgrade: ${KILL_AFTER_WRITES.length} kills mid-upgrade (after ${KILL_AFTER_WRITES.join(', ')} writes), version stayed ${CURRENT_IDB_VERSION / 10}, rows intact`);
  } finally {
    await killBrowser();
    rmSync(profile, { recursive: true, force: true });
  }
});
