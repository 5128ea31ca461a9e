import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { TimelineZoom } from './timelineGeometry';

/**
 * Scrolls the timeline to today when it first appears, and keeps the date in the middle of the view
 * in the middle when the zoom changes, so switching between months and quarters never loses the place.
 */
export function useZoomAnchor(scrollRef: RefObject<HTMLDivElement | null>, zoom: TimelineZoom, trackWidth: number, todayX: number | null, laneLabelWidth: number): void {
  const previous = useRef<{ zoom: TimelineZoom; trackWidth: number } | null>(null);

  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || trackWidth === 0) return;
    const last = previous.current;
    previous.current = { zoom, trackWidth };
    const visibleTrack = scroller.clientWidth - laneLabelWidth;
    if (last === null) {
      if (todayX !== null) scroller.scrollLeft = Math.max(0, todayX - visibleTrack / 3);
      return;
    }
    if (last.zoom === zoom || last.trackWidth === 0) return;
    const middle = (scroller.scrollLeft + visibleTrack / 2) / last.trackWidth;
    scroller.scrollLeft = Math.max(0, middle * trackWidth - visibleTrack / 2);
  }, [scrollRef, zoom, trackWidth, todayX, laneLabelWidth]);
}
