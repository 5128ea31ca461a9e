import { OBJECTIVE_CHECKS, type FinalObjective, type ObjectiveCheck, type ObjectiveCheckName } from '../domain/finalObjective';

/**
 * What a reformulated objective still lacks (phase 4). These are warnings, never blocks: a workshop
 * records objectives while the group is still arguing about them, and the facilitator decides when
 * an objective is good enough. The UI translates each code.
 */

/** Most pressing first: a "no" from the group outranks a missing field. */
export const OBJECTIVE_WARNING_CODES = [
  'check_failed',
  'no_finding',
  'no_target',
  'target_without_baseline',
  'no_owner',
  'no_deadline',
  'checks_not_assessed',
] as const;

export type ObjectiveWarningCode = (typeof OBJECTIVE_WARNING_CODES)[number];

export type ObjectiveWarning =
  | { code: 'check_failed' | 'checks_not_assessed'; checks: ObjectiveCheckName[] }
  | { code: Exclude<ObjectiveWarningCode, 'check_failed' | 'checks_not_assessed'> };

/** The fields the warnings read; anything else about the objective does not matter to them. */
export type CheckedObjective = Pick<FinalObjective, 'findingIds' | 'checks' | 'baseline' | 'target' | 'owner' | 'deadline'>;

export type CheckState = 'yes' | 'no' | 'not_assessed';

export function checkState(check: ObjectiveCheck): CheckState {
  if (check.ok === null) return 'not_assessed';
  return check.ok ? 'yes' : 'no';
}

/**
 * The warnings of one objective, in OBJECTIVE_WARNING_CODES order. With `knownFindingIds`, links to
 * findings that no longer exist do not count as a justification.
 */
export function objectiveWarnings(objective: CheckedObjective, knownFindingIds?: ReadonlySet<string>): ObjectiveWarning[] {
  const warnings: ObjectiveWarning[] = [];
  const failed = OBJECTIVE_CHECKS.filter((name) => checkState(objective.checks[name]) === 'no');
  const notAssessed = OBJECTIVE_CHECKS.filter((name) => checkState(objective.checks[name]) === 'not_assessed');
  const justifyingFindings = knownFindingIds ? objective.findingIds.filter((id) => knownFindingIds.has(id)) : objective.findingIds;

  if (failed.length > 0) warnings.push({ code: 'check_failed', checks: failed });
  if (justifyingFindings.length === 0) warnings.push({ code: 'no_finding' });
  if (objective.target === null) warnings.push({ code: 'no_target' });
  else if (objective.baseline === null) warnings.push({ code: 'target_without_baseline' });
  if (objective.owner.trim() === '') warnings.push({ code: 'no_owner' });
  if (objective.deadline === null || objective.deadline.trim() === '') warnings.push({ code: 'no_deadline' });
  if (notAssessed.length > 0) warnings.push({ code: 'checks_not_assessed', checks: notAssessed });
  return warnings;
}

export interface WarningSummaryLine {
  code: ObjectiveWarningCode;
  /** The objectives with this warning, in the order they were given. */
  objectiveIds: string[];
}

/** For the top of the screen: per warning code, which objectives have it; codes nobody has are left out. */
export function summariseObjectiveWarnings(
  objectives: readonly (CheckedObjective & { id: string })[],
  knownFindingIds?: ReadonlySet<string>,
): WarningSummaryLine[] {
  const byCode = new Map<ObjectiveWarningCode, string[]>();
  for (const objective of objectives) {
    for (const warning of objectiveWarnings(objective, knownFindingIds)) {
      const ids = byCode.get(warning.code) ?? [];
      ids.push(objective.id);
      byCode.set(warning.code, ids);
    }
  }
  return OBJECTIVE_WARNING_CODES.flatMap((code) => {
    const objectiveIds = byCode.get(code);
    return objectiveIds ? [{ code, objectiveIds }] : [];
  });
}

export type CheckTally = Record<CheckState, number>;

/** How many objectives the group answered yes, no or not yet, per check. */
export function tallyChecks(objectives: readonly Pick<FinalObjective, 'checks'>[]): Record<ObjectiveCheckName, CheckTally> {
  const tally = Object.fromEntries(OBJECTIVE_CHECKS.map((name) => [name, { yes: 0, no: 0, not_assessed: 0 }])) as Record<ObjectiveCheckName, CheckTally>;
  for (const objective of objectives) {
    for (const name of OBJECTIVE_CHECKS) tally[name][checkState(objective.checks[name])] += 1;
  }
  return tally;
}

/** The figures an original and its reformulation are compared on, side by side. */
export const COMPARED_FIELDS = ['title', 'metric', 'unit', 'baseline', 'target', 'owner'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface ComparableObjective {
  title: string;
  metric: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  /** Optional on current objectives saved by older versions. */
  owner?: string | undefined;
}

/**
 * Which compared fields the reformulation changed. Text differing only in spaces or letter case is
 * not a change; an unknown number (null) differs from any known one.
 */
export function changedFromOriginal(original: ComparableObjective, reformulated: ComparableObjective): Set<ComparedField> {
  const changed = new Set<ComparedField>();
  for (const field of COMPARED_FIELDS) {
    const before = original[field] ?? '';
    const after = reformulated[field] ?? '';
    const same = typeof before === 'string' && typeof after === 'string' ? normaliseText(before) === normaliseText(after) : before === after;
    if (!same) changed.add(field);
  }
  return changed;
}

function normaliseText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}
