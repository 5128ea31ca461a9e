import { useCallback, useMemo, useRef } from 'react';
import type { Point } from '../../../../../shared/logic/ideaBoard';
import { boardNodeSelector } from '../ideaFlowTypes';
import { useNoteCarry, type CarryView, type LiftedNote, type NoteCarryOptions } from './useNoteCarry';

/** Above every other node while carried, as React Flow's own drag does. */
const CARRIED_Z_INDEX = '100000';

interface CarriedNode {
  element: HTMLElement;
  note: LiftedNote;
  zIndex: string;
}

/** Written exactly as React Flow writes a node's place, so its next render takes over seamlessly. */
function placeOf(point: Point): string {
  return `translate(${point.x}px,${point.y}px)`;
}

/**
 * Carrying notes drawn as React Flow nodes (near enough to read them): the nodes themselves are moved
 * by their transform on every pointer move, outside React, on a compositor layer of their own. When
 * they are put down, the position held for them renders the same transform, so nothing jumps.
 */
export function NearNoteCarry(props: Omit<NoteCarryOptions, 'view' | 'noteAt'>) {
  const carried = useRef<CarriedNode[]>([]);
  const scale = useRef(1);
  const { surface } = props;

  const view = useMemo<CarryView>(
    () => ({
      lift: (notes, zoom) => {
        scale.current = zoom;
        const host = surface.current;
        carried.current = notes.flatMap((note) => {
          // A note scrolled out of view is not drawn: it is carried all the same, and stored on drop.
          const element = host?.querySelector<HTMLElement>(boardNodeSelector(note.id));
          if (!element) return [];
          const entry = { element, note, zIndex: element.style.zIndex };
          element.style.willChange = 'transform';
          element.style.zIndex = CARRIED_Z_INDEX;
          // A data attribute, not a class: React Flow re-renders the class list when the selection changes.
          element.dataset.carried = '';
          return [entry];
        });
      },
      move: (travel) => {
        for (const { element, note } of carried.current) element.style.transform = placeOf({ x: note.x + travel.x / scale.current, y: note.y + travel.y / scale.current });
      },
      putDown: (placed) => {
        for (const { element, note, zIndex } of carried.current) {
          element.style.transform = placeOf(placed.get(note.id) ?? note);
          element.style.zIndex = zIndex;
          element.style.removeProperty('will-change');
          delete element.dataset.carried;
        }
        carried.current = [];
      },
    }),
    [surface],
  );

  const noteAt = useCallback((_client: Point, target: Element) => target.closest<HTMLElement>('.react-flow__node-note')?.dataset.id ?? null, []);
  useNoteCarry({ ...props, view, noteAt });
  return null;
}
