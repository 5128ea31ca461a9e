import type { Locator } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';
import { textsBelowMinimum } from './support/presenterText';
import { tabTo } from './support/keyboard';

/**
 * Phases 4b and 5 on the projector: the poster and the idea board as canvases at a legible zoom,
 * toured step by step from the keyboard (N, P, the tour's buttons), panned and zoomed with the canvas
 * focused, each step announced.
 */

/** The element is drawn wholly inside the canvas's visible area. */
async function expectWithin(element: Locator, canvas: Locator): Promise<void> {
  const box = await element.boundingBox();
  const area = await canvas.boundingBox();
  if (!box || !area) throw new Error(`no box for ${String(element)}`);
  expect(box.x, String(element)).toBeGreaterThanOrEqual(area.x - 0.5);
  expect(box.y, String(element)).toBeGreaterThanOrEqual(area.y - 0.5);
  expect(box.x + box.width, String(element)).toBeLessThanOrEqual(area.x + area.width + 0.5);
  expect(box.y + box.height, String(element)).toBeLessThanOrEqual(area.y + area.height + 0.5);
}

const sceneTransform = (canvas: Locator) => canvas.locator('.projector-scene').evaluate((element) => (element as HTMLElement).style.transform);
const zoomOf = async (canvas: Locator) => Number(await canvas.getAttribute('data-zoom'));

