import { describe, expect, it } from 'vitest';
import { CANVAS_LIMIT, type StakeholderRole, type StakeholderSide } from '../../../../shared/domain';
import {
  arrangePoster,
  borderPoint,
  cardRect,
  nudgePosition,
  placeNewPerson,
  POSTER_CARD_SIZE,
  posterRegions,
  rectsOverlap,
  REGION_PADDING,
  type LayoutPerson,
} from '../../../../shared/logic/posterLayout';

let counter = 0;
function person(side: StakeholderSide, role: StakeholderRole, fields: Partial<LayoutPerson> = {}): LayoutPerson {
  counter += 1;
  return { id: `p-${String(counter).padStart(3, '0')}`, name: `Person ${counter}`, side, role, influence: 3, x: 0, y: 0, ...fields };
}

function expectNoOverlaps(positions: Iterable<{ x: number; y: number }>): void {
  const rects = [...positions].map(cardRect);
  rects.forEach((rect, index) => {
    for (const other of rects.slice(index + 1)) expect(rectsOverlap(rect, other), JSON.stringify([rect, other])).toBe(false);
  });
}

describe('rectsOverlap', () => {
  const box = { x: 0, y: 0, width: 10, height: 10 };
  it('treats touching edges as apart and shared area as overlap', () => {
    expect(rectsOverlap(box, { ...box, x: 10 })).toBe(false);
    expect(rectsOverlap(box, { ...box, x: 9 })).toBe(true);
  });
  it('grows both rectangles by the margin', () => {
    expect(rectsOverlap(box, { ...box, x: 13 }, 2)).toBe(true);
    expect(rectsOverlap(box, { ...box, x: 14 }, 2)).toBe(false);
  });
});

describe('arrangePoster', () => {
  it('returns nothing for an empty poster', () => {
    expect(arrangePoster([]).size).toBe(0);
  });

  it('puts the customer on the left and our side on the right, with no overlaps', () => {
    const people = [
      person('ours', 'account_owner'),
      person('customer', 'decision_maker'),
      person('customer', 'economic_buyer'),
      person('customer', 'technical_buyer'),
      person('customer', 'influencer'),
      person('customer', 'gatekeeper'),
      person('customer', 'user'),
      person('ours', 'executive'),
      person('ours', 'specialist'),
      person('ours', 'external'),
      person('ours', 'specialist'),
    ];
    const positions = arrangePoster(people);
    expect(positions.size).toBe(people.length);
    expectNoOverlaps(positions.values());
    const rightmostCustomer = Math.max(...people.filter((entry) => entry.side === 'customer').map((entry) => (positions.get(entry.id)?.x ?? 0) + POSTER_CARD_SIZE.width));
    const leftmostOurs = Math.min(...people.filter((entry) => entry.side === 'ours').map((entry) => positions.get(entry.id)?.x ?? 0));
    expect(leftmostOurs).toBeGreaterThan(rightmostCustomer);
  });

  it('gives each buying role its own column, in the method order, wrapping after three columns', () => {
    const decider = person('customer', 'decision_maker');
    const payer = person('customer', 'economic_buyer');
    const engineer = person('customer', 'technical_buyer');
    const gatekeeper = person('customer', 'gatekeeper');
    const positions = arrangePoster([gatekeeper, engineer, payer, decider]);
    const at = (entry: LayoutPerson) => positions.get(entry.id);
    expect(at(decider)?.x).toBe(0);
    expect(at(payer)?.x).toBeGreaterThan(at(decider)?.x ?? 0);
    expect(at(engineer)?.x).toBeGreaterThan(at(payer)?.x ?? 0);
    expect(at(gatekeeper)).toEqual({ x: 0, y: expect.any(Number) as number });
    expect(at(gatekeeper)?.y).toBeGreaterThan(at(decider)?.y ?? 0);
  });

  it('stacks people of one role in a column, most influential first, then by name', () => {
    const low = person('customer', 'influencer', { influence: 1, name: 'Ada' });
    const highB = person('customer', 'influencer', { influence: 5, name: 'Bea' });
    const highA = person('customer', 'influencer', { influence: 5, name: 'Abe' });
    const positions = arrangePoster([low, highB, highA]);
    const ys = [highA, highB, low].map((entry) => positions.get(entry.id)?.y);
    expect(ys).toEqual([...ys].sort((first, second) => (first ?? 0) - (second ?? 0)));
    expect(new Set([highA, highB, low].map((entry) => positions.get(entry.id)?.x))).toEqual(new Set([0]));
    expectNoOverlaps(positions.values());
  });

  it('starts our side at the left edge when there is no customer yet', () => {
    const owner = person('ours', 'account_owner');
    expect(arrangePoster([owner]).get(owner.id)).toEqual({ x: 0, y: 0 });
  });

  it('does not depend on the order people come in and uses whole units only', () => {
    const people = [person('customer', 'user'), person('ours', 'external'), person('customer', 'user'), person('customer', 'decision_maker')];
    const forwards = arrangePoster(people);
    const backwards = arrangePoster([...people].reverse());
    expect([...backwards].sort()).toEqual([...forwards].sort());
    for (const position of forwards.values()) expect(Number.isInteger(position.x) && Number.isInteger(position.y)).toBe(true);
  });

  it('still places a person whose role does not belong to their side', () => {
    const odd = person('ours', 'decision_maker');
    expect(arrangePoster([odd]).has(odd.id)).toBe(true);
  });
});

