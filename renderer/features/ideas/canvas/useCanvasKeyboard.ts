import { useCallback, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, Idea } from '../../../../shared/domain';
import { clusterAt, movedBy, nudge, type Point } from '../../../../shared/logic/ideaBoard';
import { applyChanges, updateRecordContinuously, type RecordMutation } from '../../../data';
import { clusterName, formatCount, noteExcerpt } from '../ideaLabels';
import type { Announce } from '../useAnnouncer';
import type { BoardSelectionControls } from '../board/useBoardSelection';
import { membersOf, moveClusterMutations } from '../board/boardMutations';
import type { PendingGeometry } from './usePendingGeometry';

const DIRECTIONS: Readonly<Record<string, Point>> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

interface CanvasKeyboardOptions {
  workshopId: string;
  ideas: readonly Idea[];
  ideasById: ReadonlyMap<string, Idea>;
  clusters: readonly Cluster[];
  clustersById: ReadonlyMap<string, Cluster>;
  selection: BoardSelectionControls;
  pending: PendingGeometry;
  language: string;
  announce: Announce;
  revealNode: (id: string) => void;
  /** Enter on what is already selected moves the focus to its details beside the canvas. */
  onOpenDetails: () => void;
}

/**
 * Keys on a focused note or frame: Enter selects it alone, Space adds a note to the selection or takes
 * it out, Escape clears the selection, arrows move what is selected (Shift for bigger steps) and a
 * frame carries its notes. A run of presses on one note is one undo step.
 */
export function useCanvasKeyboard({ workshopId, ideas, ideasById, clusters, clustersById, selection, pending, language, announce, revealNode, onOpenDetails }: CanvasKeyboardOptions) {
  const { t } = useTranslation();
  const { noteIds, clusterId, selectOnly, toggle, selectCluster, clear } = selection;
  const { position, holdPositions, release } = pending;

  const moveNotes = useCallback(
    (direction: Point, large: boolean, focusedId: string) => {
      const moving = noteIds.map((id) => ideasById.get(id)).filter((idea): idea is Idea => idea !== undefined && idea.place === 'canvas');
      if (moving.length === 0) return;
      const moves = moving.map((idea) => {
        const next = nudge(position(idea.id) ?? idea, direction, large);
        return { idea, next, clusterId: clusterAt(next, clusters)?.id ?? null };
      });
      holdPositions(moves.map(({ idea, next }) => [idea.id, next] as const));
      const releaseAll = () => release(moves.map(({ idea }) => idea.id));
      const first = moves[0];
      if (moves.length === 1 && first) {
        const label = t('ideas.undo.moveNote', { text: noteExcerpt(first.idea, t) });
        updateRecordContinuously('ideas', first.idea.id, { x: first.next.x, y: first.next.y, clusterId: first.clusterId }, label, 'position').catch(releaseAll);
        const cluster = first.clusterId ? clustersById.get(first.clusterId) : undefined;
        announce(
          cluster
            ? t('ideas.announce.movedInCluster', { x: formatCount(first.next.x, language), y: formatCount(first.next.y, language), name: clusterName(cluster, t) })
            : t('ideas.announce.moved', { x: formatCount(first.next.x, language), y: formatCount(first.next.y, language) }),
        );
      } else {
        const mutations: RecordMutation[] = moves.map(({ idea, next, clusterId: target }) => ({ type: 'update', kind: 'ideas', id: idea.id, patch: { x: next.x, y: next.y, clusterId: target } }));
        applyChanges(workshopId, t('ideas.undo.moveNotes', { count: moves.length }), mutations).catch(releaseAll);
        announce(t('ideas.announce.movedMany', { count: moves.length }));
      }
      revealNode(focusedId);
    },
    [noteIds, ideasById, clusters, clustersById, position, holdPositions, release, workshopId, language, announce, revealNode, t],
  );

  const moveCluster = useCallback(
    (cluster: Cluster, direction: Point, large: boolean) => {
      const from = position(cluster.id) ?? cluster;
      const to = nudge(from, direction, large);
      const delta = { x: to.x - from.x, y: to.y - from.y };
      const members = membersOf(cluster.id, ideas);
      const memberPositions = new Map(members.map((idea) => [idea.id, movedBy(position(idea.id) ?? idea, delta)] as const));
      holdPositions([[cluster.id, to], ...memberPositions]);
      applyChanges(workshopId, t('ideas.undo.moveCluster', { name: clusterName(cluster, t) }), moveClusterMutations(cluster, to, members, memberPositions)).catch(() =>
        release([cluster.id, ...memberPositions.keys()]),
      );
      announce(t('ideas.announce.clusterMoved', { name: clusterName(cluster, t), x: formatCount(to.x, language), y: formatCount(to.y, language) }));
      revealNode(cluster.id);
    },
    [ideas, position, holdPositions, release, workshopId, language, announce, revealNode, t],
  );

  return useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      const id = target.dataset.id ?? '';
      const idea = target.classList.contains('react-flow__node-note') ? ideasById.get(id) : undefined;
      const cluster = target.classList.contains('react-flow__node-cluster') ? clustersById.get(id) : undefined;
      if (!idea && !cluster) return;

      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        const alreadyAlone = (cluster && clusterId === cluster.id) || (idea && noteIds.length === 1 && noteIds[0] === idea.id);
        if (event.key === 'Enter' && alreadyAlone) {
          onOpenDetails();
          return;
        }
        if (cluster) {
          selectCluster(cluster.id);
          announce(t('ideas.announce.clusterSelected', { name: clusterName(cluster, t) }));
        } else if (idea && event.key === 'Enter') {
          selectOnly(idea.id);
          announce(t('ideas.announce.selected', { text: noteExcerpt(idea, t) }));
        } else if (idea) {
          const wasSelected = noteIds.includes(idea.id);
          toggle(idea.id);
          const count = wasSelected ? noteIds.length - 1 : noteIds.length + 1;
          announce(t(wasSelected ? 'ideas.announce.removedFromSelection' : 'ideas.announce.addedToSelection', { text: noteExcerpt(idea, t), count }));
        }
        return;
      }
      if (event.key === 'Escape') {
        if (noteIds.length === 0 && clusterId === null) return;
        event.preventDefault();
        clear();
        announce(t('ideas.announce.selectionCleared'));
        return;
      }
      const direction = DIRECTIONS[event.key];
      if (!direction) return;
      // Arrows scroll the page unless they move something; an unselected note leaves them alone.
      if (idea && noteIds.includes(idea.id)) {
        event.preventDefault();
        moveNotes(direction, event.shiftKey, idea.id);
      } else if (cluster && clusterId === cluster.id) {
        event.preventDefault();
        moveCluster(cluster, direction, event.shiftKey);
      }
    },
    [ideasById, clustersById, noteIds, clusterId, selectOnly, toggle, selectCluster, clear, moveNotes, moveCluster, announce, onOpenDetails, t],
  );
}
