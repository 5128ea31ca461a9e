/** The row order behind useStableOrder, kept apart from React so it can be tested alone. */

export function sortedIds<T extends { id: string }>(records: readonly T[], compare: (left: T, right: T) => number): string[] {
  return [...records].sort(compare).map((record) => record.id);
}

/** Keeps the rows that are still there where they were; rows never seen before go first, sorted. */
export function mergeIds<T extends { id: string }>(previous: readonly string[], records: readonly T[], compare: (left: T, right: T) => number): string[] {
  const present = new Set(records.map((record) => record.id));
  const kept = previous.filter((id) => present.has(id));
  const known = new Set(kept);
  const added = sortedIds(records.filter((record) => !known.has(record.id)), compare);
  return [...added, ...kept];
}
