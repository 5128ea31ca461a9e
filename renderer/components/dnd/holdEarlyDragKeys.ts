/** The keys a keyboard drag acts on: dnd-kit's sensor moves, drops and cancels with these. */
const DRAG_KEY_CODES = new Set(['Space', 'Enter', 'Escape', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/** Calls `resume` once the drag has taken in everything the keys replayed so far changed. */
export type WaitForDragToCatchUp = (resume: () => void) => void;

/**
 * Called when a keyboard picked an item up. dnd-kit's keyboard sensor starts listening for keys one
 * timer tick after the pick-up, and a busy browser can deliver the next key presses before that
 * tick: a quick Space → → Space lost its moves or its drop and left the item in the air. Those keys
 * are held back here and replayed in order to the focused element once the sensor listens. Each one
 * waits until the drag has caught up with the one before, not just for a frame: dnd-kit reads the
 * zone under the item from a render that lands a few tasks after a move, so a drop replayed a frame
 * after its move could still see the old zone. Keys pressed while the replay runs join the end of
 * the queue, so the order is kept; the hold ends when the queue is empty.
 */
export function holdEarlyDragKeys(waitForDragToCatchUp: WaitForDragToCatchUp): void {
  const queue: KeyboardEventInit[] = [];
  const replayed = new WeakSet<Event>();
  const hold = (event: KeyboardEvent) => {
    if (replayed.has(event) || !DRAG_KEY_CODES.has(event.code)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
    queue.push({ key, code, shiftKey, ctrlKey, altKey, metaKey });
  };
  const replayNext = () => {
    const next = queue.shift();
    if (!next) {
      document.removeEventListener('keydown', hold, { capture: true });
      return;
    }
    const event = new KeyboardEvent('keydown', { ...next, bubbles: true, cancelable: true });
    replayed.add(event);
    (document.activeElement ?? document.body).dispatchEvent(event);
    waitForDragToCatchUp(replayNext);
  };
  document.addEventListener('keydown', hold, { capture: true });
  // The pick-up reaches us just before dnd-kit sets its timer, so this timer's own timer fires after it.
  setTimeout(() =>
    setTimeout(() => {
      if (queue.length === 0) replayNext();
      else waitForDragToCatchUp(replayNext);
    }),
  );
}
