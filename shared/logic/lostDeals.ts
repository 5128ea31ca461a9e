import type { LostDeal } from '../domain/lostDeal';

/**
 * Breakdowns of the lost-deal log (phase 3): where, with what, to whom and why we lose. The log is
 * typed by people in a meeting, so "Zhenwei", "zhenwei " and "ZHENWEI" must land in one group.
 */

export const LOST_DEAL_DIMENSIONS = ['reason', 'competitor', 'market', 'product'] as const;
export type LostDealDimension = (typeof LOST_DEAL_DIMENSIONS)[number];

export type LostDealMeasure = 'count' | 'value';

export interface LostDealGroup {
  /** The text folded for comparison; '' groups the deals where nothing was written. */
  key: string;
  /** The text as it was first written in the log (trimmed); '' when nothing was written. */
  label: string;
  count: number;
  /** Sum of the deals' values in minor units, as stored (a negative typo is summed, not hidden). */
  value: number;
}

export interface LostDealSummary {
  count: number;
  /** Minor units. */
  totalValue: number;
  /** Minor units, rounded to the nearest unit; null for an empty log. */
  averageValue: number | null;
  /** Earliest and latest plan dates in the log; null for an empty log. */
  firstDate: string | null;
  lastDate: string | null;
}

/** Folds a typed text into the key it is grouped by: trimmed, inner spaces collapsed, case ignored. */
export function groupKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Groups the deals by one field, largest first by the chosen measure; ties are broken by the other
 * measure and then alphabetically, so the order never depends on the order of the log.
 */
export function breakDownLostDeals(deals: readonly LostDeal[], dimension: LostDealDimension, measure: LostDealMeasure = 'value'): LostDealGroup[] {
  const groups = new Map<string, LostDealGroup>();
  for (const deal of deals) {
    const text = deal[dimension];
    const key = groupKey(text);
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      group.value += deal.value;
    } else {
      groups.set(key, { key, label: text.trim().replace(/\s+/g, ' '), count: 1, value: deal.value });
    }
  }
  const other: LostDealMeasure = measure === 'value' ? 'count' : 'value';
  return [...groups.values()].sort(
    (left, right) => right[measure] - left[measure] || right[other] - left[other] || left.key.localeCompare(right.key),
  );
}

export interface FoldedGroups {
  shown: LostDealGroup[];
  /** Everything past the shown groups summed into one, with how many groups it holds; null if none. */
  rest: (Omit<LostDealGroup, 'key' | 'label'> & { groupCount: number }) | null;
}

/**
 * Keeps a chart readable: at most `maxGroups` bars, the last of them standing for all the smaller
 * groups. With `maxGroups` or fewer groups nothing is folded.
 */
export function foldSmallGroups(groups: readonly LostDealGroup[], maxGroups: number): FoldedGroups {
  const limit = Math.max(1, Math.floor(maxGroups));
  if (groups.length <= limit) return { shown: [...groups], rest: null };
  const shown = groups.slice(0, limit - 1);
  const folded = groups.slice(limit - 1);
  return {
    shown,
    rest: {
      count: folded.reduce((sum, group) => sum + group.count, 0),
      value: folded.reduce((sum, group) => sum + group.value, 0),
      groupCount: folded.length,
    },
  };
}

export function summarizeLostDeals(deals: readonly LostDeal[]): LostDealSummary {
  if (deals.length === 0) return { count: 0, totalValue: 0, averageValue: null, firstDate: null, lastDate: null };
  let totalValue = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const deal of deals) {
    totalValue += deal.value;
    // Plan dates are YYYY-MM-DD, so text order is calendar order.
    if (firstDate === null || deal.date < firstDate) firstDate = deal.date;
    if (lastDate === null || deal.date > lastDate) lastDate = deal.date;
  }
  return { count: deals.length, totalValue, averageValue: Math.round(totalValue / deals.length), firstDate, lastDate };
}
