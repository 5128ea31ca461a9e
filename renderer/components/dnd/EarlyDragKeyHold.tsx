import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import { getFirstCollision, useDndContext, useDndMonitor, type DragStartEvent } from '@dnd-kit/core';
import { holdEarlyDragKeys } from './holdEarlyDragKeys';

/** A drag that never settles must not swallow the drag keys of the whole page for long. */
const GIVE_UP_AFTER_MS = 1000;

interface Waiter {
  /** The render request the drag has to have rendered before the waiter may go on. */
  readonly request: number;
  readonly release: () => void;
}

/**
 * Put one inside every DndContext that has a KeyboardSensor: keys typed right after a keyboard
 * pick-up are held until the sensor listens, then replayed one at a time (see holdEarlyDragKeys).
 * It lives inside the context because only there can it see when dnd-kit has caught up with a key.
 */
export function EarlyDragKeyHold(): null {
  const { collisions, over } = useDndContext();
  const [rendered, requestRender] = useReducer((count: number) => count + 1, 0);
  const lastRequest = useRef(0);
  const waiter = useRef<Waiter | null>(null);

  const waitForDragToCatchUp = useCallback((resume: () => void) => {
    lastRequest.current += 1;
    const current: Waiter = {
      request: lastRequest.current,
      release: () => {
        if (waiter.current !== current) return;
        waiter.current = null;
        clearTimeout(giveUp);
        resume();
      },
    };
    waiter.current = current;
    const giveUp = setTimeout(current.release, GIVE_UP_AFTER_MS);
    // Our own render request queues behind the updates the replayed key caused, so once it has been
    // rendered those have been too.
    requestRender();
  }, []);

  // The zone under the item (`over`) trails the move by one more render: dnd-kit sets it from an
  // effect of the render that found the new collisions. The drag has caught up when both agree, and
  // the release waits for the end of this commit, when dnd-kit's sensor context holds them too.
  useLayoutEffect(() => {
    const current = waiter.current;
    if (!current || rendered < current.request) return;
    if ((over?.id ?? null) !== getFirstCollision(collisions, 'id')) return;
    queueMicrotask(current.release);
  });
  useEffect(() => () => waiter.current?.release(), []);

  const monitor = useMemo(
    () => ({
      onDragStart: ({ activatorEvent }: DragStartEvent) => {
        if (activatorEvent instanceof KeyboardEvent) holdEarlyDragKeys(waitForDragToCatchUp);
      },
    }),
    [waitForDragToCatchUp],
  );
  useDndMonitor(monitor);
  return null;
}
