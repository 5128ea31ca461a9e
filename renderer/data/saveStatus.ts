/**
 * Whether the user's last edits reached the disk. Every write transaction of the data layer runs
 * through `trackWrite`, so the indicator cannot miss one and a failure shows the moment the
 * transaction rejects (no polling, no debounce).
 */
import { useSyncExternalStore } from 'react';
import { isRequestError, WriteFailedError } from './errors';
import type { WriteFailureKind } from './errors';
import { classifyWriteError, describeError } from './writeErrorClassification';

export type SaveState = 'saved' | 'saving' | 'failed';

export interface SaveStatus {
  state: SaveState;
  lastError: { kind: WriteFailureKind; message: string } | null;
  /** ISO timestamp of the last successful write in this session. */
  lastSavedAt: string | null;
}

type Listener = () => void;

const listeners = new Set<Listener>();
let pendingWrites = 0;
let lastError: SaveStatus['lastError'] = null;
/** Counts failures so a write that started before the latest failure cannot hide it by succeeding. */
let failureGeneration = 0;
let lastSavedAt: string | null = null;
let snapshot: SaveStatus = computeSnapshot();

function computeSnapshot(): SaveStatus {
  // A failure stays visible until a later write succeeds or the user dismisses it.
  const state: SaveState = lastError ? 'failed' : pendingWrites > 0 ? 'saving' : 'saved';
  return { state, lastError, lastSavedAt };
}

function publish(): void {
  const next = computeSnapshot();
  if (next.state === snapshot.state && next.lastError === snapshot.lastError && next.lastSavedAt === snapshot.lastSavedAt) {
    return;
  }
  snapshot = next;
  for (const listener of listeners) listener();
}

export function getSaveStatus(): SaveStatus {
  return snapshot;
}

export function subscribeSaveStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(subscribeSaveStatus, getSaveStatus, getSaveStatus);
}

/** Dismisses the failure banner; stored data is consistent because failed writes roll back whole. */
export function clearWriteError(): void {
  lastError = null;
  publish();
}

/** Forgets all state; for tests that need a clean indicator. */
export function resetSaveStatus(): void {
  pendingWrites = 0;
  lastError = null;
  lastSavedAt = null;
  publish();
}

/**
 * Runs one write. Refused requests (validation, conflicts) pass through unchanged since nothing
 * was attempted on disk; storage failures mark the status failed and become a WriteFailedError.
 */
export async function trackWrite<T>(write: () => Promise<T>): Promise<T> {
  const generationAtStart = failureGeneration;
  pendingWrites += 1;
  publish();
  try {
    const result = await write();
    pendingWrites -= 1;
    if (generationAtStart === failureGeneration) lastError = null;
    lastSavedAt = new Date().toISOString();
    publish();
    return result;
  } catch (error) {
    pendingWrites -= 1;
    if (isRequestError(error)) {
      publish();
      throw error;
    }
    const kind = classifyWriteError(error);
    const message = describeError(error);
    failureGeneration += 1;
    lastError = { kind, message };
    publish();
    throw new WriteFailedError(kind, message, { cause: error });
  }
}
