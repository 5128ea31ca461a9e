import { useCallback, useEffect, useRef, type MouseEvent as ReactMouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeChange, OnNodeDrag } from '@xyflow/react';
import type { Cluster, Idea } from '../../../../shared/domain';
import { movedBy, type Point } from '../../../../shared/logic/ideaBoard';
import { clampCoordinate } from '../../../../shared/logic/posterLayout';
import { applyChanges, type RecordMutation } from '../../../data';
import { clusterName, noteExcerpt } from '../ideaLabels';
import type { Announce } from '../useAnnouncer';
import type { BoardSelectionControls } from '../board/useBoardSelection';
import { membersOf, moveClusterMutations, moveNoteMutation } from '../board/boardMutations';
import { boxHolds, dropNotesOnCanvas, dropNotesOnInbox, noteMoveTo, type NoteDropContext } from './noteDrop';
import type { IdeaFlowNode } from './ideaFlowTypes';
import type { PendingGeometry } from './usePendingGeometry';

interface CanvasDragOptions {
  workshopId: string;
  ideas: readonly Idea[];
  ideasById: ReadonlyMap<string, Idea>;
  clusters: readonly Cluster[];
  clustersById: ReadonlyMap<string, Cluster>;
  pending: PendingGeometry;
  selection: BoardSelectionControls;
  /** The inbox beside the canvas: dropping notes on it sends them back there. */
  inboxElement: () => HTMLElement | null;
  onInboxHover: (over: boolean) => void;
  announce: Announce;
}

interface DragStart {
  clusters: Map<string, { origin: Point; members: { id: string; origin: Point }[] }>;
  inboxRect: DOMRect | null;
  overInbox: boolean;
}

function pointerOf(event: ReactMouseEvent | MouseEvent | TouchEvent): Point | null {
  if ('clientX' in event) return { x: event.clientX, y: event.clientY };
  const touch = event.changedTouches[0];
  return touch ? { x: touch.clientX, y: touch.clientY } : null;
}

/**
 * Dragging on the canvas. React Flow moves the nodes; positions are held until stored. A note dropped
 * in a frame joins that cluster, a frame carries its notes, notes dropped on the inbox go back to it,
 * and whatever one drag moved is stored as ONE undo step.
 */
