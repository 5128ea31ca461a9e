import { z } from 'zod';
import { link, newId, ownedRecordFields, rating, withDefaults, type RequiredRecordFields } from './primitives';

export const RELATION_TYPES = ['reports_to', 'influences', 'knows'] as const;

/** A line between two people on a key account's poster; strength 1 (weak) to 3 (strong). */
export const relationSchema = z.strictObject({
  ...ownedRecordFields,
  keyAccountId: link,
  fromId: link,
  toId: link,
  type: z.enum(RELATION_TYPES),
  strength: rating(1, 3),
});

export type Relation = z.infer<typeof relationSchema>;
export type RelationType = Relation['type'];

export function createRelation(
  workshopId: string,
  fields: RequiredRecordFields<Relation, 'keyAccountId' | 'fromId' | 'toId'>,
): Relation {
  const defaults: Omit<Relation, 'id' | 'workshopId'> = {
    keyAccountId: fields.keyAccountId,
    fromId: fields.fromId,
    toId: fields.toId,
    type: 'influences',
    strength: 2,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
