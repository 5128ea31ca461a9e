import { z } from 'zod';
import { manualOrder, newId, optionalEmail, ownedRecordFields, shortText, withDefaults, type RecordFields } from './primitives';

/** Which side of the table a person sits on: the consultancy, the client, or an outside expert. */
export const PARTICIPANT_SIDES = ['ours', 'client', 'external'] as const;

export const participantSchema = z.strictObject({
  ...ownedRecordFields,
  name: shortText,
  role: shortText,
  organisation: shortText,
  side: z.enum(PARTICIPANT_SIDES),
  /** Member of the cross-hierarchy expert group that generates ideas in phase 5. */
  expertGroup: z.boolean(),
  /** Member of the project group that carries out the roadmap in phase 7. */
  implementationGroup: z.boolean(),
  email: optionalEmail.optional(),
  order: manualOrder,
});

export type Participant = z.infer<typeof participantSchema>;
export type ParticipantSide = Participant['side'];

export function createParticipant(workshopId: string, fields: RecordFields<Participant> = {}): Participant {
  const defaults: Omit<Participant, 'id' | 'workshopId'> = {
    name: '',
    role: '',
    organisation: '',
    side: 'client',
    expertGroup: false,
    implementationGroup: false,
    email: '',
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
