import { describe, expect, it } from 'vitest';
import { selectBackupsToDelete, selectBackupsToKeep } from '../../../../shared/logic/backupRetention';

const NOW = new Date('2025-06-30T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function backup(workshopId: string, msBeforeNow: number) {
  return { workshopId, savedAt: new Date(NOW.getTime() - msBeforeNow).toISOString(), label: `${workshopId}-${msBeforeNow}` };
}

describe('selectBackupsToKeep', () => {
  it('keeps everything when there are 20 or fewer backups', () => {
    const entries = Array.from({ length: 20 }, (_, index) => backup('a', index * 400 * DAY));
    expect(selectBackupsToKeep(entries, NOW)).toEqual(entries);
  });

  it('keeps the 20 newest of many backups written on one day', () => {
    const entries = Array.from({ length: 25 }, (_, index) => backup('a', index * 60_000));
    const kept = selectBackupsToKeep(entries, NOW);
    expect(kept).toEqual(entries.slice(0, 20));
    expect(selectBackupsToDelete(entries, NOW)).toEqual(entries.slice(20));
  });

  it('also keeps the newest backup of each of the last 30 days beyond the 20 most recent', () => {
    // 30 recent ones today, then 3 a day for the previous 40 days.
    const today = Array.from({ length: 30 }, (_, index) => backup('a', index * 60_000));
    const older = Array.from({ length: 40 }, (_, day) => [1, 2, 3].map((hour) => backup('a', (day + 1) * DAY + hour * HOUR))).flat();
    const kept = new Set(selectBackupsToKeep([...today, ...older], NOW));

    expect(today.slice(0, 20).every((entry) => kept.has(entry))).toBe(true);
    expect(today.slice(20).some((entry) => kept.has(entry))).toBe(false);
    const keptOlder = older.filter((entry) => kept.has(entry));
    // One per UTC day for backups at most 30 days old, and it is that day's newest: days 1..29 before
    // today qualify (day 30's backups are 30 days and some hours old); today is covered by `today`.
    expect(keptOlder.length).toBe(29);
    const days = keptOlder.map((entry) => entry.savedAt.slice(0, 10));
    expect(new Set(days).size).toBe(29);
    for (const entry of keptOlder) {
      const sameDay = older.filter((other) => other.savedAt.slice(0, 10) === entry.savedAt.slice(0, 10));
      expect(entry.savedAt).toBe(sameDay.map((other) => other.savedAt).sort().at(-1));
    }
    expect(keptOlder.every((entry) => NOW.getTime() - Date.parse(entry.savedAt) <= 30 * DAY)).toBe(true);
  });

  it('applies the rule per workshop, so a busy workshop never pushes out a quiet one', () => {
    const busy = Array.from({ length: 50 }, (_, index) => backup('busy', index * 60_000));
    const quiet = [backup('quiet', 300 * DAY)];
    const kept = selectBackupsToKeep([...busy, ...quiet], NOW);
    expect(kept).toContain(quiet[0]);
    expect(kept.filter((entry) => entry.workshopId === 'busy')).toHaveLength(20);
  });

  it('keeps backups dated in the future among the most recent', () => {
    const future = backup('a', -3 * DAY);
    const past = Array.from({ length: 25 }, (_, index) => backup('a', index * 60_000));
    const kept = selectBackupsToKeep([...past, future], NOW);
    expect(kept).toContain(future);
    expect(kept).toHaveLength(20);
  });

  it('prefers dated backups over ones with an unreadable time', () => {
    const broken = { workshopId: 'a', savedAt: 'not a date', label: 'broken' };
    const dated = Array.from({ length: 20 }, (_, index) => backup('a', index * 60_000));
    expect(selectBackupsToKeep([broken, ...dated], NOW)).toEqual(dated);
  });

  it('returns nothing for no backups and keeps the caller order', () => {
    expect(selectBackupsToKeep([], NOW)).toEqual([]);
    const entries = [backup('a', 2 * DAY), backup('a', 0), backup('a', DAY)];
    expect(selectBackupsToKeep(entries, NOW)).toEqual(entries);
  });

  it('honours a custom policy', () => {
    const entries = Array.from({ length: 5 }, (_, index) => backup('a', index * DAY + HOUR));
    const kept = selectBackupsToKeep(entries, NOW, { keepMostRecent: 1, keepDailyForDays: 2 });
    expect(kept).toEqual(entries.slice(0, 2));
  });
});
