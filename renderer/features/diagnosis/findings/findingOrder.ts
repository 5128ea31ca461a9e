import { FINDING_TYPES, type Finding, type FindingType } from '../../../../shared/domain';

/** How the findings list is ordered and narrowed; view state only, nothing here is stored. */
export type FindingSort = 'manual' | 'impact' | 'type';

export interface FindingFilter {
  type: FindingType | 'all';
  /** 1 shows every finding. */
  minImpact: number;
}

export const SHOW_ALL_FINDINGS: FindingFilter = { type: 'all', minImpact: 1 };

/** The findings to show, in the chosen order; ties keep the order the group wrote them in. */
export function selectFindings(findings: readonly Finding[], filter: FindingFilter, sort: FindingSort): Finding[] {
  const shown = findings.filter((finding) => (filter.type === 'all' || finding.type === filter.type) && finding.impact >= filter.minImpact);
  const byManualOrder = (left: Finding, right: Finding) => left.order - right.order;
  if (sort === 'impact') return shown.sort((left, right) => right.impact - left.impact || byManualOrder(left, right));
  if (sort === 'type') {
    const rank = (type: FindingType) => FINDING_TYPES.indexOf(type);
    return shown.sort((left, right) => rank(left.type) - rank(right.type) || right.impact - left.impact || byManualOrder(left, right));
  }
  return shown.sort(byManualOrder);
}
