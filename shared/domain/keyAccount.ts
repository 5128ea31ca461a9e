import { z } from 'zod';
import { longText, manualOrder, newId, ownedRecordFields, shortText, withDefaults, type RecordFields } from './primitives';

/** A customer important enough to get its own relationship poster (phase 4b). */
export const keyAccountSchema = z.strictObject({
  ...ownedRecordFields,
  name: shortText,
  note: longText,
  order: manualOrder,
});

export type KeyAccount = z.infer<typeof keyAccountSchema>;

export function createKeyAccount(workshopId: string, fields: RecordFields<KeyAccount> = {}): KeyAccount {
  const defaults: Omit<KeyAccount, 'id' | 'workshopId'> = { name: '', note: '', order: 0 };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
