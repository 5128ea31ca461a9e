import type { Page } from '@playwright/test';

/** The id of the workshop the page shows, read from its address. */
export async function workshopIdOf(page: Page): Promise<string> {
  const match = /#\/workshop\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not in a workshop: ${page.url()}`);
  return decodeURIComponent(match[1]);
}
