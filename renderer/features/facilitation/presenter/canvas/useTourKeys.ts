import { useEffect, useRef, type RefObject } from 'react';

export interface TourKeyActions {
  onNext: () => void;
  onPrevious: () => void;
}

/** The keys that step the tour; presenter mode keeps ←/→ and Page Up/Down for moving between phases. */
export const TOUR_KEYS = { next: 'N', previous: 'P' } as const;

function isTextEntry(target: Element | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type);
}

/**
 * N and P step the tour wherever the focus is in presenter mode (on the phase title after entering,
 * on the footer's buttons...), but not while a dialog opened on top of it (the timer's) has it.
 */
export function useTourKeys(rootRef: RefObject<HTMLElement | null>, actions: TourKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  }, [actions]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const key = event.key.toUpperCase();
      if (key !== TOUR_KEYS.next && key !== TOUR_KEYS.previous) return;
      const target = event.target instanceof Element ? event.target : null;
      const presenter = root.closest('dialog');
      const inPresenter = target === document.body || target === document.documentElement || (target !== null && target.closest('dialog') === presenter);
      if (!inPresenter || isTextEntry(target)) return;
      event.preventDefault();
      if (key === TOUR_KEYS.next) latest.current.onNext();
      else latest.current.onPrevious();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [rootRef]);
}
