/**
 * Which automatic backups to keep. Recent ones protect against the last few mistakes; one a day for a
 * month protects against a mistake noticed late, without the folder growing for ever.
 * Pure: the caller lists the folder, asks this function, and deletes the rest.
 */

export interface RetainableBackup {
  workshopId: string;
  /** ISO-8601 timestamp of when the backup was written. */
  savedAt: string;
}

export interface RetentionPolicy {
  /** The newest N backups of each workshop are always kept. */
  keepMostRecent: number;
  /** For each of the last N days, the newest backup of that day is kept as well. */
  keepDailyForDays: number;
}

export const DEFAULT_RETENTION_POLICY: RetentionPolicy = { keepMostRecent: 20, keepDailyForDays: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar day in UTC: deterministic wherever the laptop travels, and backups are daily at most anyway. */
function utcDay(timestampMs: number): string {
  return new Date(timestampMs).toISOString().slice(0, 10);
}

function keepForOneWorkshop<T extends RetainableBackup>(
  backups: readonly T[],
  nowMs: number,
  policy: RetentionPolicy,
): Set<T> {
  const newestFirst = backups
    .map((backup) => ({ backup, savedMs: Date.parse(backup.savedAt) }))
    // An unreadable timestamp sorts as oldest: it is never preferred over a dated backup.
    .map((item) => ({ ...item, savedMs: Number.isNaN(item.savedMs) ? Number.NEGATIVE_INFINITY : item.savedMs }))
    .sort((a, b) => b.savedMs - a.savedMs);

  const kept = new Set<T>(newestFirst.slice(0, Math.max(0, policy.keepMostRecent)).map((item) => item.backup));

  const oldestDailyMs = nowMs - policy.keepDailyForDays * DAY_MS;
  const daysSeen = new Set<string>();
  for (const { backup, savedMs } of newestFirst) {
    if (!Number.isFinite(savedMs) || savedMs < oldestDailyMs) continue;
    const day = utcDay(savedMs);
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    kept.add(backup);
  }
  return kept;
}

/**
 * Returns the backups to keep, in the order given. The rule applies per workshop, so a busy workshop
 * never pushes out the only backups of a quiet one. Backups dated in the future (clock changes) count
 * as the newest and are kept by the "most recent" rule like any other.
 */
export function selectBackupsToKeep<T extends RetainableBackup>(
  entries: readonly T[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION_POLICY,
): T[] {
  const byWorkshop = new Map<string, T[]>();
  for (const entry of entries) {
    const group = byWorkshop.get(entry.workshopId);
    if (group) group.push(entry);
    else byWorkshop.set(entry.workshopId, [entry]);
  }
  const kept = new Set<T>();
  for (const group of byWorkshop.values()) {
    for (const backup of keepForOneWorkshop(group, now.getTime(), policy)) kept.add(backup);
  }
  return entries.filter((entry) => kept.has(entry));
}

/** The complement of selectBackupsToKeep: what may be deleted, in the order given. */
export function selectBackupsToDelete<T extends RetainableBackup>(
  entries: readonly T[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION_POLICY,
): T[] {
  const kept = new Set(selectBackupsToKeep(entries, now, policy));
  return entries.filter((entry) => !kept.has(entry));
}
