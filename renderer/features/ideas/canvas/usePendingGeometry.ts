import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Cluster, Idea } from '../../../../shared/domain';
import type { Point } from '../../../../shared/logic/ideaBoard';

export interface FrameSize {
  width: number;
  height: number;
}

export interface PendingGeometry {
  /** The position to draw instead of the stored one while a drag or a keyboard move is in flight. */
  position: (id: string) => Point | undefined;
  size: (id: string) => FrameSize | undefined;
  holdPositions: (positions: Iterable<readonly [string, Point]>) => void;
  holdSize: (id: string, size: FrameSize) => void;
  release: (ids: Iterable<string>) => void;
  /** Every held position and size, for laying them over nodes built from the stored records. */
  heldPositions: () => ReadonlyMap<string, Point>;
  heldSizes: () => ReadonlyMap<string, FrameSize>;
  /** Changes whenever a held value changes, so derived nodes can be rebuilt. */
  version: number;
}

/**
 * Positions and frame sizes being edited and not yet confirmed by the live query: notes under the
 * pointer, a cluster carrying its notes, a frame being resized, or arrow-key moves faster than the
 * database answers. A held value is dropped as soon as the stored record matches it (or is gone), so
 * the stored records are the only truth again for undo and other windows. Kept in refs as well as
 * state because key repeats arrive before React re-renders.
 */
export function usePendingGeometry(ideas: readonly Idea[], clusters: readonly Cluster[]): PendingGeometry {
  const positions = useRef(new Map<string, Point>());
  const sizes = useRef(new Map<string, FrameSize>());
  const [version, bump] = useReducer((count: number) => count + 1, 0);

  const holdPositions = useCallback((entries: Iterable<readonly [string, Point]>) => {
    let changed = false;
    for (const [id, point] of entries) {
      const current = positions.current.get(id);
      if (current && current.x === point.x && current.y === point.y) continue;
      positions.current.set(id, point);
      changed = true;
    }
    if (changed) bump();
  }, []);

  const holdSize = useCallback((id: string, size: FrameSize) => {
    const current = sizes.current.get(id);
    if (current && current.width === size.width && current.height === size.height) return;
    sizes.current.set(id, size);
    bump();
  }, []);

  const release = useCallback((ids: Iterable<string>) => {
    let changed = false;
    for (const id of ids) {
      if (positions.current.delete(id)) changed = true;
      if (sizes.current.delete(id)) changed = true;
    }
    if (changed) bump();
  }, []);

  useEffect(() => {
    if (positions.current.size === 0 && sizes.current.size === 0) return;
    const stored = new Map<string, Point & Partial<FrameSize>>();
    for (const idea of ideas) stored.set(idea.id, idea);
    for (const cluster of clusters) stored.set(cluster.id, cluster);
    let changed = false;
    for (const [id, point] of positions.current) {
      const record = stored.get(id);
      if (!record || (record.x === point.x && record.y === point.y)) {
        positions.current.delete(id);
        changed = true;
      }
    }
    for (const [id, size] of sizes.current) {
      const record = stored.get(id);
      if (!record || (record.width === size.width && record.height === size.height)) {
        sizes.current.delete(id);
        changed = true;
      }
    }
    if (changed) bump();
  }, [ideas, clusters]);

  const position = useCallback((id: string) => positions.current.get(id), []);
  const size = useCallback((id: string) => sizes.current.get(id), []);
  const heldPositions = useCallback(() => positions.current, []);
  const heldSizes = useCallback(() => sizes.current, []);
  return useMemo(
    () => ({ position, size, holdPositions, holdSize, release, heldPositions, heldSizes, version }),
    [position, size, holdPositions, holdSize, release, heldPositions, heldSizes, version],
  );
}