describe('placeNewPerson', () => {
  it('starts an empty poster at the top left of the customer region', () => {
    expect(placeNewPerson([], 'customer')).toEqual({ x: 0, y: 0 });
  });

  it('puts the first person of our side inside our (empty) region, right of the customer', () => {
    const customer = person('customer', 'decision_maker', { x: 100, y: 50 });
    const spot = placeNewPerson([customer], 'ours');
    const region = posterRegions([customer]).ours;
    expect(spot.x).toBe(region.x + REGION_PADDING.side);
    expect(spot.x).toBeGreaterThan(customer.x + POSTER_CARD_SIZE.width);
  });

  it('never covers an existing card, however crowded the side is', () => {
    const people: LayoutPerson[] = [];
    for (let index = 0; index < 12; index += 1) {
      const spot = placeNewPerson(people, index % 3 === 0 ? 'ours' : 'customer');
      people.push(person(index % 3 === 0 ? 'ours' : 'customer', index % 3 === 0 ? 'specialist' : 'user', spot));
    }
    expectNoOverlaps(people);
  });

  it('finds a free slot around cards placed by hand at odd positions, including negative ones', () => {
    const people = [person('customer', 'user', { x: -13, y: -7 }), person('customer', 'user', { x: 200, y: 5 }), person('customer', 'user', { x: 37, y: 170 })];
    const spot = cardRect(placeNewPerson(people, 'customer'));
    for (const other of people) expect(rectsOverlap(spot, cardRect(other))).toBe(false);
  });

  it('stays inside the canvas limits near its edge', () => {
    const edge = person('customer', 'user', { x: CANVAS_LIMIT - 10, y: CANVAS_LIMIT - 10 });
    const spot = placeNewPerson([edge], 'customer');
    expect(Math.abs(spot.x)).toBeLessThanOrEqual(CANVAS_LIMIT);
    expect(Math.abs(spot.y)).toBeLessThanOrEqual(CANVAS_LIMIT);
  });
});

describe('posterRegions', () => {
  it('draws both regions on an empty poster, customer left of ours', () => {
    const regions = posterRegions([]);
    expect(regions.customer.x + regions.customer.width).toBeLessThan(regions.ours.x);
    expect(regions.customer.width).toBeGreaterThan(0);
  });

  it('wraps each side around its cards with room for the title, both equally high', () => {
    const people = [person('customer', 'user', { x: 0, y: 0 }), person('customer', 'user', { x: 0, y: 400 }), person('ours', 'executive', { x: 700, y: 100 })];
    const regions = posterRegions(people);
    expect(regions.customer.y).toBe(-REGION_PADDING.top);
    expect(regions.customer.y + regions.customer.height).toBe(400 + POSTER_CARD_SIZE.height + REGION_PADDING.bottom);
    expect(regions.ours.y).toBe(regions.customer.y);
    expect(regions.ours.height).toBe(regions.customer.height);
    expect(regions.ours.x).toBe(700 - REGION_PADDING.side);
  });

  it('puts an empty customer region to the left of our people', () => {
    const regions = posterRegions([person('ours', 'executive', { x: 500, y: 0 })]);
    expect(regions.customer.x + regions.customer.width).toBeLessThan(regions.ours.x);
  });
});

describe('nudgePosition', () => {
  it('moves by the small or the large step', () => {
    expect(nudgePosition({ x: 0, y: 0 }, { x: 1, y: 0 }, false)).toEqual({ x: 10, y: 0 });
    expect(nudgePosition({ x: 0, y: 0 }, { x: 0, y: -1 }, true)).toEqual({ x: 0, y: -50 });
  });
  it('rounds to whole units and clamps at the canvas limit', () => {
    expect(nudgePosition({ x: 0.4, y: -0.6 }, { x: 0, y: 0 }, false)).toEqual({ x: 0, y: -1 });
    expect(nudgePosition({ x: CANVAS_LIMIT, y: -CANVAS_LIMIT }, { x: 1, y: -1 }, true)).toEqual({ x: CANVAS_LIMIT, y: -CANVAS_LIMIT });
  });
});

describe('borderPoint', () => {
  const rect = { x: 0, y: 0, width: 200, height: 100 };
  it('leaves through the side facing the target', () => {
    expect(borderPoint(rect, { x: 500, y: 50 })).toEqual({ x: 200, y: 50 });
    expect(borderPoint(rect, { x: 100, y: -300 })).toEqual({ x: 100, y: 0 });
  });
  it('leaves through a corner region along the line to the target', () => {
    const point = borderPoint(rect, { x: 300, y: 250 });
    expect(point.y).toBe(100);
    expect(point.x).toBeCloseTo(150);
  });
  it('returns the centre when the target is the centre', () => {
    expect(borderPoint(rect, { x: 100, y: 50 })).toEqual({ x: 100, y: 50 });
  });
});
