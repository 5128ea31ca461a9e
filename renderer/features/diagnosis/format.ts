import { localeFor } from '../../app/i18n';
import { currencyDecimals, formatMoney } from '../../../shared/logic/money';

/**
 * Numbers of the diagnosis in the WORKSHOP's language (not the interface language): the room reads
 * "1,2 mill. €" in a Spanish workshop even if the facilitator's app is in English.
 */

export function formatFullMoney(minorUnits: number, currency: string, language: string): string {
  return formatMoney(minorUnits, currency, localeFor(language));
}

/** "€6.7M", "6,7 mill. €": headline figures and chart labels, where cents would be false precision. */
export function formatCompactMoney(minorUnits: number, currency: string, language: string): string {
  const major = minorUnits / 10 ** currencyDecimals(currency);
  try {
    return new Intl.NumberFormat(localeFor(language), { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(major);
  } catch {
    return formatFullMoney(minorUnits, currency, language);
  }
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}

/** A percentage stored as a plain number (12.5 means 12.5 %). */
export function formatPercent(value: number, language: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'percent', maximumFractionDigits }).format(value / 100);
}
