/** Manual ordering of the lists people arrange by hand (objectives, budget lines, findings, ...). */

export interface Ordered {
  id: string;
  order: number;
}

/** The order for a record added at the end of the list. */
export function orderAfterLast(records: readonly Pick<Ordered, 'order'>[]): number {
  return records.reduce((highest, record) => Math.max(highest, record.order + 1), 0);
}

export interface OrderUpdate {
  id: string;
  order: number;
}

/**
 * Moves one record `offset` places within the list as shown (already sorted), then numbers the list
 * 0, 1, 2… so ties left by older data cannot make a move do nothing. Returns only the records whose
 * order changes; empty when the move is impossible (first item up, last item down, unknown id).
 */
export function moveInList(records: readonly Ordered[], id: string, offset: number): OrderUpdate[] {
  const from = records.findIndex((record) => record.id === id);
  const to = from + offset;
  if (from < 0 || offset === 0 || to < 0 || to >= records.length) return [];
  const reordered = [...records];
  const [moved] = reordered.splice(from, 1);
  if (!moved) return [];
  reordered.splice(to, 0, moved);
  return reordered.flatMap((record, index) => (record.order === index ? [] : [{ id: record.id, order: index }]));
}
