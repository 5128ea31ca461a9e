import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import { daysForOffset } from '../../../../shared/logic/roadmapPlan';
import type { BarDragData } from './TimelineBar';
import type { DragPreview } from './useTimelineModel';

/** Space picks a bar up and drops it; Enter drops it too; Escape puts it back. */
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };
const WEEK = 7;

export type DragKeyResult = 'handled' | 'pass' | 'idle';

function isBarDragData(value: unknown): value is BarDragData {
  return typeof value === 'object' && value !== null && 'initiativeId' in value && 'mode' in value;
}

export function barDragData(value: unknown): BarDragData | null {
  return isBarDragData(value) ? value : null;
}

/**
 * Dragging bars with dnd-kit. A pointer drag turns the pointer's offset into whole days. A keyboard
 * drag (Space on a bar) counts days itself: each arrow is a day (with Ctrl or Shift a week), because
 * dnd-kit's keyboard sensor would scroll the timeline instead of moving once the bar passes the middle
 * of the view. Either way the bar is drawn where it would land, and the drop is one change.
 */
export function useBarDrag(pixelsPerDay: number, commit: (initiativeId: string, mode: 'move' | 'resize', days: number) => Promise<void>, onStep: (preview: DragPreview) => void) {
  const [preview, setPreview] = useState<DragPreview | null>(null);
  const active = useRef<{ preview: DragPreview; byKeyboard: boolean } | null>(null);
  const pixelsPerDayRef = useRef(pixelsPerDay);
  pixelsPerDayRef.current = pixelsPerDay;

  const show = useCallback((next: DragPreview) => {
    setPreview((current) => (current && current.days === next.days && current.initiativeId === next.initiativeId && current.mode === next.mode ? current : next));
  }, []);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    // Arrow keys are counted by onDragKey below, so the sensor itself never moves anything.
    useSensor(KeyboardSensor, { keyboardCodes: KEYBOARD_CODES, coordinateGetter: () => undefined }),
  );

  const onDragStart = useCallback(({ active: dragged, activatorEvent }: DragStartEvent) => {
    const data = barDragData(dragged.data.current);
    if (!data) return;
    const start = { initiativeId: data.initiativeId, mode: data.mode, days: 0 };
    active.current = { preview: start, byKeyboard: activatorEvent instanceof globalThis.KeyboardEvent };
    setPreview(start);
  }, []);

  const onDragMove = useCallback(
    ({ delta }: DragMoveEvent) => {
      const current = active.current;
      if (!current || current.byKeyboard) return;
      current.preview = { ...current.preview, days: daysForOffset(delta.x, pixelsPerDayRef.current) };
      show(current.preview);
    },
    [show],
  );

  const onDragEnd = useCallback(
    ({ delta }: DragEndEvent) => {
      const current = active.current;
      active.current = null;
      if (!current) return setPreview(null);
      const days = current.byKeyboard ? current.preview.days : daysForOffset(delta.x, pixelsPerDayRef.current);
      // The preview stays until the stored dates come back, so the bar does not jump back for a frame.
      void commit(current.preview.initiativeId, current.preview.mode, days).finally(() => setPreview(null));
    },
    [commit],
  );

  const onDragCancel = useCallback(() => {
    active.current = null;
    setPreview(null);
  }, []);

  /** The bar's own key handler asks first: during a keyboard drag the arrows count days here. */
  const onDragKey = useCallback(
    (event: KeyboardEvent<HTMLElement>): DragKeyResult => {
      const current = active.current;
      if (!current) return 'idle';
      if (!current.byKeyboard || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return 'pass';
      event.preventDefault();
      const step = (event.key === 'ArrowRight' ? 1 : -1) * (event.ctrlKey || event.metaKey || event.shiftKey ? WEEK : 1);
      current.preview = { ...current.preview, days: current.preview.days + step };
      show(current.preview);
      onStep(current.preview);
      return 'handled';
    },
    [show, onStep],
  );

  const handlers = useMemo(() => ({ onDragStart, onDragMove, onDragEnd, onDragCancel }), [onDragStart, onDragMove, onDragEnd, onDragCancel]);
  return { preview, sensors, handlers, onDragKey };
}
