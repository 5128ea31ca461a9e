import type { TFunction } from 'i18next';
import { periodParts } from '../../../shared/logic/measurementPeriods';
import { localeFor } from '../../app/i18n';

/**
 * KPI values and periods as people read them, in the workshop's language. Two decimals at most: the
 * scorecard asks for no false precision, and a KPI's unit says what the figure means.
 */

const NO_BREAK_SPACE = '\u00a0';

export function formatKpiNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 2 }).format(value);
}

/** "31.6%" / "31,6 %", "4.6 days", "47.3 € M": the value with the KPI's own unit. */
export function formatKpiValue(value: number, unit: string, language: string): string {
  const number = formatKpiNumber(value, language);
  const trimmed = unit.trim();
  if (trimmed === '') return number;
  if (trimmed === '%') return language === 'es' ? `${number}${NO_BREAK_SPACE}%` : `${number}%`;
  return `${number}${NO_BREAK_SPACE}${trimmed}`;
}

/** "Sept 2026", "Q3 2026", "W38 2026" (or the Spanish forms); the code itself when it is no period. */
export function formatPeriodLabel(period: string, language: string, t: TFunction): string {
  const parts = periodParts(period);
  if (!parts) return period;
  if (parts.kind === 'month') {
    const date = new Date(Date.UTC(parts.year, parts.index - 1, 1));
    return new Intl.DateTimeFormat(localeFor(language), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const key = parts.kind === 'quarter' ? 'measurement.period.quarter' : 'measurement.period.week';
  return t(key, { number: parts.index, year: parts.year });
}
