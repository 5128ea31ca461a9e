import type { TFunction } from 'i18next';
import type { Cluster, Idea } from '../../../../shared/domain';
import type { Point } from '../../../../shared/logic/ideaBoard';
import { clampCoordinate } from '../../../../shared/logic/posterLayout';
import { applyChanges } from '../../../data';
import { noteExcerpt } from '../ideaLabels';
import type { Announce } from '../useAnnouncer';
import { moveNoteMutation, sendToInboxMutations } from '../board/boardMutations';
import type { PendingGeometry } from './usePendingGeometry';

/**
 * What happens when notes are let go, whichever drag carried them: React Flow's (notes drawn as
 * nodes) or the far-zoom layer's (notes drawn on one canvas). Each drop is ONE undo step.
 */

export interface NoteDropContext {
  workshopId: string;
  allIdeas: readonly Idea[];
  allClusters: readonly Cluster[];
  pending: Pick<PendingGeometry, 'holdPositions' | 'release'>;
  announce: Announce;
  t: TFunction;
}

/** Notes let go over the inbox go back to it, at its end, and the move is announced. */
export function dropNotesOnInbox(notes: readonly Idea[], { workshopId, allIdeas, pending, announce, t }: NoteDropContext): void {
  pending.release(notes.map((idea) => idea.id));
  const mutations = sendToInboxMutations(notes, allIdeas);
  const first = notes[0];
  if (mutations.length === 0 || !first) return;
  const values = { count: notes.length, text: noteExcerpt(first, t) };
  void applyChanges(workshopId, t('ideas.undo.toInbox', values), mutations).then(() => announce(t('ideas.announce.toInbox', values)));
}

/** Whether a screen point lies inside a box (the inbox as measured when the drag began). */
export function boxHolds(box: DOMRect | null, point: Point | null): boolean {
  return !!box && !!point && point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom;
}

/** Where each dropped note ends up, kept inside the limits a stored record allows. */
export interface NoteMove {
  idea: Idea;
  to: Point;
}

export function noteMoveTo(idea: Idea, position: Point): NoteMove {
  return { idea, to: { x: clampCoordinate(position.x), y: clampCoordinate(position.y) } };
}

/**
 * Notes let go on the canvas: each joins the cluster whose frame now holds it. The new positions are
 * held until stored, so nothing jumps back for a frame; a failed write puts them back.
 */
export function dropNotesOnCanvas(moves: readonly NoteMove[], { workshopId, allClusters, pending, t }: NoteDropContext): void {
  const moved = moves.filter(({ idea, to }) => to.x !== idea.x || to.y !== idea.y);
  const releaseAll = () => pending.release(moves.map(({ idea }) => idea.id));
  const first = moved[0];
  if (!first) {
    releaseAll();
    return;
  }
  pending.holdPositions(moved.map(({ idea, to }) => [idea.id, to] as const));
  const label = moved.length === 1 ? t('ideas.undo.moveNote', { text: noteExcerpt(first.idea, t) }) : t('ideas.undo.moveNotes', { count: moved.length });
  applyChanges(
    workshopId,
    label,
    moved.map(({ idea, to }) => moveNoteMutation(idea, to, allClusters)),
  ).catch(releaseAll);
}
