import { splitDuration, type ClockReading } from '../../../shared/logic/agenda';
import { localeFor } from '../../app/i18n';

/** A clock time in the workshop's language (09:05 in both English and Spanish, 24-hour as agendas are written). */
export function formatClock(reading: ClockReading, language: string): string {
  const date = new Date(Date.UTC(2000, 0, 1, 0, reading.minutesOfDay));
  return new Intl.DateTimeFormat(localeFor(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(date);
}

/** "5 hrs 35 mins" / "5 h 35 min"; whole hours and short sessions drop the part that is zero. */
export function formatDuration(totalMinutes: number, language: string): string {
  const { hours, minutes } = splitDuration(totalMinutes);
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(localeFor(language), { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (hours === 0) return unit(minutes, 'minute');
  if (minutes === 0) return unit(hours, 'hour');
  return `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}
