import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * Remembers the main window's size, position and maximized state between runs (userData JSON).
 * The file is user-editable and may come from another machine or monitor set-up: anything that does
 * not validate falls back to defaults, and a position no display shows is dropped so the OS places it.
 */

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 960, height: 640 } as const;

const windowStateSchema = z.object({
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(20000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(20000),
  x: z.number().int().min(-100000).max(100000).optional(),
  y: z.number().int().min(-100000).max(100000).optional(),
  isMaximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { ...DEFAULT_WINDOW_SIZE, isMaximized: false };

/** How much of the window's top edge must be on a display so the user can still grab it. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

export function isGrabbableOnSomeDisplay(bounds: Rectangle, displayWorkAreas: readonly Rectangle[]): boolean {
  const titleBar: Rectangle = { x: bounds.x, y: bounds.y, width: bounds.width, height: MIN_VISIBLE.height };
  return displayWorkAreas.some((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
  });
}

/** Validates stored window state; garbage becomes the defaults, an off-screen position is dropped. */
export function parseWindowState(raw: unknown, displayWorkAreas: readonly Rectangle[]): WindowState {
  const parsed = windowStateSchema.safeParse(raw);
  if (!parsed.success) return DEFAULT_WINDOW_STATE;
  const { x, y, ...size } = parsed.data;
  if (x === undefined || y === undefined) return size;
  const onScreen = isGrabbableOnSomeDisplay({ x, y, width: size.width, height: size.height }, displayWorkAreas);
  return onScreen ? { ...size, x, y } : size;
}

export async function loadWindowState(filePath: string, displayWorkAreas: readonly Rectangle[]): Promise<WindowState> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    // No file yet is the first run; any other read error is logged, and the defaults still apply.
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    if (!missing) console.warn(`[window state] cannot read ${filePath}`, error);
    return DEFAULT_WINDOW_STATE;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    console.warn(`[window state] ignoring unreadable ${filePath}`);
    return DEFAULT_WINDOW_STATE;
  }
  return parseWindowState(json, displayWorkAreas);
}

export async function saveWindowState(filePath: string, state: WindowState): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true });
  await writeFile(filePath, JSON.stringify(state, null, 2), 'utf8');
}

/** What to store for a window right now; normal bounds so a maximized window restores to its old size. */
export function captureWindowState(window: {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}): WindowState {
  const bounds = window.getNormalBounds();
  return {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.round(bounds.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.round(bounds.height)),
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    isMaximized: window.isMaximized(),
  };
}
