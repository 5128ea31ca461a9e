import { useEffect } from 'react';
import i18next from 'i18next';
import { getPlatform } from '../platform';
import type { MenuCommand } from '../platform';
import { showToast } from '../components/toastStore';
import { openBackupFromDisk, openImportedText, saveWorkshopBackup } from '../features/backup/backupActions';
import { requestPdfExport } from '../features/export/exportRequests';
import { runRedo, runUndo } from '../features/workshop/undoActions';
import { enterPresenterMode } from '../features/facilitation';
import { requestLibraryIntent } from './libraryIntents';
import { navigate, parseRoute } from './router';

function currentWorkshopId(): string | null {
  const route = parseRoute(location.hash);
  return route.name === 'workshop' ? route.workshopId : null;
}

/** Text fields keep their own native undo and shortcuts; app-level undo applies elsewhere. */
function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type);
  return false;
}

export function runAppCommand(command: MenuCommand): void {
  const workshopId = currentWorkshopId();
  switch (command) {
    case 'new-workshop':
      navigate({ name: 'library' });
      requestLibraryIntent('new-workshop');
      return;
    case 'restore-auto-backup':
      navigate({ name: 'library' });
      requestLibraryIntent('restore-auto-backup');
      return;
    case 'open-backup':
      void openBackupFromDisk();
      return;
    case 'save-backup':
      if (workshopId) void saveWorkshopBackup(workshopId);
      else showToast({ tone: 'info', message: i18next.t('commands.openWorkshopFirst') });
      return;
    case 'undo':
      if (workshopId) void runUndo(workshopId);
      return;
    case 'redo':
      if (workshopId) void runRedo(workshopId);
      return;
    case 'export-pdf':
      if (workshopId) requestPdfExport(workshopId);
      else showToast({ tone: 'info', message: i18next.t('export.openWorkshopFirst') });
      return;
    case 'presenter-mode': {
      const route = parseRoute(location.hash);
      if (route.name === 'workshop') enterPresenterMode(route.workshopId, route.phase ?? 'preparation');
      else showToast({ tone: 'info', message: i18next.t('commands.openWorkshopFirst') });
      return;
    }
    case 'about':
      window.dispatchEvent(new CustomEvent('dsrs:about'));
      return;
  }
}

/** Wires the desktop menu and the keyboard shortcuts to the same commands. */
export function useAppCommands(): void {
  useEffect(() => {
    const platform = getPlatform();
    const unsubscribeMenu = platform.onMenuCommand(runAppCommand);
    const unsubscribeFiles = platform.onOpenBackupFile(({ name, text }) => void openImportedText(text, name));

    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (event.key === 'F5' && !mod && !event.altKey && !event.shiftKey && currentWorkshopId()) {
        // In a workshop F5 presents, as in slide software, instead of reloading the page.
        event.preventDefault();
        runAppCommand('presenter-mode');
        return;
      }
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !isEditingText(event.target)) {
        event.preventDefault();
        runAppCommand(event.shiftKey ? 'redo' : 'undo');
      } else if (key === 'y' && !event.shiftKey && !isEditingText(event.target)) {
        event.preventDefault();
        runAppCommand('redo');
      } else if (key === 's' && !event.shiftKey) {
        // Ctrl+S would otherwise save the web page; here it saves a backup of the open workshop.
        event.preventDefault();
        runAppCommand('save-backup');
      } else if (key === 'o' && !event.shiftKey) {
        event.preventDefault();
        runAppCommand('open-backup');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribeMenu();
      unsubscribeFiles();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
