import { describe, expect, it } from 'vitest';
import { moveInList, orderAfterLast } from '../../../../shared/logic/listOrder';

const list = (...orders: number[]) => orders.map((order, index) => ({ id: `r${index}`, order }));

describe('orderAfterLast', () => {
  it('places a new record after the highest order', () => {
    expect(orderAfterLast(list(0, 1, 5))).toBe(6);
    expect(orderAfterLast(list(-3, -1))).toBe(0);
  });

  it('starts at zero for an empty list', () => {
    expect(orderAfterLast([])).toBe(0);
  });
});

describe('moveInList', () => {
  it('swaps neighbours and reports only the records that change', () => {
    expect(moveInList(list(0, 1, 2), 'r2', -1)).toEqual([
      { id: 'r2', order: 1 },
      { id: 'r1', order: 2 },
    ]);
    expect(moveInList(list(0, 1, 2), 'r0', 1)).toEqual([
      { id: 'r1', order: 0 },
      { id: 'r0', order: 1 },
    ]);
  });

  it('renumbers ties so a move always has an effect', () => {
    // r1 keeps its 0; the others are pushed behind it.
    expect(moveInList(list(0, 0, 0), 'r1', -1)).toEqual([
      { id: 'r0', order: 1 },
      { id: 'r2', order: 2 },
    ]);
  });

  it('does nothing past either end, for no offset or for an unknown record', () => {
    expect(moveInList(list(0, 1), 'r0', -1)).toEqual([]);
    expect(moveInList(list(0, 1), 'r1', 1)).toEqual([]);
    expect(moveInList(list(0, 1), 'r1', 0)).toEqual([]);
    expect(moveInList(list(0, 1), 'missing', 1)).toEqual([]);
    expect(moveInList([], 'r0', 1)).toEqual([]);
  });
});
