import { useEffect, useRef, type RefObject } from 'react';
import type { Point } from '../../../../../shared/logic/ideaBoard';

/** A press that travels less than this is a click, not a drag (React Flow's default is 0; 3 forgives a shaky hand). */
const DRAG_THRESHOLD_PX = 3;

export interface NotePointerHandlers {
  /** The note under a point of the screen (the element pressed is given too), if any. */
  noteAt: (client: Point, target: Element) => string | null;
  /** Pressed and let go without moving: Shift, Ctrl or Cmd add to the selection or take out. */
  onClick: (id: string, additive: boolean) => void;
  /** The press became a drag: returns what it carries. */
  onDragStart: (id: string, additive: boolean) => readonly string[];
  /** The pointer moved `delta` screen pixels from where the drag began. */
  onDragMove: (delta: Point, client: Point) => void;
  onDrop: (delta: Point, client: Point) => void;
  /** Escape, or the browser took the pointer away: everything goes back where it was. */
  onCancel: () => void;
}

interface Press {
  id: string;
  pointerId: number;
  origin: Point;
  additive: boolean;
  dragging: boolean;
}

/**
 * Pointer input for the board's notes, at every zoom. Presses are caught on their way down to React
 * Flow (capture phase) and kept from it when they land on a note: React Flow's own drag re-renders the
 * board and runs a selector per node on every pointer move, which on a board of a thousand notes cost
 * more than a frame allows. Moves go straight to the handlers, with no React render in between.
 */
export function useNotePointer(surface: RefObject<HTMLElement | null>, handlers: NotePointerHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const element = surface.current;
    if (!element) return;
    let press: Press | null = null;

    const deltaOf = (event: PointerEvent, from: Point): Point => ({ x: event.clientX - from.x, y: event.clientY - from.y });

    const end = () => {
      press = null;
      window.removeEventListener('pointermove', onMove, true);
      window.removeEventListener('pointerup', onUp, true);
      window.removeEventListener('pointercancel', onCancel, true);
      window.removeEventListener('keydown', onKey, true);
      element.classList.remove('is-carrying');
    };

    const onMove = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.pointerId) return;
      // The button came up where no release reached the page (outside the window, a dialog of the
      // system): the note is let go here rather than staying stuck to the pointer.
      if ((event.buttons & 1) === 0) {
        onUp(event);
        return;
      }
      const delta = deltaOf(event, press.origin);
      if (!press.dragging) {
        if (Math.hypot(delta.x, delta.y) < DRAG_THRESHOLD_PX) return;
        press.dragging = true;
        element.classList.add('is-carrying');
        latest.current.onDragStart(press.id, press.additive);
      }
      latest.current.onDragMove(delta, { x: event.clientX, y: event.clientY });
    };

    // The click that follows the press is the note's, not the pane's (which would clear the selection).
    const swallowClick = () => {
      const swallow = (click: MouseEvent) => {
        click.stopPropagation();
        click.preventDefault();
      };
      window.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => window.removeEventListener('click', swallow, true), 0);
    };

    const onUp = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.pointerId) return;
      const { id, additive, dragging, origin } = press;
      end();
      swallowClick();
      if (dragging) latest.current.onDrop(deltaOf(event, origin), { x: event.clientX, y: event.clientY });
      else latest.current.onClick(id, additive);
    };

    const abandon = () => {
      const wasDragging = press?.dragging ?? false;
      end();
      if (wasDragging) latest.current.onCancel();
    };

    const onCancel = (event: PointerEvent) => {
      if (press && event.pointerId === press.pointerId) abandon();
    };

    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !press) return;
      event.preventDefault();
      event.stopPropagation();
      abandon();
    };

    const onDown = (event: PointerEvent) => {
      if (press || event.button !== 0 || !(event.target instanceof Element) || !event.target.closest('.react-flow__renderer')) return;
      const id = latest.current.noteAt({ x: event.clientX, y: event.clientY }, event.target);
      if (!id) return;
      // The note is ours: React Flow's pane must not start a pan or a selection under it.
      event.preventDefault();
      event.stopPropagation();
      press = { id, pointerId: event.pointerId, origin: { x: event.clientX, y: event.clientY }, additive: event.shiftKey || event.ctrlKey || event.metaKey, dragging: false };
      window.addEventListener('pointermove', onMove, true);
      window.addEventListener('pointerup', onUp, true);
      window.addEventListener('pointercancel', onCancel, true);
      window.addEventListener('keydown', onKey, true);
    };

    // A pointer over a note shows it can be picked up (notes drawn on a canvas have no cursor of their own).
    const onHover = (event: PointerEvent) => {
      if (press || event.buttons !== 0) return;
      const over = event.target instanceof Element && !!event.target.closest('.react-flow__renderer') && latest.current.noteAt({ x: event.clientX, y: event.clientY }, event.target) !== null;
      element.classList.toggle('is-over-note', over);
    };

    // The zoom must stay still under a drag: the drop is worked out in the zoom it began with.
    const onWheel = (event: WheelEvent) => {
      if (!press?.dragging) return;
      event.preventDefault();
      event.stopPropagation();
    };

    element.addEventListener('pointerdown', onDown, true);
    element.addEventListener('pointermove', onHover);
    element.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => {
      abandon();
      element.removeEventListener('pointerdown', onDown, true);
      element.removeEventListener('pointermove', onHover);
      element.removeEventListener('wheel', onWheel, true);
      element.classList.remove('is-over-note');
    };
  }, [surface]);
}
