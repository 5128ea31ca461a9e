import { useEffect, useRef } from 'react';

/**
 * A record added with a button appears only after the live query delivers it; this remembers which
 * record should take the keyboard focus when it appears, so people can type into it at once.
 */
let pendingFocusId: string | null = null;

export function focusWhenRendered(recordId: string): void {
  pendingFocusId = recordId;
}

/** Put the returned ref on the element holding the record's fields; its first field gets the focus. */
export function useFocusIfJustAdded<T extends HTMLElement>(recordId: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (pendingFocusId !== recordId) return;
    pendingFocusId = null;
    ref.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [recordId]);
  return ref;
}
