import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { createTimer, MAX_TIMER_MS, type TimerState } from '../../../../shared/logic/timer';

/**
 * The workshop's countdown, one per workshop, in local storage: it is the room's clock, not workshop
 * data (no undo, no backup), yet it must survive moving between phases, a reload, and be the same in
 * the projector's window, which hears every change through the 'storage' event.
 */

const STORAGE_PREFIX = 'dsrs.timer.';

const storedTimerSchema = z.object({
  durationMs: z.number().min(0).max(MAX_TIMER_MS),
  status: z.enum(['idle', 'running', 'paused']),
  runningSince: z.number().nullable(),
  elapsedBeforeMs: z.number().min(0).max(MAX_TIMER_MS),
  agendaSource: z.object({ sessionId: z.string().max(200), itemIndex: z.int().min(0) }).nullable(),
});

const listeners = new Set<() => void>();
/** Used only when local storage refuses (private mode, full disk): the timer then lives for this page. */
const memoryFallback = new Map<string, string>();
const cache = new Map<string, { raw: string | null; state: TimerState }>();

function storageKey(workshopId: string): string {
  return STORAGE_PREFIX + workshopId;
}

function readRaw(workshopId: string): string | null {
  const key = storageKey(workshopId);
  try {
    return localStorage.getItem(key) ?? memoryFallback.get(key) ?? null;
  } catch {
    return memoryFallback.get(key) ?? null;
  }
}

function parseStored(raw: string | null): TimerState | null {
  if (raw === null) return null;
  try {
    const parsed = storedTimerSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const { runningSince, status } = parsed.data;
    // A running timer needs its start; anything else is a hand-edited or broken value.
    if ((status === 'running') !== (runningSince !== null)) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

/** The stored timer of a workshop (a fresh ten-minute one when there is none); stable between changes. */
export function readTimer(workshopId: string): TimerState {
  const raw = readRaw(workshopId);
  const cached = cache.get(workshopId);
  if (cached && cached.raw === raw) return cached.state;
  const state = parseStored(raw) ?? createTimer();
  cache.set(workshopId, { raw, state });
  return state;
}

function emit(): void {
  listeners.forEach((listener) => listener());
}

export function writeTimer(workshopId: string, state: TimerState): void {
  const key = storageKey(workshopId);
  const raw = JSON.stringify(state);
  try {
    localStorage.setItem(key, raw);
    memoryFallback.delete(key);
  } catch {
    memoryFallback.set(key, raw);
  }
  emit();
}

export function updateTimer(workshopId: string, change: (state: TimerState) => TimerState): void {
  const before = readTimer(workshopId);
  const after = change(before);
  if (after !== before) writeTimer(workshopId, after);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  // Another window of the app (the projector's, or a second tab) changed a timer.
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith(STORAGE_PREFIX)) emit();
  });
}

export function useTimerState(workshopId: string): TimerState {
  return useSyncExternalStore(subscribe, () => readTimer(workshopId));
}
