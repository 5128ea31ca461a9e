import { useEffect, useRef, type RefObject } from 'react';
import { SCROLL_AREA_ATTRIBUTE } from './useFocusableScrollAreas';
import { isTextEntry } from '../../../components/isTextEntry';

export interface PresenterKeyActions {
  onLeave: () => void;
  onPrevious: () => void;
  onNext: () => void;
}

/** Share of the visible height one arrow press scrolls. */
const SCROLL_STEP = 0.2;

/**
 * The presenter's keys, as a clicker or a keyboard sends them: ←/Page Up and →/Page Down move between
 * phases, ↑/↓ scroll, Escape leaves. They are caught before the phase screen sees them, so a screen's
 * own shortcuts (moving a card, deleting) cannot change anything while it is on the projector.
 * Keys typed into a dialog opened on top (setting the timer) are left to that dialog.
 */
export function usePresenterKeys(
  dialogRef: RefObject<HTMLDialogElement | null>,
  stageRef: RefObject<HTMLDivElement | null>,
  actions: PresenterKeyActions,
): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  }, [actions]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target && target.closest('dialog') !== dialog) return;
      if (isTextEntry(event.target)) return;
      const handled = (run: () => void) => {
        event.preventDefault();
        event.stopPropagation();
        run();
      };
      switch (event.key) {
        case 'Escape':
          handled(() => latest.current.onLeave());
          return;
        case 'ArrowLeft':
        case 'PageUp':
          handled(() => latest.current.onPrevious());
          return;
        case 'ArrowRight':
        case 'PageDown':
          handled(() => latest.current.onNext());
          return;
        case 'ArrowUp':
        case 'ArrowDown': {
          // A scrolling list inside the screen, focused, scrolls itself (the browser does that).
          if (target?.hasAttribute(SCROLL_AREA_ATTRIBUTE)) {
            event.stopPropagation();
            return;
          }
          const stage = stageRef.current;
          const direction = event.key === 'ArrowUp' ? -1 : 1;
          handled(() => stage?.scrollBy({ top: direction * Math.max(40, stage.clientHeight * SCROLL_STEP) }));
          return;
        }
        case 'F5':
          // Already presenting; and F5 must not reload the page.
          handled(() => undefined);
          return;
        case 'Delete':
        case 'Backspace':
          event.stopPropagation();
          return;
        default:
          return;
      }
    };
    dialog.addEventListener('keydown', onKeyDown, true);
    return () => dialog.removeEventListener('keydown', onKeyDown, true);
  }, [dialogRef, stageRef]);
}
