// Figure 1: how long a user waits, from navigation start, until "New workshop" can be clicked.
import type { Browser } from 'playwright-core';
import { newFreshContext } from '../browser';
import type { Figure } from '../report';
import { median } from '../stats';

declare global {
  interface Window {
    __benchLibraryInteractiveAt?: number;
  }
}

const COLD_LOADS = 5;
const BUTTON_NAME = 'New workshop';

/**
 * Runs in the page before any app code: notes the moment the button is in the DOM, enabled and
 * rendered with a box. Watching from inside the page avoids counting Playwright's polling delay.
 */
function watchForNewWorkshopButton(buttonName: string): void {
  const isReady = (): boolean => {
    for (const button of document.querySelectorAll('button')) {
      if (button.textContent?.trim() === buttonName && !button.disabled && button.checkVisibility()) return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (window.__benchLibraryInteractiveAt === undefined && isReady()) {
      // performance.now() counts from the navigation start of this document.
      window.__benchLibraryInteractiveAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function measureOneColdLoad(browser: Browser, url: string): Promise<number> {
  // A normal user session: no test hooks.
  const context = await newFreshContext(browser, false);
  try {
    await context.addInitScript(watchForNewWorkshopButton, BUTTON_NAME);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const button = page.getByRole('button', { name: BUTTON_NAME }).first();
    await button.waitFor({ state: 'visible', timeout: 30_000 });
    if (!(await button.isEnabled())) throw new Error(`"${BUTTON_NAME}" is visible but disabled`);
    const readyAt = await page.evaluate(() => window.__benchLibraryInteractiveAt);
    if (readyAt === undefined) throw new Error(`Playwright sees "${BUTTON_NAME}" but the in-page watcher did not`);
    return readyAt;
  } finally {
    await context.close();
  }
}

export async function measureLibraryInteractive(browser: Browser, url: string): Promise<Figure> {
  const samples: number[] = [];
  for (let load = 0; load < COLD_LOADS; load += 1) samples.push(await measureOneColdLoad(browser, url));
  return {
    figure: `Navigation -> library interactive (median of ${COLD_LOADS} cold loads)`,
    value: median(samples),
    unit: 'ms',
    goal: 500,
    samples,
  };
}
