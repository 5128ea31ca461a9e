/**
 * Proof that no acknowledged edit is lost when the app dies abruptly: the production build runs in
 * Debian's Chromium on a persistent profile; a stream of edits goes through the real screens; at a
 * random moment the whole browser process group gets SIGKILL (no unload, no flush, like a power cut
 * of the process); the browser restarts on the same profile and every edit the save indicator had
 * confirmed must be on disk, and the workshop must open without error.
 *
 * PROOF_SEED=<n> replays a run; PROOF_KILLS=<n> changes the number of kills (default 50).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectScreenWithoutCrash, openLibrary, openPhase } from './support/appScreens';
import { launchOwnedChromium, type OwnedChromium } from './support/chromiumProcess';
import { CrashScenario } from './support/crashScenario';
import { seededRandom, seedFromEnvironment, type SeededRandom } from './support/seededRandom';
import { readSnapshot } from './support/storedData';

const KILLS = Number(process.env.PROOF_KILLS ?? 50);
/** Share of kills aimed at the app's start (database opening) instead of the middle of editing. */
const BOOT_KILL_SHARE = 0.1;
const LONGEST_EDIT_STREAM_MS = 1_500;

test.setTimeout(Math.max(180_000, KILLS * 6_000));

interface RunFigures {
  kills: number;
  bootKills: number;
  restarts: number;
  openedAfterRestart: number;
}

async function openApp(chromium: OwnedChromium, baseURL: string, pageErrors: string[]): Promise<Page> {
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(baseURL);
  return page;
}

/** After a restart: the disk is checked against the ledger, then one workshop must open cleanly. */
async function verifyAfterRestart(page: Page, scenario: CrashScenario, random: SeededRandom, figures: RunFigures): Promise<void> {
  await openLibrary(page);
  const snapshot = await readSnapshot(page);
  if (snapshot) scenario.verify(snapshot);
  else expect(scenario.workshopCount, 'the database vanished').toBe(0);
  const workshop = scenario.pickWorkshop();
  if (!workshop) return;
  await expect(page.getByTestId('workshop-row')).toHaveCount(scenario.workshopCount);
  await openPhase(page, workshop.id, random.pick(['preparation', 'situation', 'objectives'] as const));
  await expect(page.locator('.workshop-identity-title')).toHaveText(workshop.title);
  await expectScreenWithoutCrash(page);
  figures.openedAfterRestart += 1;
}

/** Edits until the browser dies under it; errors after the kill are the expected way to stop. */
async function editUntilKilled(page: Page, scenario: CrashScenario, isKilled: () => boolean): Promise<void> {
  try {
    while (!isKilled()) await scenario.makeEdit(page);
  } catch (error) {
    if (!isKilled()) throw error;
  }
}

async function killAfter(chromium: OwnedChromium, delayMs: number, onKill: () => void): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  onKill();
  await chromium.killGroup();
}

function printSummary(seed: number, figures: RunFigures, scenario: CrashScenario, elapsedMs: number): void {
  const byKind = Object.entries(scenario.counts.byKind).map(([kind, count]) => `${kind} ${count}`).join(', ');
  console.log(
    `crash test: seed ${seed}, kills ${figures.kills} (${figures.bootKills} during start-up), restarts ${figures.restarts}, ` +
      `edits attempted ${scenario.counts.attempted} (${byKind}), acknowledged ${scenario.ledger.acknowledgedEdits}, ` +
      `lost ${scenario.ledger.lost.length}, workshops opened after restart ${figures.openedAfterRestart} ` +
      `(${scenario.workshopsWithoutChecklist.size} left without their checklist by a kill during creation), ` +
      `duration ${(elapsedMs / 1000).toFixed(1)} s`,
  );
}

test('every edit acknowledged as saved survives SIGKILL of the whole browser', async ({ baseURL }) => {
  if (!baseURL) throw new Error('baseURL is not configured');
  const seed = seedFromEnvironment();
  const random = seededRandom(seed);
  console.log(`crash test: seed ${seed} (PROOF_SEED=${seed} replays this run), ${KILLS} kills`);
  const profile = mkdtempSync(join(tmpdir(), 'dsrs-crash-profile-'));
  const scenario = new CrashScenario(random);
  const figures: RunFigures = { kills: 0, bootKills: 0, restarts: 0, openedAfterRestart: 0 };
  const started = Date.now();
  let chromium: OwnedChromium | null = null;
  try {
    for (let cycle = 0; cycle < KILLS; cycle += 1) {
      chromium = await launchOwnedChromium(profile);
      if (cycle > 0) figures.restarts += 1;
      const pageErrors: string[] = [];
      let killed = false;
      const markKilled = () => {
        killed = true;
      };
      const bootKill = cycle > 0 && random.next() < BOOT_KILL_SHARE;
      if (bootKill) {
        // The kill races the page load and the database opening; nothing is verified in between.
        const kill = killAfter(chromium, random.integer(0, 400), markKilled);
        await openApp(chromium, baseURL, pageErrors).catch((error: unknown) => {
          if (!killed) throw error;
        });
        await kill;
        figures.bootKills += 1;
      } else {
        const page = await openApp(chromium, baseURL, pageErrors);
        await verifyAfterRestart(page, scenario, random, figures);
        expect(scenario.ledger.lost, `lost acknowledged edits after restart ${cycle}`).toEqual([]);
        expect(scenario.anomalies).toEqual([]);
        expect(pageErrors, 'errors thrown by the page after the restart').toEqual([]);
        const kill = killAfter(chromium, random.integer(50, LONGEST_EDIT_STREAM_MS), markKilled);
        await Promise.all([editUntilKilled(page, scenario, () => killed), kill]);
      }
      figures.kills += 1;
      chromium = null;
    }

    // The last restart: everything acknowledged before the 50th kill must be there too.
    chromium = await launchOwnedChromium(profile);
    figures.restarts += 1;
    const pageErrors: string[] = [];
    const page = await openApp(chromium, baseURL, pageErrors);
    await verifyAfterRestart(page, scenario, random, figures);
    expect(pageErrors).toEqual([]);
  } finally {
    await chromium?.killGroup();
    rmSync(profile, { recursive: true, force: true });
    // Printed on failure too: the figures and the seed are what a replay starts from.
    printSummary(seed, figures, scenario, Date.now() - started);
  }

  expect(scenario.ledger.lost).toEqual([]);
  expect(scenario.anomalies).toEqual([]);
  expect(figures.kills).toBe(KILLS);
  // A run where the UI hardly ever got to confirm an edit would prove little.
  expect(scenario.ledger.acknowledgedEdits).toBeGreaterThanOrEqual(KILLS / 2);
});
