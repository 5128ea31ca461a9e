import { useSyncExternalStore } from 'react';

/** A backup that was refused, with the problems to show; null when no refusal is on screen. */
export interface BackupRejection {
  fileName: string;
  /** Already translated lines, most useful first. */
  lines: string[];
}

let current: BackupRejection | null = null;
const listeners = new Set<() => void>();

export function showBackupRejection(rejection: BackupRejection | null): void {
  current = rejection;
  listeners.forEach((listener) => listener());
}

export function useBackupRejection(): BackupRejection | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
