import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Size } from '../../../../../shared/logic/projectorTour';

export interface ViewportMetrics {
  /** The viewport's inner size in screen pixels. */
  size: Size;
  /** The smallest type size presenter mode allows, in screen pixels (its --text-xs). */
  minimumTextPx: number;
}

/**
 * The canvas viewport's size and the presenter's smallest type size (the viewport's own font size is
 * that token; it grows on large projectors), measured again whenever the viewport changes size.
 */
export function useViewportMetrics(viewportRef: RefObject<HTMLElement | null>): ViewportMetrics | null {
  const [metrics, setMetrics] = useState<ViewportMetrics | null>(null);
  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const measure = () => {
      const width = viewport.clientWidth;
      const height = viewport.clientHeight;
      const minimumTextPx = parseFloat(getComputedStyle(viewport).fontSize);
      setMetrics((previous) =>
        previous && previous.size.width === width && previous.size.height === height && previous.minimumTextPx === minimumTextPx
          ? previous
          : { size: { width, height }, minimumTextPx },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [viewportRef]);
  return metrics;
}
