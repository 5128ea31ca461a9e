import { z } from 'zod';
import { isoDate, longText, manualOrder, newId, ownedRecordFields, shortText, todayIsoDate, withDefaults, type RecordFields } from './primitives';

/** One line of the communication plan: who hears what, through which channel, when and from whom. */
export const communicationItemSchema = z.strictObject({
  ...ownedRecordFields,
  audience: shortText,
  message: longText,
  channel: shortText,
  date: isoDate,
  owner: shortText,
  done: z.boolean(),
  order: manualOrder,
});

export type CommunicationItem = z.infer<typeof communicationItemSchema>;

export function createCommunicationItem(
  workshopId: string,
  fields: RecordFields<CommunicationItem> = {},
): CommunicationItem {
  const defaults: Omit<CommunicationItem, 'id' | 'workshopId'> = {
    audience: '',
    message: '',
    channel: '',
    date: todayIsoDate(),
    owner: '',
    done: false,
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
