/**
 * Test-only fault injection: makes the next transactions fail from INSIDE the transaction, so
 * IndexedDB rolls them back exactly as it would on a real quota or disk error. Browser tests reach
 * it through a test hook; production code never arms it.
 */
import type { WriteFailureKind } from './errors';

let pendingFault: { kind: WriteFailureKind; remaining: number } | null = null;

export function injectWriteFault(kind: WriteFailureKind, count: number): void {
  pendingFault = count > 0 ? { kind, remaining: Math.floor(count) } : null;
}

export function clearInjectedWriteFaults(): void {
  pendingFault = null;
}

/** Called at the start of every write transaction; throws the injected error if one is armed. */
export function throwInjectedFaultIfArmed(): void {
  if (!pendingFault) return;
  const { kind } = pendingFault;
  pendingFault.remaining -= 1;
  if (pendingFault.remaining <= 0) pendingFault = null;
  throw createFault(kind);
}

function createFault(kind: WriteFailureKind): Error {
  // Mirrors what browsers raise, so the classifier is exercised on the real shape.
  if (kind === 'quota') return new DOMException('Injected fault: storage quota exceeded', 'QuotaExceededError');
  return new Error('Injected fault: the write failed');
}
