// Debian's Chromium driven by playwright-core, with the same launch arguments as the browser tests.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../playwright.config';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Playwright's own signal handlers would exit the process on Ctrl+C before the bench has stopped its
 * preview server; the bench closes the browser itself (Playwright still kills it if Node exits).
 */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/**
 * tsx compiles this bench with esbuild's keepNames, which wraps named functions in a `__name(...)`
 * helper; code handed to page.evaluate runs in the page, where that helper does not exist.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((target) => target);';

/** A fresh context: empty cache, empty IndexedDB, English UI, as a first-time user sees the app. */
export async function newFreshContext(browser: Browser, withTestHooks: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  await context.addInitScript((hooks: boolean) => {
    if (hooks) localStorage.setItem('dsrs.testHooks', '1');
    if (!localStorage.getItem('dsrs.uiLanguage')) localStorage.setItem('dsrs.uiLanguage', 'en');
  }, withTestHooks);
  return context;
}

/** Opens the app in a fresh context with the bench hooks (window.__dsrsTest.bench) available. */
export async function openAppWithBenchHooks(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newFreshContext(browser, true);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__dsrsTest?.bench !== undefined);
  return { context, page };
}
