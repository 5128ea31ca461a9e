import i18next from 'i18next';
import { redo, undo, UndoConflictError } from '../../data';
import { showToast } from '../../components/toastStore';

/** Undo/redo as the user triggers them (buttons, shortcuts, menu), with what happened said aloud. */
export async function runUndo(workshopId: string): Promise<void> {
  await run(() => undo(workshopId), 'undo.undone');
}

export async function runRedo(workshopId: string): Promise<void> {
  await run(() => redo(workshopId), 'undo.redone');
}

// Shortcuts can be pressed faster than a step is written: queue them so Ctrl+Z then Ctrl+Y
// always redoes the step just undone.
let queue: Promise<void> = Promise.resolve();

function run(step: () => Promise<{ label: string } | null>, doneKey: string): Promise<void> {
  queue = queue.then(() => runNow(step, doneKey));
  return queue;
}

async function runNow(step: () => Promise<{ label: string } | null>, doneKey: string): Promise<void> {
  try {
    const entry = await step();
    if (entry) showToast({ tone: 'info', message: i18next.t(doneKey, { label: readableLabel(entry.label) }), timeoutMs: 3000 });
  } catch (error) {
    if (error instanceof UndoConflictError) {
      showToast({ tone: 'error', message: i18next.t('undo.conflict') });
      return;
    }
    // Storage failures are already on screen through the save-status banner.
  }
}

/** Steps recorded without a translated label carry a machine key such as "update:ideas". */
export function readableLabel(label: string): string {
  return /^[a-z]+:[A-Za-z]+$/.test(label) ? i18next.t('undo.lastChange') : label;
}
