import { useCallback, useSyncExternalStore } from 'react';
import { getUndoState, subscribeUndo } from './undoStacks';
import type { UndoState } from './undoStacks';

/** The undo/redo availability and labels of one workshop, re-rendering when they change. */
export function useUndoState(workshopId: string): UndoState {
  const getSnapshot = useCallback(() => getUndoState(workshopId), [workshopId]);
  return useSyncExternalStore(subscribeUndo, getSnapshot, getSnapshot);
}
