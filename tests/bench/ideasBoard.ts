// Figures of the phase 5 idea board: opening a board of 1,000 notes, and dragging one note on boards of
// 1,000 (all in view) and 5,000 notes (off-screen notes culled), timed from a Chromium trace.
import type { Browser, Page } from 'playwright-core';
import { newFreshContext } from './browser';
import { analyseDrag, droppedFrames, startTrace } from './ideasTrace';
import { seedIdeaBoard } from './ideasSeed';
import type { Figure } from './report';
import { median, percentile } from './stats';

const OPEN_RUNS = 5;
const DRAG_MOVES = 120;
/** Large enough that the canvas is big, small enough to keep the desktop (not the projector) layout. */
const VIEWPORT = { width: 1600, height: 1000 };

declare global {
  interface Window {
    __benchFrameLoop?: { stop: () => void };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function phaseHash(workshopId: string, phase: string): string {
  return `#/workshop/${encodeURIComponent(workshopId)}/${phase}`;
}

/**
 * From changing the route to the board settled on screen: notes drawn at the fitted zoom and nothing
 * changing for two frames. Timed inside the page, so no Playwright round trip is counted.
 */
async function timeOpening(page: Page, workshopId: string): Promise<number> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, phaseHash(workshopId, 'preparation'));
  await page.locator('.ideas-canvas').waitFor({ state: 'detached' }).catch(() => undefined);
  await page.getByRole('heading', { level: 1, name: 'Preparation' }).waitFor();
  return page.evaluate(async (hash) => {
    const start = performance.now();
    location.hash = hash;
    return new Promise<number>((resolve) => {
      let lastSignature = '';
      let settledAt = 0;
      let stableFrames = 0;
      const check = () => {
        const notes = document.querySelectorAll('.react-flow__node-note').length;
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
        const signature = `${notes}|${viewport}`;
        if (notes > 0 && signature === lastSignature) stableFrames += 1;
        else {
          stableFrames = 0;
          settledAt = performance.now();
        }
        lastSignature = signature;
        if (notes > 0 && stableFrames >= 2) resolve(settledAt - start);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, phaseHash(workshopId, 'ideas'));
}

/** A rAF loop during the drag, so the trace marks every frame the page produced. */
async function startFrameLoop(page: Page): Promise<void> {
  await page.evaluate(() => {
    let running = true;
    const tick = () => {
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__benchFrameLoop = { stop: () => void (running = false) };
  });
}

/** The centre of the note nearest to the middle of the canvas, in page coordinates. */
async function middleNote(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const canvas = document.querySelector('.ideas-canvas')?.getBoundingClientRect();
    if (!canvas) return null;
    const centre = { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 };
    let best: { x: number; y: number; distance: number } | null = null;
    for (const note of document.querySelectorAll('.react-flow__node-note')) {
      const box = note.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + Math.min(box.height / 2, 10);
      const distance = Math.hypot(x - centre.x, y - centre.y);
      if (!best || distance < best.distance) best = { x, y, distance };
    }
    return best;
  });
  if (!point) throw new Error('No note drawn on the canvas');
  return point;
}

/** Closer than this to the canvas's edge, a carried note pans the board (AUTO_PAN_EDGE_PX, with room). */
const CLEAR_OF_EDGES_PX = 60;

async function canvasBox(page: Page): Promise<{ right: number; bottom: number }> {
  const box = await page.locator('.ideas-canvas .react-flow').boundingBox();
  if (!box) throw new Error('The canvas is not drawn');
  return { right: box.x + box.width, bottom: box.y + box.height };
}

function viewportTransform(page: Page): Promise<string> {
  return page.locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
}

/**
 * Drags one note out and part of the way back, one pointer move per frame, and returns the trace of the
 * timed part. It ends away from where it started, so the drop is a real stored move. The path stays
 * clear of the canvas's edges: there the board auto-pans, and the figure would time a pan, not a drag.
 */
async function dragOneNote(page: Page, timed: boolean) {
  const from = await middleNote(page);
  const canvas = await canvasBox(page);
  const turn = (DRAG_MOVES * 2) / 3;
  const reach = Math.min(4 * turn, canvas.right - CLEAR_OF_EDGES_PX - (from.x + 3), (canvas.bottom - CLEAR_OF_EDGES_PX - (from.y + 1)) * 4);
  if (reach < turn) throw new Error(`The note at the middle of the canvas has no room to travel (${Math.round(reach)} px)`);
  const viewportBefore = await viewportTransform(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 3, from.y + 1);
  await sleep(50);
  await startFrameLoop(page);
  const trace = timed ? await startTrace(page) : null;
  let dragging = 0;
  for (let step = 1; step <= DRAG_MOVES; step += 1) {
    const offset = ((step <= turn ? step : 2 * turn - step) * reach) / turn;
    await page.mouse.move(from.x + 3 + offset, from.y + 1 + offset / 4);
    await sleep(16);
    if (step === DRAG_MOVES / 4) dragging = await page.locator('.react-flow__node-note[data-carried], .ideas-far-ghost-note').count();
  }
  const events = trace ? await trace.stop() : [];
  await page.evaluate(() => window.__benchFrameLoop?.stop());
  await page.mouse.up();
  // A press that missed the note would time an idle page: refuse such a figure.
  if (dragging !== 1) throw new Error(`Expected one note being dragged, found ${dragging}`);
  if ((await viewportTransform(page)) !== viewportBefore) throw new Error('The board panned during the timed drag');
  // Let the drop be stored before anything else is timed.
  await sleep(400);
  return events;
}

async function openBoard(browser: Browser, url: string, noteCount: number): Promise<{ page: Page; close: () => Promise<void>; workshopId: string }> {
  const context = await newFreshContext(browser, true);
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(url);
  await page.waitForFunction(() => window.__dsrsTest?.bench !== undefined);
  const workshopId = await seedIdeaBoard(page, noteCount);
  return { page, workshopId, close: () => context.close() };
}

async function showCanvas(page: Page): Promise<void> {
  await page.locator('.ideas-canvas').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('.ideas-canvas')?.scrollIntoView({ block: 'start' }));
  await sleep(200);
}

export async function measureOpenIdeaBoard(browser: Browser, url: string): Promise<Figure> {
  const board = await openBoard(browser, url, 1_000);
  try {
    const samples: number[] = [];
    for (let run = 0; run < OPEN_RUNS; run += 1) samples.push(await timeOpening(board.page, board.workshopId));
    return { figure: `Open the ideas phase, 1,000 notes (route change -> board settled), median of ${OPEN_RUNS}`, value: median(samples), unit: 'ms', goal: 500, samples };
  } finally {
    await board.close();
  }
}

export async function measureDragWithThousandNotes(browser: Browser, url: string): Promise<Figure[]> {
  const board = await openBoard(browser, url, 1_000);
  try {
    await timeOpening(board.page, board.workshopId);
    await showCanvas(board.page);
    // First the board as it opens: fitted, but never zoomed out past readable notes.
    const drawnAsOpened = await board.page.locator('.react-flow__node-note').count();
    await dragOneNote(board.page, false);
    const asOpened = analyseDrag(await dragOneNote(board.page, true));
    // Then the whole board in view, so culling cannot help: the hardest case.
    await board.page.getByRole('button', { name: 'Fit the whole board in view' }).click();
    await sleep(800);
    const drawnAll = await board.page.locator('.react-flow__node-note').count();
    await dragOneNote(board.page, false);
    const allInView = analyseDrag(await dragOneNote(board.page, true));
    return [
      ...dragFigures(`Idea board, 1,000 notes as opened (${drawnAsOpened} drawn)`, asOpened),
      ...dragFigures(`Idea board, 1,000 notes, whole board in view (${drawnAll} drawn)`, allInView),
    ];
  } finally {
    await board.close();
  }
}

function dragFigures(board: string, cost: ReturnType<typeof analyseDrag>): Figure[] {
  return [
    { figure: `${board}: main-thread time per pointer move while dragging one note, median of ${cost.perMove.length}`, value: median(cost.perMove), unit: 'ms', goal: 8, samples: cost.perMove },
    { figure: `The same, p95 main-thread time per frame (${droppedFrames(cost.frameIntervals)} of ${cost.frameIntervals.length} frames late)`, value: percentile(cost.perFrame, 0.95), unit: 'ms', goal: 16.7, samples: cost.perFrame },
  ];
}

export async function measureDragWithFiveThousandNotes(browser: Browser, url: string): Promise<Figure[]> {
  const board = await openBoard(browser, url, 5_000);
  try {
    await timeOpening(board.page, board.workshopId);
    await showCanvas(board.page);
    const drawn = await board.page.locator('.react-flow__node-note').count();
    await dragOneNote(board.page, false);
    return dragFigures(`Idea board, 5,000 notes as opened (${drawn} drawn, the rest culled)`, analyseDrag(await dragOneNote(board.page, true)));
  } finally {
    await board.close();
  }
}

/** Every idea-board figure, in the order the README lists them. */
export async function measureIdeaBoard(browser: Browser, url: string): Promise<Figure[]> {
  const open = await measureOpenIdeaBoard(browser, url);
  const thousand = await measureDragWithThousandNotes(browser, url);
  const fiveThousand = await measureDragWithFiveThousandNotes(browser, url);
  return [open, ...thousand, ...fiveThousand];
}
