/**
 * The database the repositories and hooks use. One per app run; tests switch to a fresh,
 * uniquely named database per test so they never see each other's data.
 */
import { openDatabase } from './database';
import type { DsrsDatabase } from './database';
import { resetUndoHistory } from './undo/undoStacks';

let activeDatabase: DsrsDatabase | null = null;

export function getDatabase(): DsrsDatabase {
  activeDatabase ??= openDatabase();
  return activeDatabase;
}

/** Switches to another database; the undo history belonged to the previous one, so it is dropped. */
export function setActiveDatabase(database: DsrsDatabase): void {
  if (activeDatabase === database) return;
  activeDatabase = database;
  resetUndoHistory();
}
