import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Rect } from '../../../../../shared/logic/posterLayout';
import { clampView, viewCentredOn, zoomViewAbout, type ProjectorView, type Size } from '../../../../../shared/logic/projectorTour';

/** Room left around a step's focus, in screen pixels. */
export const VIEW_MARGIN_PX = 16;
/** Share of the viewport one arrow press pans; with Shift, a bigger share. */
const PAN_STEP = 0.2;
const PAN_STEP_LARGE = 0.6;
const ZOOM_STEP = 1.25;
/** How far in the facilitator may zoom, as a multiple of the legible zoom (which is also the least). */
const MAX_ZOOM_FACTOR = 3;

interface ProjectorViewInputs {
  /** The viewport's size in screen pixels; null until measured. */
  size: Size | null;
  /** The least zoom: every label at the presenter's smallest type size. */
  legible: number;
  /** The current step (its key) and the canvas rectangle it shows. */
  stepKey: string | null;
  focus: Rect | null;
  /** Everything drawn in the current scene: a pan stops before it all leaves the screen. */
  sceneBounds: Rect | null;
}

export interface ProjectorViewControls {
  view: ProjectorView | null;
  dragging: boolean;
  onKeyDownCapture: (event: KeyboardEvent<HTMLElement>) => void;
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLElement>) => void;
}

/**
 * The projector canvas's view: centred on the current step at the legible zoom, moved by the
 * facilitator with the arrow keys or by dragging, zoomed in and out again with + and − (never below
 * the legible zoom), back to the step with Home. A pan or zoom belongs to its step: the next step
 * starts centred again.
 */
export function useProjectorView({ size, legible, stepKey, focus, sceneBounds }: ProjectorViewInputs): ProjectorViewControls {
  const anchor = `${stepKey ?? ''}|${size?.width ?? 0}x${size?.height ?? 0}|${legible}`;
  const centred = size && focus ? viewCentredOn(focus, size, legible, VIEW_MARGIN_PX) : null;
  const [adjusted, setAdjusted] = useState<{ anchor: string; view: ProjectorView } | null>(null);
  const view = adjusted && adjusted.anchor === anchor ? adjusted.view : centred;
  const [dragging, setDragging] = useState(false);
  const drag = useRef<{ pointerId: number; startX: number; startY: number; from: ProjectorView } | null>(null);

  const moveTo = useCallback(
    (next: ProjectorView) => {
      if (size) setAdjusted({ anchor, view: clampView(next, size, sceneBounds) });
    },
    [anchor, size, sceneBounds],
  );

  const onKeyDownCapture = (event: KeyboardEvent<HTMLElement>) => {
    // Only while the canvas itself has the focus: elsewhere these keys keep their presenter meaning.
    if (event.target !== event.currentTarget || !view || !size || event.altKey || event.ctrlKey || event.metaKey) return;
    const share = event.shiftKey ? PAN_STEP_LARGE : PAN_STEP;
    const centre = { x: size.width / 2, y: size.height / 2 };
    let next: ProjectorView | null = null;
    switch (event.key) {
      case 'ArrowLeft':
        next = { ...view, x: view.x + size.width * share };
        break;
      case 'ArrowRight':
        next = { ...view, x: view.x - size.width * share };
        break;
      case 'ArrowUp':
        next = { ...view, y: view.y + size.height * share };
        break;
      case 'ArrowDown':
        next = { ...view, y: view.y - size.height * share };
        break;
      case '+':
      case '=':
        next = zoomViewAbout(view, ZOOM_STEP, centre, legible, legible * MAX_ZOOM_FACTOR);
        break;
      case '-':
      case '_':
        next = zoomViewAbout(view, 1 / ZOOM_STEP, centre, legible, legible * MAX_ZOOM_FACTOR);
        break;
      case 'Home':
        event.preventDefault();
        event.stopPropagation();
        setAdjusted(null);
        return;
      default:
        return;
    }
    // Caught before presenter mode's own keys, so an arrow pans here instead of changing the phase.
    event.preventDefault();
    event.stopPropagation();
    moveTo(next);
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0 || !view) return;
    drag.current = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, from: view };
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const start = drag.current;
    if (!start || start.pointerId !== event.pointerId) return;
    moveTo({ ...start.from, x: start.from.x + event.clientX - start.startX, y: start.from.y + event.clientY - start.startY });
  };
  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    if (drag.current?.pointerId !== event.pointerId) return;
    drag.current = null;
    setDragging(false);
  };

  return { view, dragging, onKeyDownCapture, onPointerDown, onPointerMove, onPointerUp };
}
