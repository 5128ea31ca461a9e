import { INITIATIVE_STATUSES, type Initiative } from '../../../../shared/domain';

/** Columns the table sorts by; 'plan' is the order the roadmap was built in. View state only. */
export const INITIATIVE_SORT_KEYS = ['plan', 'title', 'workstream', 'owner', 'start', 'end', 'budget', 'status'] as const;
export type InitiativeSortKey = (typeof INITIATIVE_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface InitiativeSort {
  key: InitiativeSortKey;
  direction: SortDirection;
}

const text = (left: string, right: string) => left.trim().localeCompare(right.trim());
const byPlan = (left: Initiative, right: Initiative) => left.order - right.order || left.start.localeCompare(right.start) || left.id.localeCompare(right.id);

const COMPARE: Readonly<Record<InitiativeSortKey, (left: Initiative, right: Initiative) => number>> = {
  plan: byPlan,
  title: (left, right) => text(left.title, right.title),
  workstream: (left, right) => text(left.workstream, right.workstream),
  owner: (left, right) => text(left.owner, right.owner),
  start: (left, right) => left.start.localeCompare(right.start) || left.end.localeCompare(right.end),
  end: (left, right) => left.end.localeCompare(right.end) || left.start.localeCompare(right.start),
  budget: (left, right) => left.budget - right.budget,
  status: (left, right) => INITIATIVE_STATUSES.indexOf(left.status) - INITIATIVE_STATUSES.indexOf(right.status),
};

/** A comparator for the chosen column; ties fall back to the plan order so equal rows never swap. */
export function initiativeComparator(sort: InitiativeSort): (left: Initiative, right: Initiative) => number {
  const compare = COMPARE[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return (left, right) => sign * compare(left, right) || byPlan(left, right);
}
