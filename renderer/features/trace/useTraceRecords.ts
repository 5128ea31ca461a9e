import type { TraceRecords } from '../../../shared/logic/traceability';
import { useRecords } from '../../data';

/**
 * Every record of the chain, live, for an open trace dialog only: a closed trace button subscribes
 * to nothing, so a list with a button on every card costs no queries.
 */
export function useTraceRecords(workshopId: string): TraceRecords | undefined {
  const questions = useRecords(workshopId, 'questions');
  const findings = useRecords(workshopId, 'findings');
  const finalObjectives = useRecords(workshopId, 'finalObjectives');
  const ideas = useRecords(workshopId, 'ideas');
  const initiatives = useRecords(workshopId, 'initiatives');
  const milestones = useRecords(workshopId, 'milestones');
  const kpis = useRecords(workshopId, 'kpis');
  const measurements = useRecords(workshopId, 'measurements');
  if (!questions || !findings || !finalObjectives || !ideas || !initiatives || !milestones || !kpis || !measurements) return undefined;
  return { questions, findings, finalObjectives, ideas, initiatives, milestones, kpis, measurements };
}
