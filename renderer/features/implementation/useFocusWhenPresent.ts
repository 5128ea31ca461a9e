import { useCallback, useEffect, useRef } from 'react';

/**
 * A record added from a button appears only when the live query brings it back, a moment after the
 * write. This remembers what should take the keyboard focus and focuses it once it is in the page:
 * the caller marks a container with data-impl-focus="<key>" and asks for that key.
 */
export function useFocusWhenPresent(dependency: unknown): (key: string) => void {
  const wanted = useRef<string | null>(null);

  const focusIfPresent = useCallback(() => {
    const key = wanted.current;
    if (key === null) return;
    const target = document.querySelector<HTMLElement>(`[data-impl-focus="${CSS.escape(key)}"]`);
    if (!target) return;
    // In a radio group the chosen option is the one a keyboard user lands on.
    const focusable = target.matches('input, select, textarea, button, [tabindex]')
      ? target
      : (target.querySelector<HTMLElement>('input[type="radio"]:checked') ?? target.querySelector<HTMLElement>('input, select, textarea, button'));
    if (!focusable) return;
    focusable.focus();
    wanted.current = null;
  }, []);

  useEffect(() => {
    // After the live query re-rendered the list, in the next frame so layout has settled.
    const frame = requestAnimationFrame(focusIfPresent);
    return () => cancelAnimationFrame(frame);
  }, [dependency, focusIfPresent]);

  return useCallback(
    (key: string) => {
      wanted.current = key;
      requestAnimationFrame(focusIfPresent);
    },
    [focusIfPresent],
  );
}
