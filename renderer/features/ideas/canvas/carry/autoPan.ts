import type { Point } from '../../../../../shared/logic/ideaBoard';

/** How close to the canvas's edge a carried note starts panning the board, and how fast (px a frame). */
export const AUTO_PAN_EDGE_PX = 40;
export const AUTO_PAN_STEP_PX = 12;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * How far to pan the board this frame while a note is carried to `pointer`: towards the side the
 * pointer is near, as React Flow's own drag does. Nothing once the pointer has left the canvas (on its
 * way to the inbox, say).
 */
export function autoPanStep(pointer: Point, canvas: Box): Point {
  const inside = pointer.x >= canvas.left && pointer.x <= canvas.right && pointer.y >= canvas.top && pointer.y <= canvas.bottom;
  if (!inside) return { x: 0, y: 0 };
  const along = (value: number, low: number, high: number) => (value < low + AUTO_PAN_EDGE_PX ? AUTO_PAN_STEP_PX : value > high - AUTO_PAN_EDGE_PX ? -AUTO_PAN_STEP_PX : 0);
  return { x: along(pointer.x, canvas.left, canvas.right), y: along(pointer.y, canvas.top, canvas.bottom) };
}
