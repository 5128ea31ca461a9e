import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The inner width of an element that is on the page from the first render, kept up to date as the
 * window or the layout around it changes. Read before the first paint, so nothing visibly jumps.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = () => setWidth(element.clientWidth);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
