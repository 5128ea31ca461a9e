import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreApi } from '@xyflow/react';
import type { Cluster, Idea } from '../../../../../shared/domain';
import type { Point } from '../../../../../shared/logic/ideaBoard';
import type { Announce } from '../../useAnnouncer';
import type { BoardSelectionControls } from '../../board/useBoardSelection';
import { boardNodeSelector, type IdeaFlowNode } from '../ideaFlowTypes';
import { boxHolds, dropNotesOnCanvas, dropNotesOnInbox, noteMoveTo, type NoteDropContext } from '../noteDrop';
import type { PendingGeometry } from '../usePendingGeometry';
import { autoPanStep } from './autoPan';
import { useNotePointer } from './useNotePointer';

/** A note as it is lifted: where it lay, in board units. */
export interface LiftedNote extends Point {
  id: string;
}

/** How carried notes are shown: nodes moved in place near the board, a ghost over the canvas far from it. */
export interface CarryView {
  lift: (notes: readonly LiftedNote[], zoom: number) => void;
  /**
   * The notes have travelled `travel` screen pixels over the board since the lift (the pointer's own
   * travel, less any auto-pan), and the pointer `pointer` pixels over the screen.
   */
  move: (travel: Point, pointer: Point) => void;
  /** Let go: `placed` holds where each note was put down; a note not in it goes back where it lay. */
  putDown: (placed: ReadonlyMap<string, Point>) => void;
}

export interface NoteCarryOptions {
  surface: RefObject<HTMLDivElement | null>;
  view: CarryView;
  noteAt: (client: Point, target: Element) => string | null;
  workshopId: string;
  ideas: readonly Idea[];
  ideasById: ReadonlyMap<string, Idea>;
  clusters: readonly Cluster[];
  pending: PendingGeometry;
  selection: BoardSelectionControls;
  /** Only notes chosen for the roadmap are shown: the others, even if selected, stay where they are. */
  onlyChosen: boolean;
  inboxElement: () => HTMLElement | null;
  onInboxHover: (over: boolean) => void;
  announce: Announce;
}

interface Carry {
  notes: readonly LiftedNote[];
  zoom: number;
  /** The viewport's translation at the lift: an auto-pan since then moves the board under the pointer. */
  panStart: Point;
  pointerDelta: Point;
  client: Point;
  inboxBox: DOMRect | null;
  /** The canvas as measured at the lift: measuring it on every frame would force a layout each time. */
  canvasBox: DOMRect | null;
  overInbox: boolean;
  autoPan: number;
}

/**
 * Clicking and carrying notes on the canvas: a click selects (Shift, Ctrl or Cmd add or take out),
 * a drag carries the note, or the whole selection when the note is part of it. Let go in a frame and
 * a note joins that cluster, on the inbox and it goes back there; each drop is one undo step.
 */
export function useNoteCarry(options: NoteCarryOptions): void {
  const { t } = useTranslation();
  const store = useStoreApi<IdeaFlowNode>();
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const carry = useRef<Carry | null>(null);

  const focusNote = (id: string) => {
    latest.current.surface.current?.querySelector<HTMLElement>(boardNodeSelector(id))?.focus({ preventScroll: true });
  };

  const endCarry = (current: Carry) => {
    cancelAnimationFrame(current.autoPan);
    if (current.overInbox) latest.current.onInboxHover(false);
  };

  /** How far the carried notes have gone over the board, in screen pixels at the lift's zoom. */
  const travel = (current: Carry): Point => {
    const [x, y] = store.getState().transform;
    return { x: current.pointerDelta.x - (x - current.panStart.x), y: current.pointerDelta.y - (y - current.panStart.y) };
  };

  const autoPan = () => {
    const current = carry.current;
    if (!current) return;
    const box = current.canvasBox;
    const step = box ? autoPanStep(current.client, box) : { x: 0, y: 0 };
    if (step.x !== 0 || step.y !== 0) {
      void store.getState().panBy(step).then(() => {
        if (carry.current === current) latest.current.view.move(travel(current), current.pointerDelta);
      });
    }
    current.autoPan = requestAnimationFrame(autoPan);
  };

  useNotePointer(options.surface, {
    noteAt: (client, target) => latest.current.noteAt(client, target),
    onClick: (id, additive) => {
      const { selection } = latest.current;
      if (additive) selection.toggle(id);
      else selection.selectOnly(id);
      focusNote(id);
    },
    onDragStart: (id, additive) => {
      const { selection, ideasById, pending, view, inboxElement, onlyChosen } = latest.current;
      let ids: readonly string[] = selection.noteIds;
      if (!ids.includes(id)) {
        ids = additive ? [...ids, id] : [id];
        if (additive) selection.toggle(id);
        else selection.selectOnly(id);
      }
      const notes = ids
        .map((noteId) => ideasById.get(noteId))
        .filter((idea): idea is Idea => idea !== undefined && idea.place === 'canvas' && (!onlyChosen || idea.selected))
        .map((idea): LiftedNote => ({ id: idea.id, ...(pending.position(idea.id) ?? { x: idea.x, y: idea.y }) }));
      const [x, y, zoom] = store.getState().transform;
      carry.current = { notes, zoom, panStart: { x, y }, pointerDelta: { x: 0, y: 0 }, client: { x: 0, y: 0 }, inboxBox: inboxElement()?.getBoundingClientRect() ?? null, canvasBox: store.getState().domNode?.getBoundingClientRect() ?? null, overInbox: false, autoPan: 0 };
      view.lift(notes, zoom);
      carry.current.autoPan = requestAnimationFrame(autoPan);
      focusNote(id);
      return notes.map((note) => note.id);
    },
    onDragMove: (delta, client) => {
      const current = carry.current;
      if (!current) return;
      current.pointerDelta = delta;
      current.client = client;
      latest.current.view.move(travel(current), current.pointerDelta);
      const overInbox = boxHolds(current.inboxBox, client);
      if (overInbox !== current.overInbox) {
        current.overInbox = overInbox;
        latest.current.onInboxHover(overInbox);
      }
    },
    onDrop: (delta, client) => {
      const current = carry.current;
      carry.current = null;
      if (!current) return;
      current.pointerDelta = delta;
      const moved = travel(current);
      endCarry(current);
      const { workshopId, ideas, ideasById, clusters, pending, announce, view } = latest.current;
      const context: NoteDropContext = { workshopId, allIdeas: ideas, allClusters: clusters, pending, announce, t };
      const carried = current.notes.map((note) => ideasById.get(note.id)).filter((idea): idea is Idea => idea !== undefined);
      if (boxHolds(current.inboxBox, client)) {
        dropNotesOnInbox(carried, context);
        view.putDown(new Map());
        return;
      }
      const origins = new Map(current.notes.map((note) => [note.id, note] as const));
      const moves = carried.map((idea) => {
        const origin = origins.get(idea.id) ?? idea;
        return noteMoveTo(idea, { x: origin.x + moved.x / current.zoom, y: origin.y + moved.y / current.zoom });
      });
      dropNotesOnCanvas(moves, context);
      view.putDown(new Map(moves.map(({ idea, to }) => [idea.id, to] as const)));
    },
    onCancel: () => {
      const current = carry.current;
      carry.current = null;
      if (!current) return;
      endCarry(current);
      latest.current.view.putDown(new Map());
    },
  });
}
