import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { MENU_COMMANDS } from '../../../shared/ipc/eventsContract';
import en from '../../../renderer/locales/en.json';
import es from '../../../renderer/locales/es.json';

const APP_NAME = 'DSRS Studio';
const PLATFORMS = ['linux', 'win32', 'darwin'] as const;

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

function labelled(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.filter((item) => item.type !== 'separator');
}

/** A catalogue's menu texts as the menu shows them ({{appName}} filled in). */
function catalogueLabels(menu: Record<string, string>): Set<string> {
  return new Set(Object.values(menu).map((text) => text.replace('{{appName}}', APP_NAME)));
}

describe('application menu', () => {
  it.each(PLATFORMS)('on %s sends every menu command to the renderer', (platform) => {
    const sendCommand = vi.fn();
    const items = flatten(buildMenuTemplate({ platform, appName: APP_NAME, language: 'en', sendCommand }));
    for (const item of items) if (item.click) click(item);
    expect(new Set(sendCommand.mock.calls.map(([command]) => command))).toEqual(new Set(MENU_COMMANDS));
  });

  it('makes Undo/Redo app commands, not Chromium text undo', () => {
    const sendCommand = vi.fn();
    const items = flatten(buildMenuTemplate({ platform: 'linux', appName: APP_NAME, language: 'en', sendCommand }));
    expect(items.some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false);
    click(items.find((item) => item.label === 'Undo'));
    click(items.find((item) => item.label === 'Redo'));
    expect(sendCommand.mock.calls).toEqual([['undo'], ['redo']]);
  });

  it('has the expected menus, F5 for presenter mode, and the built-in edit/view roles', () => {
    const template = buildMenuTemplate({ platform: 'linux', appName: APP_NAME, language: 'en', sendCommand: vi.fn() });
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(template.at(-1)?.role).toBe('help');
    const items = flatten(template);
    expect(items.find((item) => item.label === 'Presenter mode')?.accelerator).toBe('F5');
    const roles = items.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']));
    expect(items.map((item) => item.label)).toEqual(
      expect.arrayContaining(['New workshop', 'Open backup…', 'Save backup…', 'Export roadmap PDF…', 'Restore from automatic backup…', 'About DSRS Studio']),
    );
  });
});

describe('application menu languages', () => {
  it.each(PLATFORMS)('in Spanish on %s labels every item from the Spanish catalogue, none left in English', (platform) => {
    const items = labelled(flatten(buildMenuTemplate({ platform, appName: APP_NAME, language: 'es', sendCommand: vi.fn() })));
    const spanish = catalogueLabels(es.menu);
    const english = catalogueLabels(en.menu);
    for (const item of items) {
      // The macOS app menu is named after the app by the OS, in every language.
      if (platform === 'darwin' && item.label === APP_NAME) continue;
      expect(item.label, `${item.role ?? 'command'} item`).toBeDefined();
      expect(spanish.has(item.label ?? ''), `"${item.label}" is a Spanish catalogue text`).toBe(true);
      expect(english.has(item.label ?? ''), `"${item.label}" is not English`).toBe(false);
    }
  });

  it('gives role items their own labels, since Electron would show English ones', () => {
    for (const platform of PLATFORMS) {
      const items = flatten(buildMenuTemplate({ platform, appName: APP_NAME, language: 'es', sendCommand: vi.fn() }));
      for (const item of items.filter((candidate) => candidate.role)) expect(item.label, `${platform} ${item.role}`).toBeTruthy();
    }
  });

  it('uses the Spanish labels the catalogue gives, and the same commands and shortcuts as English', () => {
    const sendCommand = vi.fn();
    const spanish = buildMenuTemplate({ platform: 'win32', appName: APP_NAME, language: 'es', sendCommand });
    const english = buildMenuTemplate({ platform: 'win32', appName: APP_NAME, language: 'en', sendCommand: vi.fn() });
    expect(spanish.map((menu) => menu.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    const items = flatten(spanish);
    expect(items.map((item) => item.label)).toEqual(expect.arrayContaining(['Acerca de DSRS Studio', 'Deshacer', 'Modo presentador', 'Salir']));
    click(items.find((item) => item.label === 'Nuevo taller'));
    expect(sendCommand).toHaveBeenCalledWith('new-workshop');
    const shape = (template: MenuItemConstructorOptions[]) => flatten(template).map((item) => [item.role, item.type, item.accelerator]);
    expect(shape(spanish)).toEqual(shape(english));
  });

  it('names the macOS app menu items after the app in the chosen language', () => {
    const items = flatten(buildMenuTemplate({ platform: 'darwin', appName: APP_NAME, language: 'es', sendCommand: vi.fn() }));
    expect(items.find((item) => item.role === 'hide')?.label).toBe('Ocultar DSRS Studio');
    expect(items.find((item) => item.role === 'quit')?.label).toBe('Salir de DSRS Studio');
  });
});
