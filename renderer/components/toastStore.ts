import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
  /** Milliseconds before it hides itself; errors stay until dismissed. */
  timeoutMs: number | null;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  listeners.forEach((listener) => listener());
}

export function showToast(toast: Omit<Toast, 'id' | 'timeoutMs'> & { timeoutMs?: number | null }): number {
  const id = nextId++;
  const timeoutMs = toast.timeoutMs === undefined ? (toast.tone === 'error' ? null : toast.action ? 10000 : 5000) : toast.timeoutMs;
  toasts = [...toasts.slice(-3), { ...toast, id, timeoutMs }];
  emit();
  if (timeoutMs !== null) setTimeout(() => dismissToast(id), timeoutMs);
  return id;
}

export function dismissToast(id: number): void {
  const next = toasts.filter((toast) => toast.id !== id);
  if (next.length === toasts.length) return;
  toasts = next;
  emit();
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
  );
}
