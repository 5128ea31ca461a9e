import { useLayoutEffect, type RefObject } from 'react';

const CONTROLS = 'input, select, textarea, button';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement;

/**
 * Makes a phase screen read-only on the projector without rewriting it: every field and button it
 * renders, now or later (live data, a lazily loaded part), is disabled the moment it appears, and
 * again should the screen re-enable one. Links and scrolling still work.
 *
 * Why not one <fieldset disabled> around the screen: accessibility checkers then count every element
 * inside as disabled, including a list that scrolls, which would leave it out of the keyboard's reach
 * in their eyes; per control, the rest of the content stays what it is.
 */
export function useReadOnlyContent(rootRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const disableControls = () => {
      for (const control of root.querySelectorAll<Control>(CONTROLS)) {
        if (!control.disabled) control.disabled = true;
      }
    };
    disableControls();
    // Mutation callbacks run before the next paint: a new control is never shown enabled.
    const observer = new MutationObserver(disableControls);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    return () => observer.disconnect();
  }, [rootRef]);
}
