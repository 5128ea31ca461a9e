import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreApi } from '@xyflow/react';
import type { Cluster, Idea } from '../../../../../shared/domain';
import { topNoteAt, type Point } from '../../../../../shared/logic/ideaBoard';
import type { Announce } from '../../useAnnouncer';
import type { BoardSelectionControls } from '../../board/useBoardSelection';
import { boardNodeSelector, type IdeaFlowNode, type NoteFlowNode } from '../ideaFlowTypes';
import { boxHolds, dropNotesOnCanvas, dropNotesOnInbox, noteMoveTo, type NoteDropContext } from '../noteDrop';
import type { PendingGeometry } from '../usePendingGeometry';
import { FarGhost } from './farGhost';
import { drawFarNotes, readFarNotePalette, type FarNote, type FarNotePalette, type FarViewport } from './farNoteDrawing';
import { useFarNotePointer } from './useFarNotePointer';

interface FarNoteLayerProps {
  /** The board's element: presses are caught there, and the focus followed. */
  surface: RefObject<HTMLDivElement | null>;
  nodes: readonly IdeaFlowNode[];
  workshopId: string;
  ideas: readonly Idea[];
  ideasById: ReadonlyMap<string, Idea>;
  clusters: readonly Cluster[];
  pending: PendingGeometry;
  selection: BoardSelectionControls;
  inboxElement: () => HTMLElement | null;
  onInboxHover: (over: boolean) => void;
  announce: Announce;
}

interface Carry {
  ids: ReadonlySet<string>;
  notes: readonly FarNote[];
  viewport: FarViewport;
  inboxBox: DOMRect | null;
  overInbox: boolean;
}

function isNoteNode(node: IdeaFlowNode): node is NoteFlowNode {
  return node.type === 'note';
}

/**
 * The notes of a board seen from far away (zoom under 0.3), drawn on one canvas above the frames and
 * picked up with a drag of their own. Their React Flow nodes stay in the page, undrawn, for the keyboard
 * and screen readers: Tab, arrows and Enter work as at any zoom, and the canvas rings the focused note.
 */
export function FarNoteLayer(props: FarNoteLayerProps) {
  const { surface, nodes, pending, selection, inboxElement, onInboxHover } = props;
  const { t } = useTranslation();
  const store = useStoreApi<IdeaFlowNode>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const ghost = useRef<FarGhost | null>(null);
  const ghostHost = useCallback((element: HTMLDivElement | null) => {
    ghost.current = element ? new FarGhost(element) : null;
  }, []);
  const palette = useRef<FarNotePalette | null>(null);
  const drawnNotes = useRef<readonly FarNote[]>([]);
  const carry = useRef<Carry | null>(null);
  const focusedId = useRef<string | null>(null);
  const frame = useRef(0);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

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
    drawFarNotes(context, { notes: current, viewport: viewport(), width, height, pixelRatio, palette: palette.current, skip: carry.current?.ids ?? new Set(), focusedId: focusedId.current });
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

  const focusNote = useCallback(
    (id: string) => {
      surface.current?.querySelector<HTMLElement>(boardNodeSelector(id))?.focus({ preventScroll: true });
    },
    [surface],
  );

  const putDown = useCallback(() => {
    carry.current = null;
    ghost.current?.hide();
    draw();
  }, [draw]);

  useFarNotePointer(surface, {
    noteAt,
    onClick: (id, additive) => {
      if (additive) selection.toggle(id);
      else selection.selectOnly(id);
      focusNote(id);
    },
    onDragStart: (id, additive) => {
      const { noteIds } = selection;
      let ids: readonly string[] = noteIds;
      if (!noteIds.includes(id)) {
        ids = additive ? [...noteIds, id] : [id];
        if (additive) selection.toggle(id);
        else selection.selectOnly(id);
      }
      const carried = new Set(ids);
      const carriedNotes = drawnNotes.current.filter((note) => carried.has(note.id));
      const view = viewport();
      carry.current = { ids: new Set(carriedNotes.map((note) => note.id)), notes: carriedNotes, viewport: view, inboxBox: inboxElement()?.getBoundingClientRect() ?? null, overInbox: false };
      ghost.current?.show(carriedNotes, view);
      draw();
      focusNote(id);
      return [...carry.current.ids];
    },
    onDragMove: (delta, client) => {
      const current = carry.current;
      if (!current) return;
      ghost.current?.moveBy(delta.x, delta.y);
      const overInbox = boxHolds(current.inboxBox, client);
      if (overInbox !== current.overInbox) {
        current.overInbox = overInbox;
        onInboxHover(overInbox);
      }
    },
    onDrop: (delta, client) => {
      const current = carry.current;
      if (!current) return;
      if (current.overInbox) onInboxHover(false);
      const { workshopId, ideas, ideasById, clusters, announce } = latest.current;
      const context: NoteDropContext = { workshopId, allIdeas: ideas, allClusters: clusters, pending, announce, t };
      const carriedIdeas = current.notes.map((note) => ideasById.get(note.id)).filter((idea): idea is Idea => idea !== undefined);
      if (boxHolds(current.inboxBox, client)) dropNotesOnInbox(carriedIdeas, context);
      else {
        const origins = new Map(current.notes.map((note) => [note.id, note] as const));
        const zoom = current.viewport.zoom;
        dropNotesOnCanvas(
          carriedIdeas.map((idea) => {
            const origin = origins.get(idea.id) ?? idea;
            return noteMoveTo(idea, { x: origin.x + delta.x / zoom, y: origin.y + delta.y / zoom });
          }),
          context,
        );
      }
      putDown();
    },
    onCancel: () => {
      if (carry.current?.overInbox) onInboxHover(false);
      putDown();
    },
  });

  return (
    <div className="ideas-far-layer" aria-hidden="true">
      <canvas ref={canvas} />
      <div ref={ghostHost} className="ideas-far-ghost" hidden />
    </div>
  );
}
