import type { Cluster, Idea } from '../../../../shared/domain';
import { clusterAt, freeSlotNear, nextOrder, noteRect, placeInFrame, type Point } from '../../../../shared/logic/ideaBoard';
import { rectsOverlap } from '../../../../shared/logic/posterLayout';
import type { RecordMutation } from '../../../data';

/**
 * The record edits behind the board's commands, built without writing anything so each command can be
 * stored as ONE undo step (applyChanges) however many notes it touches.
 */

function updateIdea(id: string, patch: Partial<Idea>): RecordMutation {
  return { type: 'update', kind: 'ideas', id, patch };
}

/** A note's new position and the cluster whose frame now holds it. */
export function moveNoteMutation(idea: Idea, position: Point, clusters: readonly Cluster[]): RecordMutation {
  return updateIdea(idea.id, { x: position.x, y: position.y, clusterId: clusterAt(position, clusters)?.id ?? null });
}

/** Back to the end of the inbox, in the order given; a note in the inbox belongs to no cluster. */
export function sendToInboxMutations(notes: readonly Idea[], allIdeas: readonly Idea[]): RecordMutation[] {
  let order = nextOrder(allIdeas.filter((idea) => idea.place === 'inbox'));
  return notes.filter((idea) => idea.place !== 'inbox').map((idea) => updateIdea(idea.id, { place: 'inbox', clusterId: null, order: order++ }));
}

/** Onto the canvas near `near`, each note in the nearest free place. */
export function placeOnCanvasMutations(notes: readonly Idea[], near: Point, allIdeas: readonly Idea[], clusters: readonly Cluster[]): RecordMutation[] {
  const occupied: Point[] = allIdeas.filter((idea) => idea.place === 'canvas').map(({ x, y }) => ({ x, y }));
  const mutations: RecordMutation[] = [];
  for (const idea of notes) {
    if (idea.place === 'canvas') continue;
    const position = freeSlotNear(near, occupied);
    occupied.push(position);
    mutations.push(updateIdea(idea.id, { place: 'canvas', x: position.x, y: position.y, clusterId: clusterAt(position, clusters)?.id ?? null }));
  }
  return mutations;
}

/**
 * Into a cluster: each note not already in it takes a free cell of the frame's note grid, and the frame
 * grows if it is full. Notes already inside stay where they are.
 */
export function moveToClusterMutations(notes: readonly Idea[], cluster: Cluster, allIdeas: readonly Idea[]): RecordMutation[] {
  const moving = notes.filter((idea) => !(idea.place === 'canvas' && idea.clusterId === cluster.id));
  if (moving.length === 0) return [];
  const movingIds = new Set(moving.map((idea) => idea.id));
  const occupied = allIdeas
    .filter((idea) => idea.place === 'canvas' && !movingIds.has(idea.id) && rectsOverlap(noteRect(idea), cluster))
    .map(({ x, y }) => ({ x, y }));
  const { positions, frame } = placeInFrame(cluster, occupied, moving.length);
  const mutations: RecordMutation[] = [];
  if (frame.height !== cluster.height || frame.width !== cluster.width) {
    mutations.push({ type: 'update', kind: 'clusters', id: cluster.id, patch: { width: frame.width, height: frame.height } });
  }
  moving.forEach((idea, index) => {
    const position = positions[index];
    if (position) mutations.push(updateIdea(idea.id, { place: 'canvas', x: position.x, y: position.y, clusterId: cluster.id }));
  });
  return mutations;
}

/** Moves a cluster's frame by `delta` and carries every note that belongs to it. */
export function moveClusterMutations(cluster: Cluster, to: Point, members: readonly Idea[], memberPositions: ReadonlyMap<string, Point>): RecordMutation[] {
  const mutations: RecordMutation[] = [{ type: 'update', kind: 'clusters', id: cluster.id, patch: { x: to.x, y: to.y } }];
  for (const idea of members) {
    const position = memberPositions.get(idea.id);
    if (position) mutations.push(updateIdea(idea.id, { x: position.x, y: position.y }));
  }
  return mutations;
}

/** The notes a cluster owns that sit on the canvas. */
export function membersOf(clusterId: string, ideas: readonly Idea[]): Idea[] {
  return ideas.filter((idea) => idea.place === 'canvas' && idea.clusterId === clusterId);
}
