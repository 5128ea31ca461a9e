/**
 * The per-workshop undo and redo stacks, kept in memory for the session, as a store the UI can
 * subscribe to with useSyncExternalStore. Only the data layer pushes and moves entries.
 */
import type { JournalChange, JournalEntry } from './journalEntry';

export const UNDO_STACK_LIMIT = 200;

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

interface Stacks {
  undo: JournalEntry[];
  redo: JournalEntry[];
}

type Listener = () => void;

const EMPTY_STATE: UndoState = Object.freeze({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });

const stacksByWorkshop = new Map<string, Stacks>();
/** Cached snapshots: useSyncExternalStore needs the same object until something changes. */
const stateByWorkshop = new Map<string, UndoState>();
const listeners = new Set<Listener>();

function stacksOf(workshopId: string): Stacks {
  let stacks = stacksByWorkshop.get(workshopId);
  if (!stacks) {
    stacks = { undo: [], redo: [] };
    stacksByWorkshop.set(workshopId, stacks);
  }
  return stacks;
}

function changed(workshopId: string | null): void {
  if (workshopId === null) stateByWorkshop.clear();
  else stateByWorkshop.delete(workshopId);
  for (const listener of listeners) listener();
}

export function getUndoState(workshopId: string): UndoState {
  const cached = stateByWorkshop.get(workshopId);
  if (cached) return cached;
  const stacks = stacksByWorkshop.get(workshopId);
  if (!stacks || (stacks.undo.length === 0 && stacks.redo.length === 0)) return EMPTY_STATE;
  const nextUndo = stacks.undo.at(-1);
  const nextRedo = stacks.redo.at(-1);
  const state: UndoState = {
    canUndo: nextUndo !== undefined,
    canRedo: nextRedo !== undefined,
    undoLabel: nextUndo?.label ?? null,
    redoLabel: nextRedo?.label ?? null,
  };
  stateByWorkshop.set(workshopId, state);
  return state;
}

export function subscribeUndo(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** How long after the last keystroke a coalescing edit still joins the previous step. */
export const COALESCE_WINDOW_MS = 4000;

/** Records a committed edit; a new edit makes the redo history meaningless, so it is dropped. */
export function pushEdit(workshopId: string, entry: JournalEntry, now: number = Date.now()): void {
  if (entry.changes.length === 0) return;
  const stacks = stacksOf(workshopId);
  const top = stacks.undo.at(-1);
  if (entry.coalesceKey !== undefined && top && stacks.redo.length === 0 && top.coalesceKey === entry.coalesceKey && top.at !== undefined && now - top.at <= COALESCE_WINDOW_MS) {
    stacks.undo[stacks.undo.length - 1] = mergeEntries(top, entry, now);
    changed(workshopId);
    return;
  }
  stacks.undo.push(entry.coalesceKey === undefined ? entry : { ...entry, at: now });
  if (stacks.undo.length > UNDO_STACK_LIMIT) stacks.undo.splice(0, stacks.undo.length - UNDO_STACK_LIMIT);
  stacks.redo.length = 0;
  changed(workshopId);
}

export function peekUndo(workshopId: string): JournalEntry | undefined {
  return stacksByWorkshop.get(workshopId)?.undo.at(-1);
}

export function peekRedo(workshopId: string): JournalEntry | undefined {
  return stacksByWorkshop.get(workshopId)?.redo.at(-1);
}

/** Moves the entry that was just undone from the undo stack to the redo stack. */
export function markUndone(workshopId: string, entry: JournalEntry): void {
  moveTop(workshopId, entry, 'undo', 'redo');
}

/** Moves the entry that was just redone from the redo stack back to the undo stack. */
export function markRedone(workshopId: string, entry: JournalEntry): void {
  moveTop(workshopId, entry, 'redo', 'undo');
}

function moveTop(workshopId: string, entry: JournalEntry, from: keyof Stacks, to: keyof Stacks): void {
  const stacks = stacksOf(workshopId);
  // Only the entry that was peeked may move; if another step changed the stack meanwhile, leave it.
  if (stacks[from].at(-1) !== entry) return;
  stacks[from].pop();
  stacks[to].push(entry);
  if (stacks[to].length > UNDO_STACK_LIMIT) stacks[to].splice(0, stacks[to].length - UNDO_STACK_LIMIT);
  changed(workshopId);
}

/** Forgets one workshop's history (after it was deleted, or when the UI offers "clear history"). */
export function clearUndoHistory(workshopId: string): void {
  if (!stacksByWorkshop.delete(workshopId)) return;
  changed(workshopId);
}

/** Forgets every history; used when switching databases and by tests. */
export function resetUndoHistory(): void {
  stacksByWorkshop.clear();
  changed(null);
}

/** One step from two: the first one's "before" and the latest "after" of every record touched. */
function mergeEntries(earlier: JournalEntry, later: JournalEntry, now: number): JournalEntry {
  const changes = [...earlier.changes];
  for (const change of later.changes) {
    const index = changes.findIndex((candidate) => candidate.kind === change.kind && candidate.id === change.id);
    const existing = index >= 0 ? changes[index] : undefined;
    if (existing) changes[index] = { ...existing, after: change.after } as JournalChange;
    else changes.push(change);
  }
  return { ...earlier, label: later.label, changes, at: now };
}
