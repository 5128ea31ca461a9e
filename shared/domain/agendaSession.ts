import { z } from 'zod';
import {
  clockTime,
  isoDate,
  manualOrder,
  newId,
  ownedRecordFields,
  phaseIds,
  shortText,
  todayIsoDate,
  withDefaults,
  type RecordFields,
} from './primitives';

export const MAX_AGENDA_ITEMS = 200;
/** A timebox longer than a day is a typing error, not a plan. */
export const MAX_AGENDA_ITEM_MINUTES = 24 * 60;

export const agendaItemSchema = z.strictObject({
  title: shortText,
  minutes: z.int().min(0).max(MAX_AGENDA_ITEM_MINUTES),
});

export const agendaSessionSchema = z.strictObject({
  ...ownedRecordFields,
  title: shortText,
  date: isoDate,
  startTime: clockTime.optional(),
  /** The method phases this session works on. */
  phases: phaseIds,
  items: z.array(agendaItemSchema).max(MAX_AGENDA_ITEMS),
  order: manualOrder,
});

export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type AgendaSession = z.infer<typeof agendaSessionSchema>;

export function createAgendaSession(workshopId: string, fields: RecordFields<AgendaSession> = {}): AgendaSession {
  const defaults: Omit<AgendaSession, 'id' | 'workshopId'> = {
    title: '',
    date: todayIsoDate(),
    startTime: '09:00',
    phases: [],
    items: [],
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
