import type { LostDeal } from '../../../../shared/domain';

/** How the log table is sorted; view state only. */
export const LOST_DEAL_ORDERS = ['date', 'value', 'customer'] as const;
export type LostDealOrder = (typeof LOST_DEAL_ORDERS)[number];

const byDateNewestFirst = (left: LostDeal, right: LostDeal) => (left.date < right.date ? 1 : left.date > right.date ? -1 : 0);
const byCustomer = (left: LostDeal, right: LostDeal) => left.customer.localeCompare(right.customer);
const byId = (left: LostDeal, right: LostDeal) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);

export const LOST_DEAL_COMPARATORS: Readonly<Record<LostDealOrder, (left: LostDeal, right: LostDeal) => number>> = {
  date: (left, right) => byDateNewestFirst(left, right) || byCustomer(left, right) || byId(left, right),
  value: (left, right) => right.value - left.value || byDateNewestFirst(left, right) || byId(left, right),
  customer: (left, right) => byCustomer(left, right) || byDateNewestFirst(left, right) || byId(left, right),
};
