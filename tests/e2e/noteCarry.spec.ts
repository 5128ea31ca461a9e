import type { Page } from '@playwright/test';
import { buildIdeaBoard, storeIdeaBoard } from '../bench/ideasSeed';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';
import { note, stored, storedIdea, waitForStillCanvas } from './support/ideasBoard';
import { tabTo } from './support/keyboard';
import { workshopIdOf } from './support/workshopUrl';

// Notes are carried by the board's own pointer handling (canvas/carry), not React Flow's drag. Zoomed
// far out, a big board's notes are drawn on one canvas (FarNoteLayer): these tests check that what is
// drawn is where the notes are, that every mouse and keyboard action of the near view still works
// there, and that a note carried to the canvas's edge pans the board. (Near-zoom drags into frames,
// several at once and onto the inbox are in ideas.spec.ts.)

const NOTE_COUNT = 400;

async function openFarBoard(page: Page): Promise<string> {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Lejos SL', title: 'A long brainstorm' });
  const workshopId = await workshopIdOf(page);
  await storeIdeaBoard(page, buildIdeaBoard(workshopId, NOTE_COUNT));
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Creative ideas/ }).click();
  await expect(page.getByText(`${NOTE_COUNT} on the canvas`)).toBeVisible();
  await page.getByRole('button', { name: 'Fit the whole board in view' }).click();
  await expect(page.locator('.ideas-canvas.is-far .ideas-far-layer canvas')).toBeVisible();
  await waitForStillCanvas(page);
  return workshopId;
}

const label = (number: number) => `(#${number})`;

/** The seeded board numbers its notes: "… (#250)". */
async function storedNote(page: Page, workshopId: string, number: number) {
  const idea = (await stored(page, workshopId)).ideas.find((candidate) => candidate.text.endsWith(label(number)));
  if (!idea) throw new Error(`no stored note ${number}`);
  return idea;
}

/** React Flow's viewport: its translation in screen pixels and its zoom. */
async function viewportOf(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page.locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
  const [x, y, zoom] = (/translate\(([-\d.]+)px, ?([-\d.]+)px\) scale\(([\d.]+)\)/.exec(transform) ?? []).slice(1).map(Number);
  if (x === undefined || y === undefined || zoom === undefined || !Number.isFinite(zoom)) throw new Error(`no viewport in ${transform}`);
  return { x, y, zoom };
}

/** A point on a note as drawn: its node is not painted, but keeps the note's place and size. */
async function pointOn(page: Page, number: number, along = 0.5): Promise<{ x: number; y: number }> {
  const box = await note(page, label(number)).boundingBox();
  if (!box) throw new Error(`note ${number} has no box`);
  return { x: box.x + box.width * along, y: box.y + box.height / 2 };
}

/** The colour the far layer's canvas has at a point of the page, as [r, g, b, alpha]. */
async function pixelAt(page: Page, point: { x: number; y: number }): Promise<number[]> {
  return page.locator('.ideas-far-layer canvas').evaluate((element, { x, y }) => {
    const canvas = element as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const data = canvas.getContext('2d')?.getImageData(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale), 1, 1).data;
    return data ? [...data] : [];
  }, point);
}

async function dragBy(page: Page, from: { x: number; y: number }, dx: number, dy: number, beforeRelease?: () => Promise<void>) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 10 });
  await beforeRelease?.();
  await page.mouse.up();
}