export function useCanvasDrag({ workshopId, ideas, ideasById, clusters, clustersById, pending, selection, inboxElement, onInboxHover, announce }: CanvasDragOptions) {
  const { t } = useTranslation();
  const start = useRef<DragStart | null>(null);
  const latest = useRef({ ideas, ideasById, clusters, clustersById });
  useEffect(() => {
    latest.current = { ideas, ideasById, clusters, clustersById };
  }, [ideas, ideasById, clusters, clustersById]);
  const { holdPositions, release } = pending;
  const { noteIds, selectOnly, selectCluster } = selection;

  const onNodesChange = useCallback(
    (changes: NodeChange<IdeaFlowNode>[]) => {
      // Only drags are taken from React Flow; selection is the board's and everything else is derived.
      const moves: [string, Point][] = [];
      for (const change of changes) if (change.type === 'position' && change.dragging && change.position) moves.push([change.id, change.position]);
      if (moves.length > 0) holdPositions(moves);
    },
    [holdPositions],
  );

  const onNodeDragStart: OnNodeDrag<IdeaFlowNode> = useCallback(
    (event, node, dragged) => {
      if (node.type === 'note' && !noteIds.includes(node.id) && !(event.shiftKey || event.ctrlKey || event.metaKey)) selectOnly(node.id);
      if (node.type === 'cluster') selectCluster(node.id);
      const draggedIds = new Set(dragged.map((entry) => entry.id));
      const clusterStarts: DragStart['clusters'] = new Map();
      for (const entry of dragged) {
        const cluster = latest.current.clustersById.get(entry.id);
        if (!cluster) continue;
        const members = membersOf(cluster.id, latest.current.ideas)
          .filter((idea) => !draggedIds.has(idea.id))
          .map((idea) => ({ id: idea.id, origin: pending.position(idea.id) ?? { x: idea.x, y: idea.y } }));
        clusterStarts.set(cluster.id, { origin: pending.position(cluster.id) ?? { x: cluster.x, y: cluster.y }, members });
      }
      start.current = { clusters: clusterStarts, inboxRect: inboxElement()?.getBoundingClientRect() ?? null, overInbox: false };
    },
    [noteIds, selectOnly, selectCluster, inboxElement, pending],
  );

  const onNodeDrag: OnNodeDrag<IdeaFlowNode> = useCallback(
    (event, _node, dragged) => {
      const drag = start.current;
      if (!drag) return;
      const carried: [string, Point][] = [];
      for (const entry of dragged) {
        const frame = drag.clusters.get(entry.id);
        if (!frame) continue;
        const delta = { x: entry.position.x - frame.origin.x, y: entry.position.y - frame.origin.y };
        for (const member of frame.members) carried.push([member.id, movedBy(member.origin, delta)]);
      }
      if (carried.length > 0) holdPositions(carried);
      const overInbox = dragged.some((entry) => entry.type === 'note') && boxHolds(drag.inboxRect, pointerOf(event));
      if (overInbox !== drag.overInbox) {
        drag.overInbox = overInbox;
        onInboxHover(overInbox);
      }
    },
    [holdPositions, onInboxHover],
  );

  const onNodeDragStop: OnNodeDrag<IdeaFlowNode> = useCallback(
    (event, _node, dragged) => {
      const drag = start.current;
      start.current = null;
      onInboxHover(false);
      const { ideas: allIdeas, ideasById: notesById, clusters: allClusters, clustersById: framesById } = latest.current;
      const draggedNotes = dragged.map((entry) => notesById.get(entry.id)).filter((idea): idea is Idea => idea !== undefined);

      const context: NoteDropContext = { workshopId, allIdeas, allClusters, pending: { holdPositions, release }, announce, t };
      if (drag && draggedNotes.length > 0 && boxHolds(drag.inboxRect, pointerOf(event))) {
        dropNotesOnInbox(draggedNotes, context);
        return;
      }
      if (!dragged.some((entry) => framesById.has(entry.id))) {
        const positions = new Map(dragged.map((entry) => [entry.id, entry.position] as const));
        dropNotesOnCanvas(
          draggedNotes.map((idea) => noteMoveTo(idea, positions.get(idea.id) ?? idea)),
          context,
        );
        return;
      }

      // A frame carries its notes: the frame, its members and any other dragged note, in one step.
      const mutations: RecordMutation[] = [];
      const held: [string, Point][] = [];
      let movedCluster: Cluster | null = null;
      for (const entry of dragged) {
        const to = { x: clampCoordinate(entry.position.x), y: clampCoordinate(entry.position.y) };
        const idea = notesById.get(entry.id);
        if (idea) {
          if (to.x === idea.x && to.y === idea.y) continue;
          held.push([idea.id, to]);
          mutations.push(moveNoteMutation(idea, to, allClusters));
          continue;
        }
        const cluster = framesById.get(entry.id);
        const frame = drag?.clusters.get(entry.id);
        if (!cluster || !frame || (to.x === cluster.x && to.y === cluster.y)) continue;
        const delta = { x: to.x - frame.origin.x, y: to.y - frame.origin.y };
        const memberPositions = new Map(frame.members.map((member) => [member.id, movedBy(member.origin, delta)] as const));
        const members = frame.members.map((member) => notesById.get(member.id)).filter((member): member is Idea => member !== undefined);
        held.push([cluster.id, to], ...memberPositions);
        mutations.push(...moveClusterMutations(cluster, to, members, memberPositions));
        movedCluster = cluster;
      }
      const releaseAll = () => release(dragged.map((entry) => entry.id).concat(...[...(drag?.clusters.values() ?? [])].map((frame) => frame.members.map((member) => member.id))));
      if (mutations.length === 0) {
        releaseAll();
        return;
      }
      holdPositions(held);
      const first = draggedNotes[0];
      const label = movedCluster
        ? t('ideas.undo.moveCluster', { name: clusterName(movedCluster, t) })
        : draggedNotes.length === 1 && first
          ? t('ideas.undo.moveNote', { text: noteExcerpt(first, t) })
          : t('ideas.undo.moveNotes', { count: draggedNotes.length });
      applyChanges(workshopId, label, mutations).catch(releaseAll);
    },
    [workshopId, holdPositions, release, onInboxHover, announce, t],
  );

  return { onNodesChange, onNodeDragStart, onNodeDrag, onNodeDragStop };
}
