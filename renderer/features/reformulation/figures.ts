import i18next from 'i18next';
import type { ObjectiveCheckName } from '../../../shared/domain';
import { localeFor } from '../../app/i18n';
import { DataValidationError } from '../../data';
import { showToast } from '../../components/toastStore';

/** A baseline or target as the workshop writes numbers (decimal comma in Spanish workshops). */
export function formatFigure(value: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 2 }).format(value);
}

/** "48 → 50 € M": where an objective starts and where it wants to go; missing figures stay visible as a dash. */
export function formatBaselineToTarget(baseline: number | null, target: number | null, unit: string, language: string): string {
  const show = (value: number | null) => (value === null ? '–' : formatFigure(value, language));
  return `${show(baseline)} → ${show(target)}${unit.trim() ? ` ${unit.trim()}` : ''}`;
}

/** "Realistic and Achievable", in the interface language. */
export function listCheckNames(checks: readonly ObjectiveCheckName[], t: (key: string) => string, uiLanguage: string): string {
  return new Intl.ListFormat(localeFor(uiLanguage), { type: 'conjunction' }).format(checks.map((name) => t(`reformulation.checks.${name}.name`)));
}

/** For choices stored with one click: a refused value is reported, never half-stored. */
export function reportRefusal(write: Promise<unknown>): void {
  void write.catch((reason: unknown) => {
    if (reason instanceof DataValidationError) showToast({ tone: 'error', message: i18next.t('fields.invalid') });
  });
}
