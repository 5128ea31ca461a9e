import { describe, expect, it } from 'vitest';
import { createCluster, createIdea, createKeyAccount, createStakeholder } from '../../../../shared/domain';
import { CLUSTER_PADDING, NOTE_GAP, NOTE_SIZE } from '../../../../shared/logic/ideaBoard';
import { POSTER_CARD_SIZE, posterRegions } from '../../../../shared/logic/posterLayout';
import { BOARD_SCENE, boardTour, INBOX_AREA, INBOX_GAP, LOOSE_NOTES_AREA, posterAreaKey, posterTourAreas } from '../../../../shared/logic/projectorAreas';

const WORKSHOP = 'w1';

describe('posterTourAreas', () => {
  it('visits each account in order, the customer side first, each side framed by its region', () => {
    const first = createKeyAccount(WORKSHOP, { name: 'First' });
    const second = createKeyAccount(WORKSHOP, { name: 'Second' });
    const buyer = createStakeholder(WORKSHOP, { keyAccountId: first.id, side: 'customer', role: 'decision_maker', x: 0, y: 0 });
    const seller = createStakeholder(WORKSHOP, { keyAccountId: first.id, side: 'ours', role: 'account_owner', x: 400, y: 0 });
    const other = createStakeholder(WORKSHOP, { keyAccountId: second.id, side: 'customer', role: 'user', x: 40, y: 40 });
    const areas = posterTourAreas([first, second], [buyer, seller, other]);
    expect(areas.map((area) => area.key)).toEqual([
      posterAreaKey(first.id, 'customer'),
      posterAreaKey(first.id, 'ours'),
      posterAreaKey(second.id, 'customer'),
      posterAreaKey(second.id, 'ours'),
    ]);
    expect(areas.map((area) => area.scene)).toEqual([first.id, first.id, second.id, second.id]);
    expect(areas[0]?.items).toEqual([{ id: buyer.id, rect: { x: 0, y: 0, ...POSTER_CARD_SIZE } }]);
    expect(areas[0]?.frame).toEqual(posterRegions([buyer, seller]).customer);
    expect(areas[1]?.items.map((item) => item.id)).toEqual([seller.id]);
  });

  it('keeps a side without people, with its empty region, and gives no areas for no accounts', () => {
    const account = createKeyAccount(WORKSHOP);
    const areas = posterTourAreas([account], []);
    expect(areas).toHaveLength(2);
    expect(areas.every((area) => area.items.length === 0 && area.frame !== null)).toBe(true);
    expect(posterTourAreas([], [])).toEqual([]);
  });
});

describe('boardTour', () => {
  const right = createCluster(WORKSHOP, { name: 'Right', x: 700, y: 0, width: 600, height: 340 });
  const left = createCluster(WORKSHOP, { name: 'Left', x: 0, y: 0, width: 600, height: 340 });
  const inLeft = createIdea(WORKSHOP, { place: 'canvas', clusterId: left.id, x: 20, y: 56 });
  const inRight = createIdea(WORKSHOP, { place: 'canvas', clusterId: right.id, x: 720, y: 56 });
  const loose = createIdea(WORKSHOP, { place: 'canvas', clusterId: null, x: 0, y: 500 });
  const orphan = createIdea(WORKSHOP, { place: 'canvas', clusterId: 'deleted-cluster', x: 200, y: 500 });

  it('shows the clusters in reading order, then the notes outside them (a lost cluster counts as none)', () => {
    const tour = boardTour([inRight, loose, inLeft, orphan], [right, left]);
    expect(tour.clusters.map((cluster) => cluster.name)).toEqual(['Left', 'Right']);
    expect(tour.areas.map((area) => area.key)).toEqual([left.id, right.id, LOOSE_NOTES_AREA]);
    expect(tour.areas.every((area) => area.scene === BOARD_SCENE)).toBe(true);
    expect(tour.areas[0]?.frame).toEqual({ x: 0, y: 0, width: 600, height: 340 });
    expect(tour.areas[0]?.items).toEqual([{ id: inLeft.id, rect: { x: 20, y: 56, ...NOTE_SIZE } }]);
    expect(tour.areas[2]?.frame).toBeNull();
    expect(tour.areas[2]?.items.map((item) => item.id)).toEqual([loose.id, orphan.id]);
    expect(tour.inbox).toBeNull();
  });

  it('keeps an empty cluster and leaves out the loose area when every note is clustered', () => {
    const tour = boardTour([inLeft], [left, right]);
    expect(tour.areas.map((area) => [area.key, area.items.length])).toEqual([[left.id, 1], [right.id, 0]]);
  });

  it('draws the inbox below the board in the order the notes were written, four to a row', () => {
    const waiting = [5, 1, 3, 2, 4].map((order) => createIdea(WORKSHOP, { place: 'inbox', order, text: `note ${order}` }));
    const tour = boardTour([inLeft, ...waiting], [left]);
    const inbox = tour.areas.at(-1);
    expect(inbox?.key).toBe(INBOX_AREA);
    const byOrder = [...waiting].sort((a, b) => a.order - b.order);
    expect(inbox?.items.map((item) => item.id)).toEqual(byOrder.map((idea) => idea.id));
    const top = 340 + INBOX_GAP;
    expect(tour.inbox?.frame).toEqual({
      x: 0,
      y: top,
      width: 4 * (NOTE_SIZE.width + NOTE_GAP) - NOTE_GAP + CLUSTER_PADDING.side * 2,
      height: CLUSTER_PADDING.top + 2 * (NOTE_SIZE.height + NOTE_GAP) - NOTE_GAP + CLUSTER_PADDING.bottom,
    });
    expect(tour.inbox?.positions.get(byOrder[0]?.id ?? '')).toEqual({ x: CLUSTER_PADDING.side, y: top + CLUSTER_PADDING.top });
    expect(tour.inbox?.positions.get(byOrder[4]?.id ?? '')).toEqual({ x: CLUSTER_PADDING.side, y: top + CLUSTER_PADDING.top + NOTE_SIZE.height + NOTE_GAP });
  });

  it('puts an inbox on an empty board at the origin, as narrow as its notes, and has no areas for no ideas', () => {
    const only = createIdea(WORKSHOP, { place: 'inbox' });
    const tour = boardTour([only], []);
    expect(tour.areas.map((area) => area.key)).toEqual([INBOX_AREA]);
    expect(tour.inbox?.frame).toMatchObject({ x: 0, y: 0, width: NOTE_SIZE.width + CLUSTER_PADDING.side * 2 });
    expect(boardTour([], [])).toEqual({ areas: [], clusters: [], inbox: null });
  });
});
