import { useState } from 'react';
import { mergeIds, sortedIds } from './stableOrder';

/**
 * Rows in a sorted order that does not move under the user's hands: editing a row's date or value
 * leaves it where it is (a row jumping away mid-edit would also take the keyboard focus with it).
 * New rows appear first, in sorted order among themselves; changing `sortKey` sorts everything again.
 */
export function useStableOrder<T extends { id: string }>(records: readonly T[], compare: (left: T, right: T) => number, sortKey: string): T[] {
  const [state, setState] = useState(() => ({ sortKey, records, ids: sortedIds(records, compare) }));
  let current = state;
  if (state.records !== records || state.sortKey !== sortKey) {
    current = { sortKey, records, ids: state.sortKey !== sortKey ? sortedIds(records, compare) : mergeIds(state.ids, records, compare) };
    // Adjusting state while rendering, as React documents for state derived from changing props.
    setState(current);
  }
  const byId = new Map(records.map((record) => [record.id, record]));
  return current.ids.map((id) => byId.get(id)).filter((record): record is T => record !== undefined);
}
