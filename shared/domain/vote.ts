import { z } from 'zod';
import { link, newId, ownedRecordFields, rating, withDefaults, type RequiredRecordFields } from './primitives';

/** The most dots one participant may put on one idea; matches the largest per-participant allowance. */
export const MAX_DOTS = 20;

/** Dots one participant put on one idea in the dot vote. */
export const voteSchema = z.strictObject({
  ...ownedRecordFields,
  participantId: link,
  ideaId: link,
  dots: rating(1, MAX_DOTS),
});

export type Vote = z.infer<typeof voteSchema>;

export function createVote(workshopId: string, fields: RequiredRecordFields<Vote, 'participantId' | 'ideaId'>): Vote {
  const defaults: Omit<Vote, 'id' | 'workshopId'> = {
    participantId: fields.participantId,
    ideaId: fields.ideaId,
    dots: 1,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
