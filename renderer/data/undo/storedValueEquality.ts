/**
 * Compares stored values structurally. Records are plain JSON-like data (strings, numbers,
 * booleans, null, arrays, plain objects), so no special cases for dates, maps or cycles.
 */
import type { JournalKind } from './journalEntry';

export function deepEqual(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => deepEqual(item, right[index]));
  }
  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  const leftKeys = definedKeys(leftRecord);
  const rightKeys = definedKeys(rightRecord);
  return leftKeys.length === rightKeys.length && leftKeys.every((key) => deepEqual(leftRecord[key], rightRecord[key]));
}

/** A missing field and a field set to undefined mean the same to the domain. */
function definedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

/**
 * Whether a stored value is still the one the journal expects. A workshop's updatedAt is bumped
 * by every edit of any of its records, so it is left out of the comparison.
 */
export function storedValueMatches(kind: JournalKind, stored: unknown, expected: unknown): boolean {
  if (stored === undefined || stored === null || expected === null || expected === undefined) {
    return (stored ?? null) === (expected ?? null);
  }
  if (kind === 'workshops') return deepEqual(withoutUpdatedAt(stored), withoutUpdatedAt(expected));
  return deepEqual(stored, expected);
}

function withoutUpdatedAt(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { updatedAt: _ignored, ...rest } = value as Record<string, unknown>;
  return rest;
}
