import { useMemo } from 'react';
import { useLibraryIntents } from '../../app/libraryIntents';

export function useLibraryCommands({ onNewWorkshop, onRestoreAutoBackup }: { onNewWorkshop: () => void; onRestoreAutoBackup: () => void }): void {
  // Handlers are read through a stable object so re-renders do not re-subscribe.
  const handlers = useMemo(
    () => ({ 'new-workshop': onNewWorkshop, 'restore-auto-backup': onRestoreAutoBackup }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  useLibraryIntents(handlers);
}
