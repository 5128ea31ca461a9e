import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeChange, OnNodeDrag } from '@xyflow/react';
import type { Cluster, Idea } from '../../../../shared/domain';
import { movedBy, type Point } from '../../../../shared/logic/ideaBoard';
import { clampCoordinate } from '../../../../shared/logic/posterLayout';
import { applyChanges } from '../../../data';
import { clusterName } from '../ideaLabels';
import type { BoardSelectionControls } from '../board/useBoardSelection';
import { membersOf, moveClusterMutations } from '../board/boardMutations';
import type { IdeaFlowNode } from './ideaFlowTypes';
import type { PendingGeometry } from './usePendingGeometry';

interface FrameDragOptions {
  workshopId: string;
  ideas: readonly Idea[];
  clustersById: ReadonlyMap<string, Cluster>;
  pending: PendingGeometry;
  selection: BoardSelectionControls;
}

interface FrameCarry {
  cluster: Cluster;
  origin: Point;
  members: { id: string; origin: Point }[];
}

/**
 * Dragging a cluster frame by its title, with React Flow's drag (a board has a few frames, so its cost
 * per move is small; notes have a carry of their own, see carry/useNoteCarry). The frame carries its
 * notes, positions are held until stored, and the whole move is ONE undo step.
 */
export function useFrameDrag({ workshopId, ideas, clustersById, pending, selection }: FrameDragOptions) {
  const { t } = useTranslation();
  const carry = useRef<FrameCarry | null>(null);
  const latest = useRef({ ideas, clustersById });
  useEffect(() => {
    latest.current = { ideas, clustersById };
  }, [ideas, clustersById]);
  const { holdPositions, release } = pending;
  const { selectCluster } = selection;

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
    (_event, node) => {
      const cluster = latest.current.clustersById.get(node.id);
      if (!cluster) return;
      selectCluster(cluster.id);
      const members = membersOf(cluster.id, latest.current.ideas).map((idea) => ({ id: idea.id, origin: pending.position(idea.id) ?? { x: idea.x, y: idea.y } }));
      carry.current = { cluster, origin: pending.position(cluster.id) ?? { x: cluster.x, y: cluster.y }, members };
    },
    [selectCluster, pending],
  );

  const onNodeDrag: OnNodeDrag<IdeaFlowNode> = useCallback(
    (_event, node) => {
      const frame = carry.current;
      if (!frame || node.id !== frame.cluster.id) return;
      const delta = { x: node.position.x - frame.origin.x, y: node.position.y - frame.origin.y };
      if (frame.members.length > 0) holdPositions(frame.members.map((member) => [member.id, movedBy(member.origin, delta)] as const));
    },
    [holdPositions],
  );

  const onNodeDragStop: OnNodeDrag<IdeaFlowNode> = useCallback(
    (_event, node) => {
      const frame = carry.current;
      carry.current = null;
      if (!frame || node.id !== frame.cluster.id) return;
      const { cluster, origin, members } = frame;
      const carried = [cluster.id, ...members.map((member) => member.id)];
      const to = { x: clampCoordinate(node.position.x), y: clampCoordinate(node.position.y) };
      if (to.x === cluster.x && to.y === cluster.y) {
        release(carried);
        return;
      }
      const delta = { x: to.x - origin.x, y: to.y - origin.y };
      const memberPositions = new Map(members.map((member) => [member.id, movedBy(member.origin, delta)] as const));
      const memberIdeas = membersOf(cluster.id, latest.current.ideas).filter((idea) => memberPositions.has(idea.id));
      holdPositions([[cluster.id, to], ...memberPositions]);
      applyChanges(workshopId, t('ideas.undo.moveCluster', { name: clusterName(cluster, t) }), moveClusterMutations(cluster, to, memberIdeas, memberPositions)).catch(() => release(carried));
    },
    [workshopId, holdPositions, release, t],
  );

  return { onNodesChange, onNodeDragStart, onNodeDrag, onNodeDragStop };
}
