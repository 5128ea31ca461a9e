/**
 * Recognises a storage-quota failure however it arrives: as a DOMException, as Dexie's own
 * QuotaExceededError, or wrapped inside Dexie's AbortError / BulkError.
 */
import type { WriteFailureKind } from './errors';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** Legacy DOMException code QUOTA_ERR, still set by some engines. */
const LEGACY_QUOTA_CODE = 22;
const MAX_DEPTH = 6;

export function classifyWriteError(error: unknown): WriteFailureKind {
  return containsQuotaError(error, 0) ? 'quota' : 'unknown';
}

/** A one-line technical message for logs and the banner's details (Dexie appends the inner error on new lines). */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : typeof error === 'string' ? error : '';
  return text.split('\n')[0]?.trim() || 'Unknown storage error';
}

function containsQuotaError(error: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return false;
  const candidate = error as Record<string, unknown>;
  if (typeof candidate.name === 'string' && QUOTA_NAMES.has(candidate.name)) return true;
  if (candidate.code === LEGACY_QUOTA_CODE && candidate.name !== 'AbortError') return true;
  const nested: unknown[] = [candidate.inner, candidate.cause];
  for (const key of ['failures', 'failuresByPos'] as const) {
    const failures = candidate[key];
    if (failures && typeof failures === 'object') nested.push(...Object.values(failures));
  }
  return nested.some((inner) => containsQuotaError(inner, depth + 1));
}
