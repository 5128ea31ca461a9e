import { useEffect, type RefObject } from 'react';

/** Marks the areas this hook made focusable, so the arrow keys scroll them rather than the stage. */
export const SCROLL_AREA_ATTRIBUTE = 'data-presenter-scroll';

function scrollsItsOwnContent(element: HTMLElement): boolean {
  const style = getComputedStyle(element);
  const scrollable = /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
  return scrollable && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);
}

/**
 * On the projector the screen's fields and buttons are disabled, so a list or table that scrolls
 * inside the screen may hold nothing a keyboard can reach; it would then be out of reach itself.
 * Such areas get a place in the tab order (WCAG: scrollable regions must be keyboard-accessible).
 * Looked at again, at most once a frame, whenever the screen's content changes.
 */
export function useFocusableScrollAreas(stageRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    let frame = 0;
    const mark = () => {
      frame = 0;
      for (const element of stage.querySelectorAll<HTMLElement>('.presenter-content *')) {
        if (element.hasAttribute('tabindex') || !scrollsItsOwnContent(element)) continue;
        element.setAttribute('tabindex', '0');
        element.setAttribute(SCROLL_AREA_ATTRIBUTE, '');
      }
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(mark);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(stage, { childList: true, subtree: true });
    schedule();
    return () => {
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [stageRef]);
}
