import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/eventsContract';

/**
 * The native menu. App actions (new, open, save, export, undo/redo, presenter mode, about) are sent to
 * the renderer as commands because the renderer owns them: Undo/Redo are the app's own journal, not
 * Chromium's text undo. Clipboard, zoom and fullscreen use Electron's built-in roles.
 * Labels are English: the menu is built before the renderer's language is known.
 */

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  appName: string;
  sendCommand(command: MenuCommand): void;
}

function command(
  label: string,
  menuCommand: MenuCommand,
  sendCommand: (command: MenuCommand) => void,
  accelerator?: string,
): MenuItemConstructorOptions {
  return {
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => sendCommand(menuCommand),
  };
}

export function buildMenuTemplate({ platform, appName, sendCommand }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const about = command(`About ${appName}`, 'about', sendCommand);

  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New workshop', 'new-workshop', sendCommand, 'CmdOrCtrl+N'),
      command('Open backup…', 'open-backup', sendCommand, 'CmdOrCtrl+O'),
      command('Save backup…', 'save-backup', sendCommand, 'CmdOrCtrl+S'),
      { type: 'separator' },
      command('Export roadmap PDF…', 'export-pdf', sendCommand, 'CmdOrCtrl+Shift+E'),
      { type: 'separator' },
      command('Restore from automatic backup…', 'restore-auto-backup', sendCommand),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'undo', sendCommand, 'CmdOrCtrl+Z'),
      command('Redo', 'redo', sendCommand, isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Presenter mode', 'presenter-mode', sendCommand, 'F5'),
      { type: 'separator' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = { role: 'help', submenu: [about] };

  return [...(isMac ? [macAppMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}
