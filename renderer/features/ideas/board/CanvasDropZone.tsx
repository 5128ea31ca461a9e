import type { ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { CANVAS_ZONE } from './boardDnd';

/**
 * The canvas as a drop zone for notes carried from the inbox. It wraps the canvas rather than living in
 * it, so a drag over the board re-renders this frame only, never the thousands of notes inside.
 */
export function CanvasDropZone({ children }: { children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: CANVAS_ZONE });
  return (
    <div ref={setNodeRef} className={`ideas-canvas-zone${isOver ? ' is-drop-target' : ''}`}>
      {children}
    </div>
  );
}
