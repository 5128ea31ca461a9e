import { useCallback, useEffect, useRef } from 'react';

/**
 * A record added from a button appears only when the live query brings it back, a moment after the
 * write. This moves keyboard focus into it then: the caller marks the element to focus with
 * data-focus-target="<record id>" and asks for that id right after adding.
 */
export function useFocusOnArrival(records: readonly { id: string }[] | undefined): (id: string) => void {
  const wanted = useRef<string | null>(null);

  const focusIfPresent = useCallback(() => {
    const id = wanted.current;
    if (id === null) return;
    const target = document.querySelector<HTMLElement>(`[data-focus-target="${CSS.escape(id)}"]`);
    const focusable = target?.matches('input, select, textarea, button') ? target : target?.querySelector<HTMLElement>('input, select, textarea, button');
    if (!focusable) return;
    focusable.focus();
    wanted.current = null;
  }, []);

  useEffect(() => {
    focusIfPresent();
  }, [records, focusIfPresent]);

  return useCallback(
    (id: string) => {
      wanted.current = id;
      focusIfPresent();
    },
    [focusIfPresent],
  );
}
