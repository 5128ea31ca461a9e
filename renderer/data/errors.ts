/**
 * Typed errors of the data layer, so the UI can tell "your input was refused" (nothing written,
 * show the reason) from "the disk refused the write" (show the save-status banner).
 */

export interface ValidationIssue {
  /** Dotted path of the offending field, empty for the record as a whole. */
  path: string;
  message: string;
}

/** A record failed its schema or an invariant of the data layer; nothing was written. */
export class DataValidationError extends Error {
  override readonly name = 'DataValidationError';
  constructor(
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(message);
  }
}

/** The record (or workshop) an edit refers to does not exist (any more). */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`No ${kind} record with id ${id}`);
  }
}

/**
 * Undo or redo was refused because a record no longer holds the value the journal expects
 * (typically another window edited it since); nothing was changed.
 */
export class UndoConflictError extends Error {
  override readonly name = 'UndoConflictError';
  constructor(
    readonly direction: 'undo' | 'redo',
    readonly conflicts: readonly { kind: string; id: string }[],
  ) {
    super(`Cannot ${direction}: ${conflicts.length} record(s) were changed elsewhere since`);
  }
}

export type WriteFailureKind = 'quota' | 'unknown';

/** IndexedDB refused a transaction; it was rolled back as a whole. */
export class WriteFailedError extends Error {
  override readonly name = 'WriteFailedError';
  constructor(
    readonly failureKind: WriteFailureKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Errors that describe a refused request rather than a storage failure. */
export function isRequestError(error: unknown): boolean {
  return (
    error instanceof DataValidationError ||
    error instanceof RecordNotFoundError ||
    error instanceof UndoConflictError
  );
}
