import type { TFunction } from 'i18next';
import { INITIATIVE_STATUSES, type Initiative, type InitiativeStatus, type Milestone } from '../../../shared/domain';
import type { PlanWarning } from '../../../shared/logic/roadmapPlan';
import { currencyDecimals } from '../../../shared/logic/money';
import { formatPlanDate } from '../../app/format';
import { localeFor } from '../../app/i18n';
import type { ChoiceOption } from '../../components/fields';

/** Words for the roadmap's records and warnings, shared by the timeline, the table and the dialogs. */

export function initiativeName(initiative: Pick<Initiative, 'title'> | undefined, t: TFunction): string {
  return initiative?.title.trim() || t('roadmap.untitled');
}

export function milestoneName(milestone: Pick<Milestone, 'title'> | undefined, t: TFunction): string {
  return milestone?.title.trim() || t('roadmap.milestones.untitled');
}

export function workstreamName(workstream: string, t: TFunction): string {
  return workstream.trim() || t('roadmap.noWorkstream');
}

export function statusLabel(status: InitiativeStatus, t: TFunction): string {
  return t(`roadmap.status.${status}`);
}

export function statusOptions(t: TFunction): ChoiceOption<InitiativeStatus>[] {
  return INITIATIVE_STATUSES.map((status) => ({ value: status, label: statusLabel(status, t) }));
}

export function dateRange(start: string, end: string, language: string, t: TFunction): string {
  return t('roadmap.dateRange', { start: formatPlanDate(start, language), end: formatPlanDate(end, language) });
}

export interface WarningLookups {
  initiatives: ReadonlyMap<string, Initiative>;
  milestones: ReadonlyMap<string, Milestone>;
  language: string;
}

/** One warning as a sentence that names what is wrong and by how much. */
export function warningMessage(warning: PlanWarning, lookups: WarningLookups, t: TFunction): string {
  const initiative = lookups.initiatives.get(warning.initiativeId);
  const name = initiativeName(initiative, t);
  const date = (value: string | undefined) => (value ? formatPlanDate(value, lookups.language) : '');
  switch (warning.kind) {
    case 'dependencyBroken': {
      const predecessor = lookups.initiatives.get(warning.predecessorId);
      return t('roadmap.warnings.dependencyBroken', {
        name,
        start: date(initiative?.start),
        predecessor: initiativeName(predecessor, t),
        end: date(predecessor?.end),
        count: warning.overlapDays,
      });
    }
    case 'endBeforeStart':
      return t('roadmap.warnings.endBeforeStart', { name, start: date(initiative?.start), end: date(initiative?.end) });
    case 'dependencyCycle':
      return t('roadmap.warnings.dependencyCycle', { names: warning.cycleIds.map((id) => `“${initiativeName(lookups.initiatives.get(id), t)}”`).join(', ') });
    case 'milestoneBeforeStart':
    case 'milestoneAfterEnd': {
      const milestone = lookups.milestones.get(warning.milestoneId);
      return t(`roadmap.warnings.${warning.kind}`, {
        milestone: milestoneName(milestone, t),
        date: date(milestone?.date),
        name,
        start: date(initiative?.start),
        end: date(initiative?.end),
        count: warning.days,
      });
    }
    case 'milestoneWithoutEvent':
      return t('roadmap.warnings.milestoneWithoutEvent', { milestone: milestoneName(lookups.milestones.get(warning.milestoneId), t), name });
  }
}

/** What a screen reader hears on a timeline bar: everything the bar shows in colour and position. */
export function barDescription(initiative: Initiative, milestoneCount: number, warningCount: number, language: string, t: TFunction): string {
  const parts = [
    initiativeName(initiative, t),
    workstreamName(initiative.workstream, t),
    dateRange(initiative.start, initiative.end, language, t),
    statusLabel(initiative.status, t),
  ];
  if (milestoneCount > 0) parts.push(t('roadmap.timeline.milestoneCount', { count: milestoneCount }));
  if (warningCount > 0) parts.push(t('roadmap.timeline.warningCount', { count: warningCount }));
  return parts.join(', ');
}

/** Budgets are planned in round figures: cents are shown only when an amount has them. */
export function formatBudget(minorUnits: number, currency: string, language: string): string {
  const decimals = currencyDecimals(currency);
  const scale = 10 ** decimals;
  const whole = minorUnits % scale === 0;
  try {
    return new Intl.NumberFormat(localeFor(language), { style: 'currency', currency, minimumFractionDigits: whole ? 0 : decimals, maximumFractionDigits: decimals }).format(minorUnits / scale);
  } catch {
    return `${(minorUnits / scale).toFixed(whole ? 0 : decimals)} ${currency}`;
  }
}
