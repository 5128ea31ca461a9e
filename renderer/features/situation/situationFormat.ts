import { localeFor } from '../../app/i18n';

/** Numbers on this screen follow the workshop's language, not the interface's. */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}

/** An average maturity with one decimal ("1.4", "1,4"); a dash while nothing is rated. */
export function formatAverage(value: number | null, language: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(localeFor(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
