import { useMemo } from 'react';
import { agendaTimeboxes, type AgendaTimebox } from '../../../../shared/logic/timer';
import { useRecords } from '../../../data';

/** The workshop's agenda items that have a timebox, in the order of the days; undefined while loading. */
export function useAgendaTimeboxes(workshopId: string): AgendaTimebox[] | undefined {
  const sessions = useRecords(workshopId, 'agendaSessions');
  return useMemo(() => (sessions ? agendaTimeboxes(sessions) : undefined), [sessions]);
}
