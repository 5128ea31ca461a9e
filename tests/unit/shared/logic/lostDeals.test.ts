import { describe, expect, it } from 'vitest';
import { createLostDeal, type LostDeal } from '../../../../shared/domain';
import { breakDownLostDeals, foldSmallGroups, groupKey, summarizeLostDeals } from '../../../../shared/logic/lostDeals';

const WORKSHOP = '8b0d1c55-2f7e-4c1a-9d3b-1f2e3d4c5b6a';

function deal(fields: Partial<Omit<LostDeal, 'id' | 'workshopId'>>): LostDeal {
  return createLostDeal(WORKSHOP, { date: '2026-01-15', ...fields });
}

describe('breakDownLostDeals', () => {
  const log = [
    deal({ competitor: 'Zhenwei', value: 100_00, market: 'Spain' }),
    deal({ competitor: ' zhenwei  ', value: 50_00, market: 'Spain' }),
    deal({ competitor: 'ZHENWEI', value: 25_00, market: 'Germany' }),
    deal({ competitor: 'Fluidex', value: 300_00, market: 'Germany' }),
    deal({ competitor: '', value: 10_00, market: '' }),
  ];

  it('groups the same text written with other spaces or case, keeping the first spelling', () => {
    const groups = breakDownLostDeals(log, 'competitor', 'count');
    expect(groups[0]).toEqual({ key: 'zhenwei', label: 'Zhenwei', count: 3, value: 175_00 });
  });

  it('orders by value or by count, as asked', () => {
    expect(breakDownLostDeals(log, 'competitor', 'value').map((group) => group.label)).toEqual(['Fluidex', 'Zhenwei', '']);
    expect(breakDownLostDeals(log, 'competitor', 'count').map((group) => group.label)).toEqual(['Zhenwei', 'Fluidex', '']);
  });

  it('keeps deals with nothing written in a group of their own with an empty key', () => {
    const empty = breakDownLostDeals(log, 'market').find((group) => group.key === '');
    expect(empty).toEqual({ key: '', label: '', count: 1, value: 10_00 });
  });

  it('breaks ties by the other measure, then alphabetically, whatever the order of the log', () => {
    const tied = [deal({ product: 'b', value: 5 }), deal({ product: 'a', value: 5 }), deal({ product: 'c', value: 7 })];
    expect(breakDownLostDeals(tied, 'product', 'count').map((group) => group.key)).toEqual(['c', 'a', 'b']);
    expect(breakDownLostDeals([...tied].reverse(), 'product', 'count').map((group) => group.key)).toEqual(['c', 'a', 'b']);
  });

  it('sums zero and negative values as stored instead of hiding them', () => {
    const groups = breakDownLostDeals([deal({ reason: 'Price', value: 0 }), deal({ reason: 'price', value: -300 }), deal({ reason: 'Price', value: 1000 })], 'reason');
    expect(groups).toEqual([{ key: 'price', label: 'Price', count: 3, value: 700 }]);
  });

  it('returns no groups for an empty log', () => {
    expect(breakDownLostDeals([], 'reason')).toEqual([]);
  });

  it('folds text in Unicode normal form, so accents typed two ways match', () => {
    expect(groupKey('Me\u0301xico')).toBe(groupKey('México'));
  });
});

describe('foldSmallGroups', () => {
  const groups = ['a', 'b', 'c', 'd', 'e'].map((key, index) => ({ key, label: key, count: 5 - index, value: (5 - index) * 100 }));

  it('leaves a short list alone', () => {
    expect(foldSmallGroups(groups, 5)).toEqual({ shown: groups, rest: null });
    expect(foldSmallGroups([], 3)).toEqual({ shown: [], rest: null });
  });

  it('sums the smallest groups into one last bar', () => {
    const folded = foldSmallGroups(groups, 3);
    expect(folded.shown.map((group) => group.key)).toEqual(['a', 'b']);
    expect(folded.rest).toEqual({ count: 3 + 2 + 1, value: 600, groupCount: 3 });
  });

  it('always keeps room for at least one bar', () => {
    expect(foldSmallGroups(groups, 0).rest?.groupCount).toBe(5);
  });
});

describe('summarizeLostDeals', () => {
  it('counts, totals, averages and finds the date range', () => {
    const summary = summarizeLostDeals([
      deal({ value: 100, date: '2026-03-01' }),
      deal({ value: 201, date: '2025-12-31' }),
      deal({ value: 0, date: '2026-02-10' }),
    ]);
    expect(summary).toEqual({ count: 3, totalValue: 301, averageValue: 100, firstDate: '2025-12-31', lastDate: '2026-03-01' });
  });

  it('rounds the average to whole minor units', () => {
    expect(summarizeLostDeals([deal({ value: 1 }), deal({ value: 2 })]).averageValue).toBe(2);
  });

  it('says nothing about an average or dates for an empty log', () => {
    expect(summarizeLostDeals([])).toEqual({ count: 0, totalValue: 0, averageValue: null, firstDate: null, lastDate: null });
  });
});
