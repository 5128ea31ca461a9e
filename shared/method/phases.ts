import type { RecordKind } from '../domain/recordKinds';

/**
 * The phases of the DSRS method in the order a workshop goes through them, and the record kinds each
 * one produces. Names and guidance shown to users live in the i18n catalogues, keyed by phase id.
 */
export const PHASES = [
  { id: 'preparation', number: null, kinds: ['participants', 'preparationItems', 'agendaSessions'] },
  { id: 'situation', number: '1', kinds: ['questions', 'answers'] },
  { id: 'objectives', number: '2', kinds: ['currentObjectives', 'budgetLines', 'scenarios'] },
  { id: 'diagnosis', number: '3', kinds: ['findings', 'lostDeals', 'expenseLines'] },
  { id: 'reformulation', number: '4', kinds: ['finalObjectives'] },
  { id: 'poster', number: '4b', kinds: ['keyAccounts', 'stakeholders', 'relations'] },
  { id: 'ideas', number: '5', kinds: ['ideas', 'clusters', 'votes'] },
  { id: 'roadmap', number: '6', kinds: ['initiatives', 'milestones', 'communicationItems'] },
  { id: 'implementation', number: '7', kinds: ['statusUpdates', 'meetings'] },
  { id: 'measurement', number: '8', kinds: ['kpis', 'measurements'] },
] as const satisfies readonly Phase[];

export interface Phase {
  id: string;
  /** The label the method uses ('1' … '8', '4b'); preparation comes before phase 1 and has none. */
  number: string | null;
  kinds: readonly RecordKind[];
}

export type PhaseId = (typeof PHASES)[number]['id'];

export const PHASE_IDS: readonly PhaseId[] = PHASES.map((phase) => phase.id);

export function isPhaseId(value: string): value is PhaseId {
  return (PHASE_IDS as readonly string[]).includes(value);
}

/** The phase that produces records of this kind (every kind belongs to exactly one phase). */
export function phaseOfKind(kind: RecordKind): PhaseId {
  const phase = PHASES.find((candidate) => (candidate.kinds as readonly RecordKind[]).includes(kind));
  if (!phase) throw new Error(`Record kind ${kind} belongs to no phase`);
  return phase.id;
}
