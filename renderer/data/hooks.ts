/**
 * Live queries for the UI: components re-render whenever the data they show changes, in this
 * window or another. `undefined` means "still loading".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordKind, RecordOf, Workshop } from '../../shared/domain';
import { countRecords, findWorkshop, listRecords, listWorkshops } from './queries';
import type { RecordCounts } from './queries';

/** All workshops, most recently edited first. */
export function useWorkshops(): Workshop[] | undefined {
  return useLiveQuery(listWorkshops, []);
}

/** One workshop; null once it is known not to exist. */
export function useWorkshop(workshopId: string): Workshop | null | undefined {
  return useLiveQuery(() => findWorkshop(workshopId), [workshopId]);
}

/** A workshop's records of one kind, in the user's manual order where the kind has one. */
export function useRecords<K extends RecordKind>(workshopId: string, kind: K): RecordOf<K>[] | undefined {
  return useLiveQuery(() => listRecords(workshopId, kind), [workshopId, kind]);
}

/** How many records of each kind the workshop holds (for phase progress and the navigation). */
export function useRecordCounts(workshopId: string): RecordCounts | undefined {
  return useLiveQuery(() => countRecords(workshopId), [workshopId]);
}