test('far out, a big board is drawn on one canvas where its notes are, and notes are clicked and dragged by mouse', async ({ page, consoleErrors }) => {
  const workshopId = await openFarBoard(page);

  // Drawn where the notes are: card colour on a note, nothing between two notes.
  const onNote = await pixelAt(page, await pointOn(page, 250));
  expect(onNote[3]).toBe(255);
  const box = await note(page, label(250)).boundingBox();
  if (!box) throw new Error('note 250 has no box');
  // Rows lie further apart than columns (room for frame names): the middle of the gap below is empty.
  const gap = await pixelAt(page, { x: box.x + box.width / 2, y: box.y + box.height + 5 });
  expect(gap[3]).toBe(0);
  await expectNoSeriousAxeViolations(page, 'idea board zoomed far out');

  // A click selects the note under the pointer.
  await page.mouse.click((await pointOn(page, 250)).x, (await pointOn(page, 250)).y);
  await expect(page.getByRole('heading', { level: 2, name: 'Note' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue(/\(#250\)$/);

  // A drag moves it by the pointer's travel at this zoom, as one undo step; the canvas follows.
  const { zoom } = await viewportOf(page);
  const before = await storedNote(page, workshopId, 250);
  await dragBy(page, await pointOn(page, 250), 90, 45, async () => {
    await expect(page.locator('.ideas-far-ghost-note')).toHaveCount(1);
  });
  await expect(page.locator('.ideas-far-ghost-note')).toHaveCount(0);
  await expect.poll(async () => (await storedNote(page, workshopId, 250)).x).not.toBe(before.x);
  const moved = await storedNote(page, workshopId, 250);
  expect(Math.abs(moved.x - (before.x + 90 / zoom))).toBeLessThanOrEqual(1);
  expect(Math.abs(moved.y - (before.y + 45 / zoom))).toBeLessThanOrEqual(1);
  await expect.poll(async () => (await pixelAt(page, await pointOn(page, 250)))[3]).toBe(255);
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue(/\(#250\)$/);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => { const idea = await storedNote(page, workshopId, 250); return [idea.x, idea.y]; }).toEqual([before.x, before.y]);

  // Escape in the middle of a drag puts the note down where it was.
  await dragBy(page, await pointOn(page, 250), 120, 0, async () => {
    await page.keyboard.press('Escape');
    await expect(page.locator('.ideas-far-ghost-note')).toHaveCount(0);
  });
  await page.waitForTimeout(200);
  expect(await storedNote(page, workshopId, 250)).toMatchObject({ x: before.x, y: before.y });

  // Dropped inside a frame, a note joins that cluster.
  const frame = await page.locator('.react-flow__node-cluster[aria-label^="Cluster Theme 1,"]').boundingBox();
  if (!frame) throw new Error('frame not drawn');
  const from = await pointOn(page, 250);
  await dragBy(page, from, frame.x + frame.width / 2 - from.x, frame.y + frame.height - 8 - from.y);
  const themeOne = (await stored(page, workshopId)).clusters.find((cluster) => cluster.name === 'Theme 1');
  await expect.poll(async () => (await storedNote(page, workshopId, 250)).clusterId).toBe(themeOne?.id);

  // Shift-click adds a second note; dragging one carries both by the same distance.
  const pair = [251, 252];
  await page.mouse.click((await pointOn(page, pair[0] ?? 0)).x, (await pointOn(page, pair[0] ?? 0)).y);
  await page.keyboard.down('Shift');
  await page.mouse.click((await pointOn(page, pair[1] ?? 0)).x, (await pointOn(page, pair[1] ?? 0)).y);
  await page.keyboard.up('Shift');
  await expect(page.getByRole('heading', { level: 2, name: '2 notes selected' })).toBeVisible();
  const pairBefore = (await stored(page, workshopId)).ideas.filter((idea) => pair.some((number) => idea.text.endsWith(label(number))));
  await dragBy(page, await pointOn(page, pair[0] ?? 0), 0, 60, async () => {
    await expect(page.locator('.ideas-far-ghost-note')).toHaveCount(2);
  });
  await expect.poll(async () => (await storedIdea(page, workshopId, pairBefore[1]?.text ?? '')).y).not.toBe(pairBefore[1]?.y);
  const pairAfter = await Promise.all(pairBefore.map((idea) => storedIdea(page, workshopId, idea.text)));
  const pairMoves = pairAfter.map((idea, index) => idea.y - (pairBefore[index]?.y ?? 0));
  expect(pairMoves[0]).toBeGreaterThan(0);
  expect(pairMoves[1]).toBe(pairMoves[0]);
  expect(pairAfter.map((idea, index) => idea.x - (pairBefore[index]?.x ?? 0))).toEqual([0, 0]);

  // Dropped on the inbox, a note goes back to it.
  const inbox = await page.locator('.ideas-inbox').boundingBox();
  if (!inbox) throw new Error('inbox not drawn');
  const last = await pointOn(page, 300);
  await dragBy(page, last, inbox.x + inbox.width / 2 - last.x, inbox.y + 120 - last.y, async () => {
    await expect(page.locator('.ideas-inbox.is-drop-target')).toHaveCount(1);
  });
  await expect(page.getByTestId('ideas-inbox-note').filter({ hasText: label(300) })).toBeVisible();
  expect((await stored(page, workshopId)).ideas.find((idea) => idea.text.endsWith(label(300)))?.place).toBe('inbox');
  expect(consoleErrors).toEqual([]);
});

test('far out, notes are still reached and moved by keyboard, and the canvas rings the focused one', async ({ page }) => {
  const workshopId = await openFarBoard(page);
  const firstNote = page.locator('.react-flow__node-note').first();
  await tabTo(page, firstNote);
  const text = await firstNote.getAttribute('aria-label');
  expect(text).toMatch(/\(#\d+\)/);
  const number = Number(/\(#(\d+)\)/.exec(text ?? '')?.[1]);

  // The ring lies just outside the card, in the focus colour.
  const edge = await pointOn(page, number, 0);
  const ring = await pixelAt(page, { x: edge.x - 5, y: edge.y });
  expect(ring[3]).toBeGreaterThan(200);
  expect(ring[0]).toBeGreaterThan(200);
  expect(ring[2]).toBeLessThan(100);

  const before = (await stored(page, workshopId)).ideas.find((idea) => idea.text.endsWith(label(number)));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Note' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await stored(page, workshopId)).ideas.find((idea) => idea.text.endsWith(label(number)))?.x).toBe((before?.x ?? 0) + 10);
  await expect(firstNote).toBeFocused();
});

test('a note carried to the edge of the canvas pans the board and lands under the pointer', async ({ page }) => {
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Creative ideas/ }).click();
  await expect(page.getByTestId('ideas-counts')).toContainText('28 on the canvas');
  const workshopId = await workshopIdOf(page);
  await waitForStillCanvas(page);
  const text = 'Set a price corridor per segment';
  const box = await note(page, text).boundingBox();
  const pane = await page.locator('.ideas-canvas .react-flow').boundingBox();
  if (!box || !pane) throw new Error('note or canvas not drawn');
  const before = await viewportOf(page);
  const grab = { x: box.x + box.width / 2, y: box.y + 15 };
  const grabOnBoard = { x: (grab.x - pane.x - before.x) / before.zoom, y: (grab.y - pane.y - before.y) / before.zoom };
  const storedCorridor = async () => {
    const idea = (await stored(page, workshopId)).ideas.find((candidate) => candidate.text.startsWith(text));
    if (!idea) throw new Error(`no stored note ${text}`);
    return idea;
  };
  const stored0 = await storedCorridor();

  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  const edge = { x: pane.x + pane.width - 10, y: pane.y + pane.height / 2 };
  await page.mouse.move(edge.x, edge.y, { steps: 12 });
  // Held at the edge, the board scrolls on under the note.
  await expect.poll(async () => (await viewportOf(page)).x).toBeLessThan(before.x - 100);
  await page.mouse.up();
  const after = await viewportOf(page);
  const dropOnBoard = { x: (edge.x - pane.x - after.x) / after.zoom, y: (edge.y - pane.y - after.y) / after.zoom };
  await expect.poll(async () => (await storedCorridor()).x).not.toBe(stored0.x);
  const moved = await storedCorridor();
  expect(Math.abs(moved.x - (stored0.x + dropOnBoard.x - grabOnBoard.x))).toBeLessThanOrEqual(2);
  expect(Math.abs(moved.y - (stored0.y + dropOnBoard.y - grabOnBoard.y))).toBeLessThanOrEqual(2);
  // What is drawn agrees with what is stored.
  const drawn = await note(page, text).boundingBox();
  expect(Math.abs((drawn?.x ?? 0) - (pane.x + after.x + moved.x * after.zoom))).toBeLessThanOrEqual(2);
});
