import type { TFunction } from 'i18next';
import { cutWithEllipsis } from '../../shared/logic/textCut';
import { localeFor } from './i18n';

/** Formats a plan date (YYYY-MM-DD) for people; parsed as a calendar date so no time zone shifts it. */
export function formatPlanDate(isoDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

const RELATIVE_STEPS: { unit: Intl.RelativeTimeFormatUnit; seconds: number }[] = [
  { unit: 'year', seconds: 365 * 24 * 3600 },
  { unit: 'month', seconds: 30 * 24 * 3600 },
  { unit: 'week', seconds: 7 * 24 * 3600 },
  { unit: 'day', seconds: 24 * 3600 },
  { unit: 'hour', seconds: 3600 },
  { unit: 'minute', seconds: 60 },
];

/** "5 minutes ago", "hace 5 minutos": how long since an ISO timestamp. */
export function formatRelativeTime(isoDateTime: string, language: string, now: Date = new Date()): string {
  const then = Date.parse(isoDateTime);
  if (Number.isNaN(then)) return '';
  const elapsedSeconds = (then - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(localeFor(language), { numeric: 'auto' });
  for (const step of RELATIVE_STEPS) {
    if (Math.abs(elapsedSeconds) >= step.seconds) return format.format(Math.round(elapsedSeconds / step.seconds), step.unit);
  }
  return format.format(0, 'minute');
}

export function formatBytes(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${format.format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes)} B`;
}

const LIST_ITEMS_SHOWN = 8;
const LIST_ITEM_LENGTH = 40;

/**
 * A list of user-given names for a sentence: the first few, each cut short, and how many more. A pasted
 * header can name a million columns, and a message must stay a sentence.
 */
export function formatShortList(items: readonly string[], t: TFunction): string {
  const shown = items.slice(0, LIST_ITEMS_SHOWN).map((item) => cutWithEllipsis(item, LIST_ITEM_LENGTH)).join(', ');
  const hidden = items.length - LIST_ITEMS_SHOWN;
  return hidden > 0 ? t('common.listMore', { list: shown, count: hidden }) : shown;
}
