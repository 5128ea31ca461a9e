import { createBackup, parseBackup, serializeBackup } from '../../shared/backup';
import { addRecords, createWorkshop, exportBundle, importBundle, injectWriteFault, updateRecord } from '../data';

/**
 * The benchmark (npm run bench) times the real data layer and backup code inside the production
 * build, so it needs the same functions the UI calls, unwrapped by any screen.
 */
const benchHooks = { createWorkshop, addRecords, updateRecord, importBundle, exportBundle, parseBackup, createBackup, serializeBackup };

export type BenchHooks = typeof benchHooks;

declare global {
  interface Window {
    __dsrsTest?: { injectWriteFault: typeof injectWriteFault; bench: BenchHooks };
  }
}

/**
 * Browser tests simulate a full disk through the data layer's fault injection. Exposed only when the
 * test harness sets the flag in local storage, so a normal session never carries it.
 */
export function installTestHooks(): void {
  try {
    if (localStorage.getItem('dsrs.testHooks') !== '1') return;
  } catch {
    return;
  }
  window.__dsrsTest = { injectWriteFault, bench: benchHooks };
}
