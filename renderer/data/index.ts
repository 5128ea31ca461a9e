/**
 * The data layer's public surface: the UI imports from here, never from dexie or the files
 * behind this index.
 */
export { DATABASE_NAME, openDatabase } from './database';
export type { DsrsDatabase } from './database';
export { setActiveDatabase } from './activeDatabase';
export { CURRENT_SCHEMA_VERSION } from './migrations';

export { DataValidationError, RecordNotFoundError, UndoConflictError, WriteFailedError } from './errors';
export type { ValidationIssue, WriteFailureKind } from './errors';

export { archiveWorkshop, createWorkshop, deleteWorkshop, duplicateWorkshop, updateWorkshop } from './repositories/workshops';
export type { DeletedWorkshop, WorkshopPatch, WorkshopUpdate } from './repositories/workshops';
export { exportBundle, exportChangedWorkshopsSince, importBundle } from './repositories/bundles';
export { addRecord, addRecords, applyChanges, deleteRecord, describeDeleteImpact, updateRecord, updateRecordContinuously } from './repositories/records';
export type { DeleteImpact, RecordMutation, RecordPatch, RecordRef, RecordUpdate } from './repositories/records';
export { readMeta, writeMeta } from './repositories/meta';

export { redo, undo } from './undo/undoRedo';
export { clearUndoHistory, getUndoState, subscribeUndo, UNDO_STACK_LIMIT } from './undo/undoStacks';
export type { UndoState } from './undo/undoStacks';
export { useUndoState } from './undo/useUndoState';
export type { JournalChange, JournalEntry, JournalKind } from './undo/journalEntry';

export { clearWriteError, getSaveStatus, subscribeSaveStatus, useSaveStatus } from './saveStatus';
export type { SaveState, SaveStatus } from './saveStatus';
export { clearInjectedWriteFaults, injectWriteFault } from './faultInjection';

export { requestPersistentStorage } from './storagePersistence';
export type { PersistenceResult } from './storagePersistence';

export { useRecordCounts, useRecords, useWorkshop, useWorkshops } from './hooks';
export type { RecordCounts } from './queries';
