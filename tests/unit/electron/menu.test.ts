import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { MENU_COMMANDS } from '../../../shared/ipc/eventsContract';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('on %s sends every menu command to the renderer', (platform) => {
    const sendCommand = vi.fn();
    const items = flatten(buildMenuTemplate({ platform, appName: 'DSRS Studio', sendCommand }));
    for (const item of items) if (item.click) click(item);
    expect(new Set(sendCommand.mock.calls.map(([command]) => command))).toEqual(new Set(MENU_COMMANDS));
  });

  it('makes Undo/Redo app commands, not Chromium text undo', () => {
    const sendCommand = vi.fn();
    const items = flatten(buildMenuTemplate({ platform: 'linux', appName: 'DSRS Studio', sendCommand }));
    expect(items.some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false);
    click(items.find((item) => item.label === 'Undo'));
    click(items.find((item) => item.label === 'Redo'));
    expect(sendCommand.mock.calls).toEqual([['undo'], ['redo']]);
  });

  it('has the expected menus, F5 for presenter mode, and the built-in edit/view roles', () => {
    const template = buildMenuTemplate({ platform: 'linux', appName: 'DSRS Studio', sendCommand: vi.fn() });
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(['File', 'Edit', 'View', 'help']);
    const items = flatten(template);
    expect(items.find((item) => item.label === 'Presenter mode')?.accelerator).toBe('F5');
    const roles = items.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']));
    expect(items.map((item) => item.label)).toEqual(
      expect.arrayContaining(['New workshop', 'Open backup…', 'Save backup…', 'Export roadmap PDF…', 'Restore from automatic backup…', 'About DSRS Studio']),
    );
  });
});
