import type { TFunction } from 'i18next';
import { clockParts } from '../../../../shared/logic/timer';
import { localeFor } from '../../../app/i18n';

/** "09:58", or "1:05:00" past an hour, with the workshop language's digits. */
export function formatClock(ms: number, language: string): string {
  const { hours, minutes, seconds } = clockParts(ms);
  const twoDigits = new Intl.NumberFormat(localeFor(language), { minimumIntegerDigits: 2, useGrouping: false });
  const plain = new Intl.NumberFormat(localeFor(language), { useGrouping: false });
  const tail = `${twoDigits.format(minutes)}:${twoDigits.format(seconds)}`;
  return hours > 0 ? `${plain.format(hours)}:${tail}` : tail;
}

/** "4 minutes 30 seconds": how a screen reader should say a remaining time. */
export function spokenDuration(ms: number, t: TFunction): string {
  const { hours, minutes, seconds } = clockParts(ms);
  const parts: string[] = [];
  if (hours > 0) parts.push(t('facilitation.duration.hours', { count: hours }));
  if (minutes > 0) parts.push(t('facilitation.duration.minutes', { count: minutes }));
  if (seconds > 0 || parts.length === 0) parts.push(t('facilitation.duration.seconds', { count: seconds }));
  return parts.join(' ');
}

/** A timebox length in minutes, as the agenda shows it ("20 min"). */
export function formatMinutes(minutes: number, language: string, t: TFunction): string {
  return t('facilitation.duration.minutesShort', { value: new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 2 }).format(minutes) });
}
