import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/eventsContract';
import type { ShellLanguage } from '../../shared/ipc/languageContract';
import { menuMessages } from './menuMessages';

/**
 * The native menu. App actions (new, open, save, export, undo/redo, presenter mode, about) are sent to
 * the renderer as commands because the renderer owns them: Undo/Redo are the app's own journal, not
 * Chromium's text undo. Clipboard, zoom and fullscreen use Electron's built-in roles, but every item
 * gets its label from the catalogues: Electron's own role labels are English only.
 */

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  appName: string;
  language: ShellLanguage;
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

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate({ platform, appName, language, sendCommand }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const text = menuMessages(language, appName);
  const about = command(text.about, 'about', sendCommand);

  // macOS names this menu after the app whatever its label says.
  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'hide', label: text.hideApp },
      { role: 'hideOthers', label: text.hideOthers },
      { role: 'unhide', label: text.showAll },
      separator,
      { role: 'quit', label: text.quitApp },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      command(text.newWorkshop, 'new-workshop', sendCommand, 'CmdOrCtrl+N'),
      command(text.openBackup, 'open-backup', sendCommand, 'CmdOrCtrl+O'),
      command(text.saveBackup, 'save-backup', sendCommand, 'CmdOrCtrl+S'),
      separator,
      command(text.exportPdf, 'export-pdf', sendCommand, 'CmdOrCtrl+Shift+E'),
      separator,
      command(text.restoreAutoBackup, 'restore-auto-backup', sendCommand),
      ...(isMac ? [] : [separator, { role: 'quit', label: text.quit } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [
      command(text.undo, 'undo', sendCommand, 'CmdOrCtrl+Z'),
      command(text.redo, 'redo', sendCommand, isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
      separator,
      { role: 'cut', label: text.cut },
      { role: 'copy', label: text.copy },
      { role: 'paste', label: text.paste },
      { role: 'selectAll', label: text.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      command(text.presenterMode, 'presenter-mode', sendCommand, 'F5'),
      separator,
      { role: 'zoomIn', label: text.zoomIn },
      { role: 'zoomOut', label: text.zoomOut },
      { role: 'resetZoom', label: text.resetZoom },
      separator,
      { role: 'togglefullscreen', label: text.toggleFullScreen },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = { role: 'help', label: text.help, submenu: [about] };

  return [...(isMac ? [macAppMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}
