import { useLayoutEffect, useState, type RefObject } from 'react';

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return null;
}

/**
 * The height that makes an element reach down to the bottom of the area that scrolls it (presenter
 * mode's stage), so a canvas takes the whole projector without making that area scroll. Followed as
 * the window, and with it the stage, changes size.
 */
export function useFillStage(elementRef: RefObject<HTMLElement | null>, minimum: number): number {
  const [height, setHeight] = useState(minimum);
  useLayoutEffect(() => {
    const element = elementRef.current;
    const stage = element ? scrollingAncestor(element) : null;
    if (!element || !stage) return;
    const measure = () => {
      const style = getComputedStyle(stage);
      const offset = element.getBoundingClientRect().top - stage.getBoundingClientRect().top - stage.clientTop + stage.scrollTop;
      const available = stage.clientHeight - parseFloat(style.paddingBottom) - offset;
      setHeight(Math.max(minimum, Math.floor(available)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(stage);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [elementRef, minimum]);
  return height;
}
