import type { Workshop } from '../domain/workshop';
import { currencyDecimals, formatMoney } from '../logic/money';

/**
 * Dates, numbers and money as the workshop's readers write them: its language picks the locale and
 * its currency the money format. Plan dates are calendar days, formatted in UTC so no time zone
 * moves them.
 */

export interface PdfFormatters {
  locale: string;
  /** "22 Nov 2026" / "22 nov 2026". */
  date(isoDate: string): string;
  /** "22 November 2026" for the cover. */
  longDate(isoDate: string): string;
  /** "Nov" / "nov" for the timeline axis. */
  monthShort(year: number, month: number): string;
  number(value: number): string;
  money(minorUnits: number): string;
}

export function localeForLanguage(language: string): string {
  return language === 'es' ? 'es-ES' : 'en-GB';
}

function calendarDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function createFormatters(workshop: Pick<Workshop, 'language' | 'currency'>): PdfFormatters {
  const locale = localeForLanguage(workshop.language);
  const mediumDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  // Up to two decimals: the scorecard asks for no false precision.
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    locale,
    date: (isoDate) => {
      const date = calendarDate(isoDate);
      return date ? mediumDate.format(date) : isoDate;
    },
    longDate: (isoDate) => {
      const date = calendarDate(isoDate);
      return date ? longDate.format(date) : isoDate;
    },
    monthShort: (year, monthNumber) => month.format(new Date(Date.UTC(year, monthNumber - 1, 1))).replace(/\.$/, ''),
    number: (value) => (Number.isFinite(value) ? number.format(value) : '–'),
    money: (minorUnits) => {
      // Budgets are usually whole amounts; ",00" on every line is noise for a board.
      const decimals = currencyDecimals(workshop.currency);
      const whole = minorUnits % 10 ** decimals === 0;
      try {
        return new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: workshop.currency,
          minimumFractionDigits: whole ? 0 : decimals,
          maximumFractionDigits: decimals,
        }).format(minorUnits / 10 ** decimals);
      } catch {
        return formatMoney(minorUnits, workshop.currency, locale);
      }
    },
  };
}
