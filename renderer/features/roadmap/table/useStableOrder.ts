import { useState } from 'react';

/**
 * Rows in a sorted order that stays put while they are edited: changing a start date in a table
 * sorted by start must not make the row (and the keyboard focus with it) jump away. The rows are
 * sorted again only when the sort changes; new rows go to the end, deleted ones drop out.
 */
export function useStableOrder<T extends { id: string }>(records: readonly T[], compare: (left: T, right: T) => number, sortKey: string): T[] {
  const [state, setState] = useState(() => ({ sortKey, records, ids: [...records].sort(compare).map((record) => record.id) }));
  let current = state;
  if (state.records !== records || state.sortKey !== sortKey) {
    const present = new Set(records.map((record) => record.id));
    const kept = state.sortKey === sortKey ? state.ids.filter((id) => present.has(id)) : [...records].sort(compare).map((record) => record.id);
    const known = new Set(kept);
    const added = [...records].filter((record) => !known.has(record.id)).sort(compare).map((record) => record.id);
    current = { sortKey, records, ids: [...kept, ...added] };
    // Adjusting state while rendering, as React documents for state derived from changing props.
    setState(current);
  }
  const byId = new Map(records.map((record) => [record.id, record]));
  return current.ids.map((id) => byId.get(id)).filter((record): record is T => record !== undefined);
}
