import { useCallback, useMemo, useState } from 'react';

/** What the facilitator has picked on the board: some notes (canvas or inbox), or one cluster. */
export type BoardSelection = { kind: 'notes'; ids: readonly string[] } | { kind: 'cluster'; id: string } | null;

export interface BoardSelectionControls {
  selection: BoardSelection;
  /** Selected note ids that still exist, in the order they were picked. */
  noteIds: readonly string[];
  clusterId: string | null;
  selectOnly: (id: string) => void;
  /** Adds a note to the selection or takes it out (Shift/Ctrl-click, Space). */
  toggle: (id: string) => void;
  selectNotes: (ids: readonly string[]) => void;
  selectCluster: (id: string) => void;
  clear: () => void;
}

/**
 * Selection is the board's own state, not React Flow's: the canvas, the inbox and the panel read the
 * same value. Ids of deleted records fall out on their own, so undoing an add never leaves a ghost.
 */
export function useBoardSelection(existingNoteIds: ReadonlySet<string>, existingClusterIds: ReadonlySet<string>): BoardSelectionControls {
  const [selection, setSelection] = useState<BoardSelection>(null);

  const noteIds = useMemo(
    () => (selection?.kind === 'notes' ? selection.ids.filter((id) => existingNoteIds.has(id)) : []),
    [selection, existingNoteIds],
  );
  const clusterId = selection?.kind === 'cluster' && existingClusterIds.has(selection.id) ? selection.id : null;

  const selectOnly = useCallback((id: string) => setSelection({ kind: 'notes', ids: [id] }), []);
  const toggle = useCallback(
    (id: string) =>
      setSelection((current) => {
        const ids = current?.kind === 'notes' ? current.ids : [];
        return { kind: 'notes', ids: ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id] };
      }),
    [],
  );
  const selectNotes = useCallback((ids: readonly string[]) => setSelection(ids.length > 0 ? { kind: 'notes', ids } : null), []);
  const selectCluster = useCallback((id: string) => setSelection({ kind: 'cluster', id }), []);
  const clear = useCallback(() => setSelection(null), []);

  return useMemo(
    () => ({ selection, noteIds, clusterId, selectOnly, toggle, selectNotes, selectCluster, clear }),
    [selection, noteIds, clusterId, selectOnly, toggle, selectNotes, selectCluster, clear],
  );
}
