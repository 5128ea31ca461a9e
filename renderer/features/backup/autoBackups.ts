import { useEffect } from 'react';
import i18next from 'i18next';
import { createBackup, serializeBackup } from '../../../shared/backup';
import { exportChangedWorkshopsSince } from '../../data';
import { getPlatform } from '../../platform';
import type { AutoBackupStore } from '../../platform';
import { showToast } from '../../components/toastStore';

export const AUTO_BACKUP_INTERVAL_MS = 5 * 60 * 1000;
const LAST_RUN_KEY = 'dsrs.autoBackup.lastRunAt';

function readLastRun(): string {
  try {
    return localStorage.getItem(LAST_RUN_KEY) ?? new Date(0).toISOString();
  } catch {
    return new Date(0).toISOString();
  }
}

let running: Promise<void> | null = null;

/**
 * Writes an automatic backup of every workshop changed since the last run. The start time is taken
 * before reading, so an edit made while the backups are written is caught by the next run.
 */
export function runAutoBackups(store: AutoBackupStore): Promise<void> {
  // The timer and quitting can coincide; one run at a time is enough.
  running ??= (async () => {
    const startedAt = new Date().toISOString();
    const bundles = await exportChangedWorkshopsSince(readLastRun());
    const info = await getPlatform().appInfo();
    let failures = 0;
    for (const bundle of bundles) {
      const json = serializeBackup(createBackup(bundle, { name: info.name, version: info.version }));
      const result = await store.write({ workshopId: bundle.workshop.id, title: bundle.workshop.title, json });
      if (result.status !== 'saved') failures += 1;
    }
    if (failures > 0) {
      showToast({ tone: 'error', message: i18next.t('autoBackup.failed', { count: failures }) });
      return; // Try the same workshops again next time.
    }
    try {
      localStorage.setItem(LAST_RUN_KEY, startedAt);
    } catch {
      // Not remembered: the next run simply writes these workshops again.
    }
  })().finally(() => {
    running = null;
  });
  return running;
}

/** In the desktop app: automatic backups every 5 minutes and when the app quits. */
export function useAutoBackups(): void {
  useEffect(() => {
    const platform = getPlatform();
    const store = platform.autoBackup;
    if (!store) return;
    const run = () => runAutoBackups(store).catch((error: unknown) => console.error('automatic backup failed', error));
    const timer = setInterval(run, AUTO_BACKUP_INTERVAL_MS);
    const unsubscribe = platform.onBeforeQuit(run);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, []);
}
