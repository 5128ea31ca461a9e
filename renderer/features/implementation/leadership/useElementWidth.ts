import { useCallback, useEffect, useState } from 'react';

export interface MeasuredWidth {
  /** Width in CSS pixels; 0 until first measured. */
  width: number;
  /** The root font size in pixels (it grows on projectors), for estimating how wide text is. */
  rootFontSize: number;
}

/** Tracks an element's width, so the timeline can keep labels from running into each other. */
export function useElementWidth<T extends HTMLElement>(): [MeasuredWidth, (element: T | null) => void] {
  const [element, setElement] = useState<T | null>(null);
  const [measured, setMeasured] = useState<MeasuredWidth>({ width: 0, rootFontSize: 16 });

  useEffect(() => {
    if (!element) return undefined;
    const measure = () => {
      const width = element.getBoundingClientRect().width;
      const rootFontSize = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      setMeasured((current) => (current.width === width && current.rootFontSize === rootFontSize ? current : { width, rootFontSize }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  const ref = useCallback((next: T | null) => setElement(next), []);
  return [measured, ref];
}
