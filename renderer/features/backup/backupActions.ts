import i18next from 'i18next';
import { createBackup, MAX_BACKUP_BYTES, parseBackup, serializeBackup } from '../../../shared/backup';
import type { BackupProblem } from '../../../shared/backup';
import type { Workshop } from '../../../shared/domain';
import { exportBundle, importBundle } from '../../data';
import { getPlatform } from '../../platform';
import { navigate } from '../../app/router';
import { formatBytes } from '../../app/format';
import { showToast } from '../../components/toastStore';
import { showBackupRejection } from './rejectionStore';
import { backupFileName } from './backupFileName';

export const BACKUP_FILE_FILTERS = [{ name: 'DSRS Studio backup', extensions: ['dsrs.json', 'json'] }];
const MAX_PROBLEMS_SHOWN = 8;

function t(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key, options ?? {});
}

export async function saveWorkshopBackup(workshopId: string): Promise<void> {
  try {
    const bundle = await exportBundle(workshopId);
    const platform = getPlatform();
    const info = await platform.appInfo();
    const text = serializeBackup(createBackup(bundle, { name: info.name, version: info.version }));
    const result = await platform.saveFile({
      suggestedName: backupFileName(bundle.workshop),
      filters: BACKUP_FILE_FILTERS,
      content: text,
      encoding: 'utf8',
    });
    if (result.status === 'saved') {
      showToast({ tone: 'success', message: result.path ? t('backup.savedTo', { path: result.path }) : t('backup.saved') });
    } else if (result.status === 'failed') {
      showToast({ tone: 'error', message: t('backup.saveFailed', { message: result.message }) });
    }
  } catch (error) {
    showToast({ tone: 'error', message: t('backup.saveFailed', { message: error instanceof Error ? error.message : String(error) }) });
  }
}

export function describeProblem(problem: BackupProblem): string {
  const key = `backup.problems.${problem.code}`;
  const text = i18next.exists(key) ? t(key) : t('backup.problems.unknown');
  return problem.path ? t('backup.problemAt', { problem: text, path: problem.path }) : text;
}

/**
 * The one import path: user files, files opened by the operating system and the bundled example all
 * go through the same complete validation before anything is written.
 */
export async function importBackupText(text: string, fileName: string, byteLength?: number): Promise<Workshop | null> {
  const parsed = parseBackup(text, byteLength);
  if (!parsed.ok) {
    showBackupRejection({ fileName, lines: parsed.problems.slice(0, MAX_PROBLEMS_SHOWN).map(describeProblem) });
    return null;
  }
  try {
    const workshop = await importBundle(parsed.bundle);
    return workshop;
  } catch (error) {
    // Validation passed but the database refused (for example a full disk): the save banner explains it.
    showToast({ tone: 'error', message: t('backup.openFailed', { message: error instanceof Error ? error.message : String(error) }) });
    return null;
  }
}

export async function openBackupFromDisk(): Promise<void> {
  const platform = getPlatform();
  const result = await platform.openTextFile({ filters: BACKUP_FILE_FILTERS, maxBytes: MAX_BACKUP_BYTES });
  if (result.status === 'cancelled') return;
  if (result.status === 'failed') {
    showToast({ tone: 'error', message: t('backup.openFailed', { message: result.message }) });
    return;
  }
  if (result.status === 'too_large') {
    showBackupRejection({ fileName: result.name, lines: [t('backup.tooLarge', { size: formatBytes(result.bytes, i18next.language) })] });
    return;
  }
  await openImportedText(result.text, result.name);
}

export async function openImportedText(text: string, fileName: string): Promise<void> {
  const workshop = await importBackupText(text, fileName);
  if (!workshop) return;
  showToast({ tone: 'success', message: t('backup.imported', { title: workshop.title }) });
  navigate({ name: 'workshop', workshopId: workshop.id, phase: null });
}

/** The example ships as a backup file beside the app and loads through the same validated path. */
export async function openExampleWorkshop(language: 'en' | 'es'): Promise<void> {
  const fileName = `example-${language}.dsrs.json`;
  let text: string;
  try {
    const response = await fetch(`./examples/${fileName}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    showToast({ tone: 'error', message: t('backup.openFailed', { message: error instanceof Error ? error.message : String(error) }) });
    return;
  }
  const workshop = await importBackupText(text, fileName);
  if (!workshop) return;
  showToast({ tone: 'success', message: t('library.exampleLoaded') });
  navigate({ name: 'workshop', workshopId: workshop.id, phase: null });
}
