/** The position for a record added at the end of a hand-ordered list (findings, expense lines). */
export function nextOrder(records: readonly { order: number }[]): number {
  return records.reduce((highest, record) => Math.max(highest, record.order), -1) + 1;
}
