import { localeFor } from '../../app/i18n';
import { formatPlanDate } from '../../app/format';
import type { IsoWeek } from '../../../shared/logic/implementation';
import { wholePercent } from '../../../shared/logic/implementation';

/**
 * Numbers and dates on this screen follow the workshop's language (the client's), not the language
 * of the interface.
 */

/** "40%", "40 %"; a dash when nothing was reported. */
export function formatPercent(value: number | null | undefined, language: string): string {
  const whole = wholePercent(value);
  if (whole === null) return '–';
  return new Intl.NumberFormat(localeFor(language), { style: 'percent', maximumFractionDigits: 0 }).format(whole / 100);
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}

export function formatDate(isoDate: string, language: string): string {
  return formatPlanDate(isoDate, language);
}

function utcDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** "Friday, 20 November 2026", "Viernes, 20 de noviembre de 2026": how a meeting is named (a heading, so capitalised). */
export function formatLongDate(isoDate: string, language: string): string {
  const date = utcDate(isoDate);
  if (!date) return isoDate;
  const locale = localeFor(language);
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "16–22 Nov 2026": the days a week covers. */
export function formatWeekRange(week: IsoWeek, language: string): string {
  const start = utcDate(week.start);
  const end = utcDate(week.end);
  if (!start || !end) return `${week.start} – ${week.end}`;
  return new Intl.DateTimeFormat(localeFor(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(start, end);
}

/** Month names on the leadership timeline ("Nov", "nov"); with the year on January and the first one. */
export function formatMonth(isoDate: string, language: string, withYear: boolean): string {
  const date = utcDate(isoDate);
  if (!date) return isoDate;
  return new Intl.DateTimeFormat(localeFor(language), { month: 'short', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' }).format(date);
}
