import { useCallback, useEffect, useRef } from 'react';
import { focusObjective } from './objectiveFocus';

/**
 * An objective added or linked to appears only once the live query brings it, a moment after the
 * write or the navigation. This remembers which one should take the focus and focuses it then.
 */
export function useFocusWhenPresent(objectives: readonly { id: string }[] | undefined): (objectiveId: string) => void {
  const wanted = useRef<string | null>(null);

  const focusIfPresent = useCallback(() => {
    const id = wanted.current;
    if (id !== null && focusObjective(id)) wanted.current = null;
  }, []);

  useEffect(() => {
    // After the page's own focus handling (the phase title takes focus on arrival).
    const frame = requestAnimationFrame(focusIfPresent);
    return () => cancelAnimationFrame(frame);
  }, [objectives, focusIfPresent]);

  return useCallback(
    (objectiveId: string) => {
      wanted.current = objectiveId;
      focusIfPresent();
    },
    [focusIfPresent],
  );
}
