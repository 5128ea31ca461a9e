import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { PlacedBar } from './timelineGeometry';
import type { DragKeyResult } from './useBarDrag';

const WEEK = 7;

/**
 * The timeline's bars are one stop in the tab order (a roving tab index): ↑ ↓ Home End go from bar
 * to bar, ← → move the focused bar by a day (with Ctrl by a week), Shift with them moves only the
 * end, and Enter opens the initiative. Space is left to dnd-kit, which picks the bar up.
 */
export function useBarKeyboard(
  bars: readonly PlacedBar[],
  /** Asked first: while a bar is being dragged, the drag owns the keys. */
  onDragKey: (event: KeyboardEvent<HTMLDivElement>) => DragKeyResult,
  change: (initiativeId: string, mode: 'move' | 'resize', days: number) => Promise<void>,
  onOpen: (initiativeId: string) => void,
) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const nodes = useRef(new Map<string, HTMLDivElement>());
  const tabStopId = focusedId !== null && bars.some((bar) => bar.id === focusedId) ? focusedId : (bars[0]?.id ?? null);

  const registerNode = useCallback((initiativeId: string, node: HTMLDivElement | null) => {
    if (node) nodes.current.set(initiativeId, node);
    else nodes.current.delete(initiativeId);
  }, []);

  const focusBar = useCallback((initiativeId: string | undefined) => {
    if (initiativeId === undefined) return;
    setFocusedId(initiativeId);
    nodes.current.get(initiativeId)?.focus();
  }, []);

  const onKey = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, initiativeId: string): boolean => {
      const dragging = onDragKey(event);
      if (dragging !== 'idle') return dragging === 'handled';
      if (event.altKey) return false;
      const index = bars.findIndex((bar) => bar.id === initiativeId);
      const byWeek = event.ctrlKey || event.metaKey;
      switch (event.key) {
        case 'ArrowLeft':
        case 'ArrowRight': {
          event.preventDefault();
          const days = (event.key === 'ArrowRight' ? 1 : -1) * (byWeek ? WEEK : 1);
          void change(initiativeId, event.shiftKey ? 'resize' : 'move', days);
          return true;
        }
        case 'ArrowUp':
        case 'ArrowDown':
          event.preventDefault();
          focusBar(bars[Math.min(bars.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.id);
          return true;
        case 'Home':
        case 'End':
          event.preventDefault();
          focusBar((event.key === 'Home' ? bars[0] : bars.at(-1))?.id);
          return true;
        case 'Enter':
          event.preventDefault();
          onOpen(initiativeId);
          return true;
        default:
          return false;
      }
    },
    [bars, onDragKey, change, focusBar, onOpen],
  );

  return { tabStopId, onKey, onFocusBar: setFocusedId, registerNode, focusBar };
}
