/**
 * One undoable step: the stored value of every touched record before and after the edit.
 * Storing whole values (not inverse operations) lets undo and redo share one writer and lets
 * them check that nobody else changed a record in between.
 */
import type { RecordKind, RecordOf, Workshop } from '../../../shared/domain';

export type JournalKind = 'workshops' | RecordKind;

export type StoredValueOf<K extends JournalKind> = K extends RecordKind ? RecordOf<K> : Workshop;

export type JournalChangeOf<K extends JournalKind> = {
  kind: K;
  id: string;
  /** null: the record did not exist before the edit. */
  before: StoredValueOf<K> | null;
  /** null: the edit deleted the record. */
  after: StoredValueOf<K> | null;
};

export type JournalChange = { [K in JournalKind]: JournalChangeOf<K> }[JournalKind];

export interface JournalEntry {
  /**
   * What the step did, for "Undo …" menus. Built-in edits use a machine label
   * `<action>:<kind>` (e.g. `add:ideas`, `delete:kpis`, `update:workshops`) for the UI to translate;
   * applyChanges takes the caller's own label.
   */
  label: string;
  changes: readonly JournalChange[];
  /**
   * Edits that share a key and follow each other quickly (typing in one field, nudging one note)
   * merge into one step, so every keystroke can be stored at once without flooding undo.
   */
  coalesceKey?: string;
  /** When the step was last extended (ms since epoch); only set on coalescing steps. */
  at?: number;
}
