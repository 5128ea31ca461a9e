import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Stakeholder } from '../../../../shared/domain';
import type { Point } from '../../../../shared/logic/posterLayout';

export interface PendingPositions {
  /** The position to draw instead of the stored one, while a drag or a keyboard move is in flight. */
  get: (id: string) => Point | undefined;
  hold: (id: string, position: Point) => void;
  release: (id: string) => void;
  /** Changes whenever a held position changes, so derived nodes can be rebuilt. */
  version: number;
}

/**
 * Positions that are being edited and not yet confirmed by the live query: a card under the pointer,
 * or one moved by arrow keys faster than the database answers. A held position is dropped as soon as
 * the stored one matches it, so the stored record is the only truth again (undo, other windows).
 * Kept in a ref as well as state because key repeats arrive before React re-renders.
 */
export function usePendingPositions(people: readonly Stakeholder[]): PendingPositions {
  const held = useRef(new Map<string, Point>());
  const [version, bump] = useReducer((count: number) => count + 1, 0);

  const hold = useCallback((id: string, position: Point) => {
    const current = held.current.get(id);
    if (current && current.x === position.x && current.y === position.y) return;
    held.current.set(id, position);
    bump();
  }, []);

  const release = useCallback((id: string) => {
    if (held.current.delete(id)) bump();
  }, []);

  useEffect(() => {
    const stored = new Map(people.map((person) => [person.id, person]));
    let changed = false;
    for (const [id, position] of held.current) {
      const person = stored.get(id);
      if (!person || (person.x === position.x && person.y === position.y)) {
        held.current.delete(id);
        changed = true;
      }
    }
    if (changed) bump();
  }, [people]);

  const get = useCallback((id: string) => held.current.get(id), []);
  return useMemo(() => ({ get, hold, release, version }), [get, hold, release, version]);
}
