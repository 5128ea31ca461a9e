/**
 * The read queries behind the live hooks, kept free of React so they can be tested and reused.
 * Run inside Dexie's liveQuery, each re-runs when a table it read changes.
 */
import { RECORD_KINDS } from '../../shared/domain';
import type { RecordKind, RecordOf, Workshop } from '../../shared/domain';
import { getDatabase } from './activeDatabase';

export type RecordCounts = { [K in RecordKind]: number };

/** All workshops, most recently edited first (archived ones included; the library filters). */
export function listWorkshops(): Promise<Workshop[]> {
  return getDatabase().workshops.orderBy('updatedAt').reverse().toArray();
}

/** null once the workshop is known not to exist (undefined stays "still loading" in the hooks). */
export async function findWorkshop(workshopId: string): Promise<Workshop | null> {
  return (await getDatabase().workshops.get(workshopId)) ?? null;
}

export async function listRecords<K extends RecordKind>(workshopId: string, kind: K): Promise<RecordOf<K>[]> {
  return sortByOrder(await getDatabase().recordTable(kind).where('workshopId').equals(workshopId).toArray());
}

export async function countRecords(workshopId: string): Promise<RecordCounts> {
  const database = getDatabase();
  // Filled for every kind by the loop below.
  const counts = {} as RecordCounts;
  for (const kind of RECORD_KINDS) counts[kind] = await database.recordTable(kind).where('workshopId').equals(workshopId).count();
  return counts;
}

/** Sorts by `order` when records carry one; ties (and kinds without it) keep a stable id order. */
export function sortByOrder<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((left, right) => {
    const difference = orderOf(left) - orderOf(right);
    if (difference !== 0) return difference;
    return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
  });
}

function orderOf(record: object): number {
  const order: unknown = (record as { order?: unknown }).order;
  return typeof order === 'number' ? order : 0;
}
