import { useEffect, useRef, type RefObject } from 'react';
import { isTextEntry } from '../../../../components/isTextEntry';

export interface TourKeyActions {
  onNext: () => void;
  onPrevious: () => void;
  /** Whether there is a step after / before the current one. */
  hasNext: boolean;
  hasPrevious: boolean;
}

/** The keys that step the tour; presenter mode keeps ←/→ and Page Up/Down for moving between phases. */
export const TOUR_KEYS = { next: 'N', previous: 'P' } as const;

/** A clicker's buttons: they step the tour, and change the phase only past its first or last step. */
const CLICKER_KEYS = { next: 'PageDown', previous: 'PageUp' } as const;

/**
 * N and P step the tour wherever the focus is in presenter mode (on the phase title after entering,
 * on the footer's buttons...), but not while a dialog opened on top of it (the timer's) has it.
 * Page Down and Page Up (all a presentation clicker sends) step it too, as slides step through their
 * builds: while there is a step to go to, they are taken before presenter mode turns them into a
 * change of phase.
 */
export function useTourKeys(rootRef: RefObject<HTMLElement | null>, actions: TourKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  }, [actions]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const inPresenter = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const presenter = root.closest('dialog');
      const inside = target === document.body || target === document.documentElement || (target !== null && target.closest('dialog') === presenter);
      return inside && !isTextEntry(target);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const key = event.key.toUpperCase();
      if (key !== TOUR_KEYS.next && key !== TOUR_KEYS.previous) return;
      if (!inPresenter(event)) return;
      event.preventDefault();
      if (key === TOUR_KEYS.next) latest.current.onNext();
      else latest.current.onPrevious();
    };
    // In the capture phase, so it runs before presenter mode's own Page Down / Page Up.
    const onClickerKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const forward = event.key === CLICKER_KEYS.next;
      if (!forward && event.key !== CLICKER_KEYS.previous) return;
      const { hasNext, hasPrevious, onNext, onPrevious } = latest.current;
      if ((forward ? !hasNext : !hasPrevious) || !inPresenter(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (forward) onNext();
      else onPrevious();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keydown', onClickerKey, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keydown', onClickerKey, true);
    };
  }, [rootRef]);
}
