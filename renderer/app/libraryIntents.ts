import { useEffect } from 'react';

/**
 * Menu commands such as "New workshop" can arrive while another screen is open; the app navigates
 * to the library and leaves the intent here for the library to act on once it is mounted.
 */
export type LibraryIntent = 'new-workshop' | 'restore-auto-backup';

let pending: LibraryIntent | null = null;
const listeners = new Set<() => void>();

export function requestLibraryIntent(intent: LibraryIntent): void {
  pending = intent;
  listeners.forEach((listener) => listener());
}

function takePendingIntent(): LibraryIntent | null {
  const intent = pending;
  pending = null;
  return intent;
}

export function useLibraryIntents(handlers: Record<LibraryIntent, () => void>): void {
  useEffect(() => {
    const run = () => {
      const intent = takePendingIntent();
      if (intent) handlers[intent]();
    };
    run();
    listeners.add(run);
    return () => {
      listeners.delete(run);
    };
  }, [handlers]);
}
