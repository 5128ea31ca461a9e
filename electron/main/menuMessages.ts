// The menu's texts come from the app's one pair of message catalogues, so a translator edits them in
// the same place as every other string. Imported as JSON at build time (tsc copies the two files into
// dist-electron/, which is packaged): the shell needs them before any page exists, and a JSON file is
// data, not renderer code, which is what the electron/ -> renderer/ import ban is there to keep out.
/* eslint-disable no-restricted-imports -- message catalogues (JSON data) only; see the comment above */
import en from '../../renderer/locales/en.json';
import es from '../../renderer/locales/es.json';
/* eslint-enable no-restricted-imports */
import type { ShellLanguage } from '../../shared/ipc/languageContract';

/** Every text the native menu shows; both catalogues must have all of them or this does not compile. */
export interface MenuMessages {
  file: string;
  edit: string;
  view: string;
  help: string;
  newWorkshop: string;
  openBackup: string;
  saveBackup: string;
  exportPdf: string;
  restoreAutoBackup: string;
  quit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  presenterMode: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  toggleFullScreen: string;
  about: string;
  hideApp: string;
  hideOthers: string;
  showAll: string;
  quitApp: string;
  /** Error dialog when the operating system asks us to open a backup we cannot read; {{name}} is the file. */
  openFileFailed: string;
  /** Its explanations: a folder or device, a file over the size limit ({{size}} MB), or the system's error ({{detail}}). */
  openFileNotAFile: string;
  openFileTooLarge: string;
  openFileUnreadable: string;
}

const CATALOGUES: Readonly<Record<ShellLanguage, MenuMessages>> = { en: en.menu, es: es.menu };

/** Fills i18next-style {{name}} placeholders, the syntax the catalogues use everywhere. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** The menu's texts in one language, with the app's name filled in. */
export function menuMessages(language: ShellLanguage, appName: string): MenuMessages {
  const filled: MenuMessages = { ...CATALOGUES[language] };
  for (const key of Object.keys(filled) as (keyof MenuMessages)[]) filled[key] = fillPlaceholders(filled[key], { appName });
  return filled;
}
