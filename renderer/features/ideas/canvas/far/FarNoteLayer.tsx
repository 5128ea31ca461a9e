import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { topNoteAt, type Point } from '../../../../../shared/logic/ideaBoard';
import type { IdeaFlowNode, NoteFlowNode } from '../ideaFlowTypes';
import { useNoteCarry, type CarryView, type NoteCarryOptions } from '../carry/useNoteCarry';
import { FarGhost } from './farGhost';
import { drawFarNotes, readFarNotePalette, type FarNote, type FarNotePalette, type FarViewport } from './farNoteDrawing';

interface FarNoteLayerProps extends Omit<NoteCarryOptions, 'view' | 'noteAt'> {
  nodes: readonly IdeaFlowNode[];
}

function isNoteNode(node: IdeaFlowNode): node is NoteFlowNode {
  return node.type === 'note';
}

/**
 * The notes of a board seen from far away (zoom under 0.3), drawn on one canvas above the frames and
 * carried as a ghost. Their React Flow nodes stay in the page, undrawn, for the keyboard and screen
 * readers: Tab, arrows and Enter work as at any zoom, and the canvas rings the focused note.
 */
export function FarNoteLayer({ nodes, ...carryOptions }: FarNoteLayerProps) {
  const { surface, pending } = carryOptions;
  const store = useStoreApi<IdeaFlowNode>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const ghost = useRef<FarGhost | null>(null);
  const palette = useRef<FarNotePalette | null>(null);
  const drawnNotes = useRef<readonly FarNote[]>([]);
  const skip = useRef<ReadonlySet<string>>(new Set());
  const focusedId = useRef<string | null>(null);
  const frame = useRef(0);

  const ghostHost = useCallback((element: HTMLDivElement | null) => {
    ghost.current = element ? new FarGhost(element) : null;
  }, []);

  const notes = useMemo(
    () =>
      nodes.filter(isNoteNode).filter((node) => !node.hidden).map((node): FarNote => ({ id: node.id, x: node.position.x, y: node.position.y, colour: node.data.colour, selected: !!node.selected, chosen: node.data.idea.selected })),
    [nodes],
  );
  const notesRef = useRef(notes);
  useLayoutEffect(() => {
    notesRef.current = notes;
  }, [notes]);

  const viewport = useCallback((): FarViewport => {
    const [x, y, zoom] = store.getState().transform;
    return { x, y, zoom };
  }, [store]);

  const draw = useCallback(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    const host = surface.current;
    if (!element || !context || !host) return;
    palette.current ??= readFarNotePalette(host);
    const { width, height } = store.getState();
    const pixelRatio = window.devicePixelRatio || 1;
    const backingWidth = Math.round(width * pixelRatio);
    const backingHeight = Math.round(height * pixelRatio);
    if (element.width !== backingWidth) element.width = backingWidth;
    if (element.height !== backingHeight) element.height = backingHeight;
    // Positions held by a drop or a key press are newer than the nodes of the last render.
    const held = pending.heldPositions();
    const current = held.size === 0 ? notesRef.current : notesRef.current.map((note) => ({ ...note, ...held.get(note.id) }));
    drawnNotes.current = current;
    drawFarNotes(context, { notes: current, viewport: viewport(), width, height, pixelRatio, palette: palette.current, skip: skip.current, focusedId: focusedId.current });
  }, [pending, store, surface, viewport]);

  const scheduleDraw = useCallback(() => {
    if (frame.current !== 0) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      draw();
    });
  }, [draw]);

  // Drawn in the same commit as the frames around the notes, so the two never disagree for a frame.
  useLayoutEffect(draw, [draw, notes, pending.version]);

  useEffect(() => {
    const stopWatching = store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) scheduleDraw();
    });
    // A theme switch changes every colour.
    const themeWatch = new MutationObserver(() => {
      palette.current = null;
      scheduleDraw();
    });
    themeWatch.observe(document.documentElement, { attributes: true });
    return () => {
      stopWatching();
      themeWatch.disconnect();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [store, scheduleDraw]);

  useEffect(() => {
    const host = surface.current;
    if (!host) return;
    const follow = () => {
      const active = document.activeElement;
      const id = active instanceof HTMLElement && host.contains(active) && active.matches('.react-flow__node-note:focus-visible') ? (active.dataset.id ?? null) : null;
      if (id === focusedId.current) return;
      focusedId.current = id;
      scheduleDraw();
    };
    host.addEventListener('focusin', follow);
    host.addEventListener('focusout', follow);
    follow();
    return () => {
      host.removeEventListener('focusin', follow);
      host.removeEventListener('focusout', follow);
    };
  }, [surface, scheduleDraw]);

  const noteAt = useCallback(
    (client: Point): string | null => {
      const box = store.getState().domNode?.getBoundingClientRect();
      if (!box) return null;
      const view = viewport();
      const point = { x: (client.x - box.left - view.x) / view.zoom, y: (client.y - box.top - view.y) / view.zoom };
      return topNoteAt(drawnNotes.current, point)?.id ?? null;
    },
    [store, viewport],
  );

  const view = useMemo<CarryView>(
    () => ({
      lift: (lifted) => {
        const ids = new Set(lifted.map((note) => note.id));
        skip.current = ids;
        ghost.current?.show(
          drawnNotes.current.filter((note) => ids.has(note.id)),
          viewport(),
        );
        draw();
      },
      // The ghost follows the pointer over the screen; the board under it may pan.
      move: (_travel, pointer) => ghost.current?.moveBy(pointer.x, pointer.y),
      // The drop has already held the new positions: the canvas draws them as the ghost goes.
      putDown: () => {
        skip.current = new Set();
        ghost.current?.hide();
        draw();
      },
    }),
    [draw, viewport],
  );

  useNoteCarry({ ...carryOptions, view, noteAt });

  return (
    <div className="ideas-far-layer" aria-hidden="true">
      <canvas ref={canvas} />
      <div ref={ghostHost} className="ideas-far-ghost" hidden />
    </div>
  );
}
