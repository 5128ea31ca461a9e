import { describe, expect, it } from 'vitest';
import { createFinding, createLostDeal, createQuestion, type FindingType } from '../../../../shared/domain';
import { selectFindings, SHOW_ALL_FINDINGS } from '../../../../renderer/features/diagnosis/findings/findingOrder';
import { groupQuestionsByArea } from '../../../../renderer/features/diagnosis/findings/questionGroups';
import { orderAfterLast as nextOrder } from '../../../../shared/logic/listOrder';
import { LOST_DEAL_COMPARATORS } from '../../../../renderer/features/diagnosis/lostDeals/lostDealOrder';
import { mergeIds, sortedIds } from '../../../../renderer/features/diagnosis/lostDeals/stableOrder';

const WORKSHOP = '8b0d1c55-2f7e-4c1a-9d3b-1f2e3d4c5b6a';

const finding = (title: string, type: FindingType, impact: number, order: number) => createFinding(WORKSHOP, { title, type, impact, order });

describe('selectFindings', () => {
  const findings = [finding('a', 'process', 3, 0), finding('b', 'market', 5, 1), finding('c', 'process', 5, 2), finding('d', 'lost_sales', 1, 3)];
  const titles = (list: readonly { title: string }[]) => list.map((item) => item.title);

  it('keeps the written order by default and shows everything', () => {
    expect(titles(selectFindings(findings, SHOW_ALL_FINDINGS, 'manual'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts by impact, highest first, ties in written order', () => {
    expect(titles(selectFindings(findings, SHOW_ALL_FINDINGS, 'impact'))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts by the method’s order of types, then impact', () => {
    expect(titles(selectFindings(findings, SHOW_ALL_FINDINGS, 'type'))).toEqual(['d', 'b', 'c', 'a']);
  });

  it('filters by type and by minimum impact together', () => {
    expect(titles(selectFindings(findings, { type: 'process', minImpact: 1 }, 'manual'))).toEqual(['a', 'c']);
    expect(titles(selectFindings(findings, { type: 'all', minImpact: 5 }, 'manual'))).toEqual(['b', 'c']);
    expect(titles(selectFindings(findings, { type: 'process', minImpact: 5 }, 'manual'))).toEqual(['c']);
    expect(selectFindings([], SHOW_ALL_FINDINGS, 'impact')).toEqual([]);
  });

  it('does not reorder the list it was given', () => {
    selectFindings(findings, SHOW_ALL_FINDINGS, 'impact');
    expect(titles(findings)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('nextOrder', () => {
  it('puts a new record after the last one, and first in an empty list', () => {
    expect(nextOrder([])).toBe(0);
    expect(nextOrder([{ order: 4 }, { order: 1 }])).toBe(5);
    expect(nextOrder([{ order: -3 }])).toBe(0);
  });
});

describe('groupQuestionsByArea', () => {
  const crm = createQuestion(WORKSHOP, { area: 'crm', order: 0 });
  const hidden = createQuestion(WORKSHOP, { area: 'crm', hidden: true, order: 1 });
  const own = createQuestion(WORKSHOP, { area: 'Aftermarket', order: 2 });

  it('groups in questionnaire order and leaves hidden questions out', () => {
    expect(groupQuestionsByArea([crm, hidden, own], [])).toEqual([
      { area: 'crm', questions: [crm] },
      { area: 'Aftermarket', questions: [own] },
    ]);
  });

  it('keeps a hidden question the finding already links, so the link can be removed', () => {
    expect(groupQuestionsByArea([crm, hidden], [hidden.id])).toEqual([{ area: 'crm', questions: [crm, hidden] }]);
  });

  it('returns no groups without questions', () => {
    expect(groupQuestionsByArea([], [])).toEqual([]);
  });
});

describe('the lost-deal table order', () => {
  const older = createLostDeal(WORKSHOP, { customer: 'Beta', value: 500, date: '2025-01-01' });
  const newer = createLostDeal(WORKSHOP, { customer: 'Alpha', value: 100, date: '2026-01-01' });
  const added = createLostDeal(WORKSHOP, { customer: 'Gamma', value: 900, date: '2024-01-01' });

  it('sorts newest first, largest first or by customer', () => {
    expect(sortedIds([older, newer], LOST_DEAL_COMPARATORS.date)).toEqual([newer.id, older.id]);
    expect(sortedIds([newer, older], LOST_DEAL_COMPARATORS.value)).toEqual([older.id, newer.id]);
    expect(sortedIds([older, newer], LOST_DEAL_COMPARATORS.customer)).toEqual([newer.id, older.id]);
  });

  it('keeps rows in place when their values change, puts new rows first and drops deleted ones', () => {
    const shown = sortedIds([older, newer], LOST_DEAL_COMPARATORS.date);
    const edited = { ...older, date: '2030-01-01' };
    expect(mergeIds(shown, [edited, newer], LOST_DEAL_COMPARATORS.date)).toEqual([newer.id, older.id]);
    expect(mergeIds(shown, [older, newer, added], LOST_DEAL_COMPARATORS.date)).toEqual([added.id, newer.id, older.id]);
    expect(mergeIds(shown, [older], LOST_DEAL_COMPARATORS.date)).toEqual([older.id]);
    expect(mergeIds([], [], LOST_DEAL_COMPARATORS.date)).toEqual([]);
  });
});
