import { z } from 'zod';
import { isoDate, link, longText, newId, ownedRecordFields, todayIsoDate, withDefaults, type RequiredRecordFields } from './primitives';

export const RAG_STATUSES = ['green', 'amber', 'red'] as const;

/** A weekly report on one initiative (phase 7): where it stands, what deviates and what is done about it. */
export const statusUpdateSchema = z.strictObject({
  ...ownedRecordFields,
  initiativeId: link,
  date: isoDate,
  rag: z.enum(RAG_STATUSES),
  percentDone: z.number().min(0).max(100),
  deviation: longText,
  correctiveAction: longText,
  nextStep: longText,
});

export type StatusUpdate = z.infer<typeof statusUpdateSchema>;
export type RagStatus = StatusUpdate['rag'];

export function createStatusUpdate(
  workshopId: string,
  fields: RequiredRecordFields<StatusUpdate, 'initiativeId'>,
): StatusUpdate {
  const defaults: Omit<StatusUpdate, 'id' | 'workshopId'> = {
    initiativeId: fields.initiativeId,
    date: todayIsoDate(),
    rag: 'green',
    percentDone: 0,
    deviation: '',
    correctiveAction: '',
    nextStep: '',
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
