import type { Cluster, Idea, KeyAccount, Stakeholder, StakeholderSide } from '../domain';
import { CLUSTER_PADDING, NOTE_GAP, NOTE_SIZE } from './ideaBoard';
import { cardRect, posterRegions, type Point, type Rect } from './posterLayout';
import { boundsOf, gridBelow, readingOrder, type TourArea } from './projectorTour';

/**
 * What the projector's tour visits on the relationship posters and on the idea board: the areas, in
 * the order they are shown, built from the stored records (see projectorTour.ts for the stepping).
 */

export const POSTER_SIDES: readonly StakeholderSide[] = ['customer', 'ours'];

/** "<account id>/<side>": the key of one side of one account's poster. */
export function posterAreaKey(accountId: string, side: StakeholderSide): string {
  return `${accountId}/${side}`;
}

/**
 * Each key account in turn (in the given order), the customer's buying team first, then our side;
 * a side without people is still visited (its empty region says who belongs there).
 */
export function posterTourAreas(accounts: readonly Pick<KeyAccount, 'id'>[], people: readonly Pick<Stakeholder, 'id' | 'keyAccountId' | 'side' | 'x' | 'y'>[]): TourArea[] {
  return accounts.flatMap((account) => {
    const onPoster = people.filter((person) => person.keyAccountId === account.id);
    const regions = posterRegions(onPoster);
    return POSTER_SIDES.map((side) => ({
      key: posterAreaKey(account.id, side),
      scene: account.id,
      frame: regions[side],
      items: onPoster.filter((person) => person.side === side).map((person) => ({ id: person.id, rect: cardRect(person) })),
    }));
  });
}

export const BOARD_SCENE = 'board';
export const LOOSE_NOTES_AREA = 'loose';
export const INBOX_AREA = 'inbox';
/** Notes per row of the inbox drawn below the board. */
export const INBOX_COLUMNS = 4;
/** Space between the board and the inbox drawn below it. */
export const INBOX_GAP = 80;

export interface BoardTour {
  areas: TourArea[];
  /** Clusters in the order the tour shows them (reading order of their frames). */
  clusters: Cluster[];
  /** The inbox's notes have no place on the board; the projector draws them in a frame below it. */
  inbox: { frame: Rect; positions: ReadonlyMap<string, Point> } | null;
}

function noteRectAt(position: Point): Rect {
  return { x: position.x, y: position.y, width: NOTE_SIZE.width, height: NOTE_SIZE.height };
}

/**
 * The board's tour: each cluster in reading order, then the notes on the board outside every
 * cluster, then the inbox (notes not placed yet, in the order they were written).
 */
export function boardTour(ideas: readonly Idea[], clusters: readonly Cluster[]): BoardTour {
  const ordered = readingOrder(clusters);
  const clusterIds = new Set(ordered.map((cluster) => cluster.id));
  const onBoard = ideas.filter((idea) => idea.place === 'canvas');
  const members = new Map<string, Idea[]>();
  const loose: Idea[] = [];
  for (const idea of onBoard) {
    const clusterId = idea.clusterId;
    if (clusterId !== null && clusterIds.has(clusterId)) members.set(clusterId, [...(members.get(clusterId) ?? []), idea]);
    else loose.push(idea);
  }
  const item = (idea: Idea) => ({ id: idea.id, rect: noteRectAt(idea) });
  const areas: TourArea[] = ordered.map((cluster) => ({
    key: cluster.id,
    scene: BOARD_SCENE,
    frame: { x: cluster.x, y: cluster.y, width: cluster.width, height: cluster.height },
    items: (members.get(cluster.id) ?? []).map(item),
  }));
  if (loose.length > 0) areas.push({ key: LOOSE_NOTES_AREA, scene: BOARD_SCENE, frame: null, items: loose.map(item) });

  const waiting = ideas.filter((idea) => idea.place === 'inbox').sort((first, second) => first.order - second.order);
  if (waiting.length === 0) return { areas, clusters: ordered, inbox: null };
  const board = boundsOf([...ordered, ...onBoard.map(noteRectAt)]);
  const columns = Math.min(INBOX_COLUMNS, waiting.length);
  const frameTop = board ? board.y + board.height + INBOX_GAP : 0;
  const frameLeft = board ? board.x : 0;
  const slots = gridBelow({ x: frameLeft + CLUSTER_PADDING.side, y: frameTop, width: 0, height: 0 }, waiting.length, NOTE_SIZE, NOTE_GAP, columns, CLUSTER_PADDING.top);
  const positions = new Map<string, Point>();
  waiting.forEach((idea, index) => {
    const slot = slots[index];
    if (slot) positions.set(idea.id, slot);
  });
  const rows = Math.ceil(waiting.length / columns);
  const frame: Rect = {
    x: frameLeft,
    y: frameTop,
    width: columns * (NOTE_SIZE.width + NOTE_GAP) - NOTE_GAP + CLUSTER_PADDING.side * 2,
    height: CLUSTER_PADDING.top + rows * (NOTE_SIZE.height + NOTE_GAP) - NOTE_GAP + CLUSTER_PADDING.bottom,
  };
  areas.push({
    key: INBOX_AREA,
    scene: BOARD_SCENE,
    frame,
    items: waiting.map((idea) => ({ id: idea.id, rect: noteRectAt(positions.get(idea.id) ?? { x: frameLeft, y: frameTop }) })),
  });
  return { areas, clusters: ordered, inbox: { frame, positions } };
}
