/**
 * Undo and redo for every edit of the data layer, implemented once: an entry holds the before
 * and after value of each record it touched, so undo writes the befores and redo the afters,
 * in one transaction, after checking nobody else changed those records in between.
 */
import type { DsrsDatabase } from '../database';
import { RecordNotFoundError, UndoConflictError } from '../errors';
import { hasLinkValues, incomingLinksTo, kindsLinkingTo, missingLinkTargets } from '../repositories/linkIntegrity';
import { WorkshopReader } from '../repositories/workshopReader';
import { nowIso, runWriteTransaction } from '../transactions';
import type { JournalChange, JournalEntry } from './journalEntry';
import { storedValueMatches } from './storedValueEquality';
import { markRedone, markUndone, peekRedo, peekUndo } from './undoStacks';

type Direction = 'undo' | 'redo';

/** Reverts the workshop's last edit and returns that step; null when there is nothing to undo. */
export async function undo(workshopId: string): Promise<JournalEntry | null> {
  const entry = peekUndo(workshopId);
  if (!entry) return null;
  await replay(workshopId, entry, 'undo');
  markUndone(workshopId, entry);
  return entry;
}

/** Re-applies the last undone step and returns it; null when there is nothing to redo. */
export async function redo(workshopId: string): Promise<JournalEntry | null> {
  const entry = peekRedo(workshopId);
  if (!entry) return null;
  await replay(workshopId, entry, 'redo');
  markRedone(workshopId, entry);
  return entry;
}

async function replay(workshopId: string, entry: JournalEntry, direction: Direction): Promise<void> {
  await runWriteTransaction(async (database) => {
    if (!(await database.workshops.get(workshopId))) throw new RecordNotFoundError('workshops', workshopId);
    const changed = await changedSinceEntry(database, entry, direction);
    if (changed.length > 0) throw new UndoConflictError(direction, changed);
    const now = nowIso();
    for (const change of entry.changes) await writeValue(database, change, targetOf(change, direction), now);
    // Another window may have linked to a record this step removes, or removed one it links to.
    const broken = await brokenLinks(new WorkshopReader(database, workshopId), entry, direction);
    if (broken.length > 0) throw new UndoConflictError(direction, broken);
    await database.workshops.update(workshopId, { updatedAt: now });
  });
}

function targetOf(change: JournalChange, direction: Direction): unknown {
  return direction === 'undo' ? change.before : change.after;
}

function expectedOf(change: JournalChange, direction: Direction): unknown {
  return direction === 'undo' ? change.after : change.before;
}

async function changedSinceEntry(database: DsrsDatabase, entry: JournalEntry, direction: Direction) {
  const conflicts: { kind: string; id: string }[] = [];
  for (const change of entry.changes) {
    const stored: unknown = await database.table<unknown, string>(change.kind).get(change.id);
    if (!storedValueMatches(change.kind, stored, expectedOf(change, direction))) conflicts.push({ kind: change.kind, id: change.id });
  }
  return conflicts;
}

async function writeValue(database: DsrsDatabase, change: JournalChange, value: unknown, now: string): Promise<void> {
  const table = database.table<unknown, string>(change.kind);
  if (value === null) {
    await table.delete(change.id);
    return;
  }
  // The workshop's updatedAt moves forward even when undoing, so automatic backups see the change.
  await table.put(change.kind === 'workshops' ? { ...(value as object), updatedAt: now } : value);
}

async function brokenLinks(reader: WorkshopReader, entry: JournalEntry, direction: Direction) {
  const broken: { kind: string; id: string }[] = [];
  for (const change of entry.changes) {
    if (change.kind === 'workshops') continue;
    const value = targetOf(change, direction);
    // Nothing to look up is skipped without an await (see kindsLinkingTo): a step of hundreds of
    // records that link nowhere would otherwise lose its transaction.
    if (value === null ? kindsLinkingTo(change.kind).length === 0 : !hasLinkValues(change.kind, value)) continue;
    const problems = value === null ? await incomingLinksTo(reader, change.kind, change.id) : await missingLinkTargets(reader, change.kind, value);
    if (problems.length > 0) broken.push({ kind: change.kind, id: change.id });
  }
  return broken;
}