test("the example's posters and idea board are toured on the projector by keyboard, legible and announced", async ({ page, consoleErrors }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  // Without the slide between steps every position is final the moment a step is shown.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  const navigator = page.getByRole('navigation', { name: 'Workshop phases' });
  await navigator.getByRole('link', { name: /Relationship poster/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Relationship poster' })).toBeVisible();

  // Phase 4b: F5 presents it; the tour starts on the first account's buying team.
  await page.keyboard.press('F5');
  const poster = page.getByRole('dialog', { name: 'Relationship poster' });
  await expect(poster).toBeVisible();
  const posterCanvas = poster.getByRole('region', { name: 'Relationship posters on the projector' });
  const posterAnnouncer = poster.getByTestId('projector-announcer');
  const posterCounter = poster.getByText(/^Step \d+ of \d+$/);
  const posterTitle = poster.getByRole('heading', { level: 2 });
  await expect(posterTitle).toHaveText('Vortmann Landtechnik GmbH · Customer');
  await expect(posterAnnouncer).toHaveText('Vortmann Landtechnik GmbH · Customer. Part 1 of 3 · 1 person: Dr. Henrik Lindqvist.');
  await expect(poster.getByRole('button', { name: 'Previous step (P)' })).toHaveAttribute('aria-disabled', 'true');
  await expectNoSeriousAxeViolations(page, 'the poster on the projector');
  expect(await textsBelowMinimum(poster)).toEqual([]);

  // N through every step: each shows the people it announces, whole and in large type.
  const total = Number(/of (\d+)$/.exec((await posterCounter.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(4);
  const seen = new Set<string>();
  const titles: string[] = [];
  for (let step = 1; step <= total; step += 1) {
    if (step > 1) await page.keyboard.press('n');
    await expect(posterCounter).toHaveText(`Step ${step} of ${total}`);
    const title = (await posterTitle.textContent()) ?? '';
    const announcement = (await posterAnnouncer.textContent()) ?? '';
    expect(announcement.startsWith(`${title}. `), announcement).toBe(true);
    const names = /: ([^:]+)\.$/.exec(announcement)?.[1]?.split(', ') ?? [];
    expect(names.length, announcement).toBeGreaterThan(0);
    for (const name of names) {
      const card = posterCanvas.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
      await expectWithin(card, posterCanvas);
      expect(await textsBelowMinimum(card), name).toEqual([]);
      seen.add(name);
    }
    titles.push(title);
  }
  expect(seen.size).toBe(18);
  expect(new Set(titles)).toEqual(
    new Set(['Vortmann Landtechnik GmbH · Customer', 'Vortmann Landtechnik GmbH · Our side', 'Industrias Cierzo S.A. · Customer', 'Industrias Cierzo S.A. · Our side']),
  );
  expect(consoleErrors).toEqual([]);
  await expect(poster.getByRole('button', { name: 'Next step (N)' })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('n');
  await expect(posterCounter).toHaveText(`Step ${total} of ${total}`);
  await page.keyboard.press('p');
  await expect(posterCounter).toHaveText(`Step ${total - 1} of ${total}`);
  await expectNoSeriousAxeViolations(page, 'the second account on the projector');

  // The tour's buttons work from the keyboard too.
  const previous = poster.getByRole('button', { name: 'Previous step (P)' });
  await tabTo(page, previous);
  await page.keyboard.press('Enter');
  await expect(posterCounter).toHaveText(`Step ${total - 2} of ${total}`);
  await page.keyboard.press('Tab');
  await expect(poster.getByRole('button', { name: 'Next step (N)' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(posterCounter).toHaveText(`Step ${total - 1} of ${total}`);

  // Focused, the canvas pans with the arrows (the phase stays), zooms with + and −, never below the
  // legible zoom, and Home brings the step back; its keys are shown while it has the focus.
  await page.keyboard.press('Tab');
  await expect(posterCanvas).toBeFocused();
  await expect(posterCanvas.getByText('step through the posters', { exact: false })).toBeVisible();
  const stepView = await sceneTransform(posterCanvas);
  const legible = await zoomOf(posterCanvas);
  expect(legible).toBeCloseTo(1.5, 2);
  await page.keyboard.press('ArrowRight');
  await expect(poster).toBeVisible();
  expect(await sceneTransform(posterCanvas)).not.toBe(stepView);
  await page.keyboard.press('Home');
  expect(await sceneTransform(posterCanvas)).toBe(stepView);
  await page.keyboard.press('+');
  expect(await zoomOf(posterCanvas)).toBeGreaterThan(legible);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  expect(await zoomOf(posterCanvas)).toBeCloseTo(legible, 5);
  expect(await textsBelowMinimum(poster)).toEqual([]);

  // A clicker sends Page Up / Page Down: they step the tour first, as slides step through their
  // builds, and change the phase only past its ends.
  await page.keyboard.press('PageUp');
  await expect(posterCounter).toHaveText(`Step ${total - 2} of ${total}`);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(posterCounter).toHaveText(`Step ${total} of ${total}`);
  await expect(poster).toBeVisible();
  // Past the last step, Page Down moves to the next phase: the idea board, toured cluster by cluster, then the inbox.
  await page.keyboard.press('PageDown');
  const ideas = page.getByRole('dialog', { name: 'Creative ideas' });
  await expect(ideas).toBeVisible();
  // The focused canvas went with the phase; the focus moves to the new phase's title, as always.
  await expect(ideas.getByRole('heading', { level: 1, name: 'Creative ideas' })).toBeFocused();
  const ideasCanvas = ideas.getByRole('region', { name: 'Idea board on the projector' });
  const ideasAnnouncer = ideas.getByTestId('projector-announcer');
  const ideaSteps = [
    { frame: 'Pricing and value selling', announcement: 'Cluster 1 of 5: Pricing and value selling. 6 notes.' },
    { frame: 'CRM and sales data', announcement: 'Cluster 2 of 5: CRM and sales data. 6 notes.' },
    { frame: 'Key-account work', announcement: 'Cluster 3 of 5: Key-account work. 6 notes.' },
    { frame: 'Winning new customers', announcement: 'Cluster 4 of 5: Winning new customers. 6 notes.' },
    { frame: 'Service and delivery', announcement: 'Cluster 5 of 5: Service and delivery. 4 notes.' },
    { frame: 'Inbox', announcement: 'Inbox: not on the board yet. 2 notes.' },
  ];
  let notesSeen = 0;
  for (const [index, step] of ideaSteps.entries()) {
    if (index > 0) await page.keyboard.press('N');
    await expect(ideasAnnouncer).toHaveText(step.announcement);
    await expect(ideas.getByText(`Step ${index + 1} of ${ideaSteps.length}`, { exact: true })).toBeVisible();
    const frame = ideasCanvas.locator('section').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${step.frame}`) }) });
    const notes = frame.getByRole('listitem');
    const count = await notes.count();
    expect(count, step.frame).toBeGreaterThan(0);
    for (let note = 0; note < count; note += 1) await expectWithin(notes.nth(note), ideasCanvas);
    expect(await textsBelowMinimum(frame), step.frame).toEqual([]);
    notesSeen += count;
    if (index === 0) await expectNoSeriousAxeViolations(page, 'the idea board on the projector');
  }
  expect(notesSeen).toBe(30);
  // Chosen notes and revealed votes are on the notes too.
  await page.keyboard.press('P');
  await expect(ideasAnnouncer).toHaveText('Cluster 5 of 5: Service and delivery. 4 notes.');
  await expect(ideasCanvas.getByText('Chosen for the roadmap').first()).toBeAttached();
  expect(await textsBelowMinimum(ideas)).toEqual([]);
  await expectNoSeriousAxeViolations(page, 'the last cluster on the projector');

  await page.keyboard.press('PageUp');
  await expect(ideasAnnouncer).toHaveText('Cluster 4 of 5: Winning new customers. 6 notes.');
  await expect(ideas).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(poster).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(ideas).toBeVisible();

  // Escape returns to the editor, which is untouched.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Creative ideas' })).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test('a new workshop presents its empty poster and its first ideas, also after a reload', async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Proyector Ideas SL', title: 'Ideas on the wall' });
  await tabTo(page, page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Creative ideas/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Creative ideas' })).toBeFocused();

  // Nothing written yet: the projector says so.
  await page.keyboard.press('F5');
  const ideas = page.getByRole('dialog', { name: 'Creative ideas' });
  await expect(ideas.getByRole('heading', { name: 'No ideas yet' })).toBeVisible();
  expect(await textsBelowMinimum(ideas)).toEqual([]);
  await expectNoSeriousAxeViolations(page, 'an empty idea board on the projector');
  await page.keyboard.press('Escape');
  await expect(ideas).toBeHidden();

  // One idea into the inbox, one straight onto the board, by keyboard.
  const capture = page.getByRole('textbox', { name: 'New idea' });
  await tabTo(page, capture);
  await page.keyboard.type('Quote within 24 hours');
  await page.keyboard.press('Enter');
  await expect(capture).toHaveValue('');
  await tabTo(page, page.getByRole('radio', { name: 'Inbox' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Canvas' })).toBeChecked();
  await tabTo(page, capture, { backwards: true });
  await page.keyboard.type('Price corridor per segment');
  await page.keyboard.press('Enter');
  await expect(capture).toHaveValue('');

  await page.keyboard.press('F5');
  await expect(ideas).toBeVisible();
  const announcer = ideas.getByTestId('projector-announcer');
  await expect(announcer).toHaveText('Notes outside the clusters. 1 note.');
  await expect(ideas.getByText('Price corridor per segment')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'the first ideas on the projector');
  await page.keyboard.press('n');
  await expect(announcer).toHaveText('Inbox: not on the board yet. 1 note.');
  const inbox = ideas.getByRole('region', { name: 'Idea board on the projector' }).getByRole('listitem').filter({ hasText: 'Quote within 24 hours' });
  await expectWithin(inbox, ideas.getByRole('region', { name: 'Idea board on the projector' }));
  expect(await textsBelowMinimum(ideas)).toEqual([]);

  // Presenter mode is part of the address: a reload comes back to it, with the ideas stored.
  await page.reload();
  await expect(ideas).toBeVisible();
  await expect(announcer).toHaveText('Notes outside the clusters. 1 note.');
  await page.keyboard.press('n');
  await expect(ideas.getByText('Quote within 24 hours')).toBeVisible();

  // Page Up steps back to the first step, then on to the previous phase: the poster of a workshop
  // without key accounts says what it will hold.
  await page.keyboard.press('PageUp');
  await expect(announcer).toHaveText('Notes outside the clusters. 1 note.');
  await page.keyboard.press('PageUp');
  const poster = page.getByRole('dialog', { name: 'Relationship poster' });
  await expect(poster.getByRole('heading', { name: 'No key accounts yet' })).toBeVisible();
  expect(await textsBelowMinimum(poster)).toEqual([]);
  await expectNoSeriousAxeViolations(page, 'an empty poster on the projector');
  expect(consoleErrors).toEqual([]);
});
