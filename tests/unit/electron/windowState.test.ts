import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  captureWindowState,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from '../../../electron/main/windowState';

const DISPLAYS = [{ x: 0, y: 0, width: 1920, height: 1040 }];

describe('window state', () => {
  it('rejects garbage and falls back to the defaults', () => {
    for (const raw of [null, 'big', 42, [], {}, { width: 'wide', height: 800, isMaximized: false }, { width: 50, height: 50, isMaximized: false }, { width: 1e9, height: 800, isMaximized: false }, { width: 1200, height: 800 }]) {
      expect(parseWindowState(raw, DISPLAYS), JSON.stringify(raw)).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('keeps a valid state with a position on a display', () => {
    const state = { width: 1400, height: 900, x: 100, y: 50, isMaximized: true };
    expect(parseWindowState(state, DISPLAYS)).toEqual(state);
  });

  it('drops a position no display shows (a monitor that was unplugged) but keeps the size', () => {
    expect(parseWindowState({ width: 1400, height: 900, x: 3000, y: 200, isMaximized: false }, DISPLAYS)).toEqual({ width: 1400, height: 900, isMaximized: false });
    // Title bar above the top edge: the window could not be dragged back.
    expect(parseWindowState({ width: 1400, height: 900, x: 100, y: -500, isMaximized: false }, DISPLAYS)).toEqual({ width: 1400, height: 900, isMaximized: false });
    const secondMonitor = [...DISPLAYS, { x: 1920, y: 0, width: 2560, height: 1400 }];
    expect(parseWindowState({ width: 1400, height: 900, x: 3000, y: 200, isMaximized: false }, secondMonitor)).toMatchObject({ x: 3000, y: 200 });
  });

  it('round-trips through the file and survives a corrupt file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dsrs-window-'));
    const file = join(folder, 'nested', 'window-state.json');
    expect(await loadWindowState(file, DISPLAYS)).toEqual(DEFAULT_WINDOW_STATE);
    const window = { getNormalBounds: () => ({ x: 10.4, y: 20, width: 1300, height: 880 }), isMaximized: () => false };
    await saveWindowState(file, captureWindowState(window));
    expect(await loadWindowState(file, DISPLAYS)).toEqual({ x: 10, y: 20, width: 1300, height: 880, isMaximized: false });
    writeFileSync(file, '{ not json');
    expect(await loadWindowState(file, DISPLAYS)).toEqual(DEFAULT_WINDOW_STATE);
  });
});
